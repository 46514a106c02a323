package com.algotrading.common.service.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsHandlerTest {

    /** Found by fuzzing the trading-service, whose fuzzer hangs up on long answers: each was logged as a failure. */
    @Test
    void aCallerThatHungUpWhileTheAnswerWasWrittenIsNeitherAnsweredNorLoggedAsAFailure(CapturedOutput output)
            throws Exception {
        ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/audit"),
                new MockHttpServletResponse());
        Exception hungUp = new HttpMessageNotWritableException("Could not write JSON: ServletOutputStream failed to"
                + " write: java.io.IOException: Broken pipe", new IOException("Broken pipe"));

        assertThat(new ProblemDetailsHandler().handleException(hungUp, request)).isNull();
        assertThat(output.getOut()).doesNotContain("failed to answer");
    }
}
