package com.algotrading.common.service.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class StandardProblemTest {

    @Test
    void typeUrisAreTheDocumentedSlugs() {
        assertThat(StandardProblem.INVALID_REQUEST.uri()).hasToString("/problems/invalid-request");
        assertThat(StandardProblem.SERVICE_TOKEN_REQUIRED.uri()).hasToString("/problems/service-token-required");
        assertThat(StandardProblem.RISK_DENIED.uri()).hasToString("/problems/risk-denied");
        assertThat(StandardProblem.RISK_DENIED.status().value()).isEqualTo(422);
    }

    @Test
    void anErrorKnownOnlyByItsStatusGetsTheMatchingTypeOrTheGenericOne() {
        assertThat(StandardProblem.forStatus(HttpStatusCode.valueOf(404))).isEqualTo(StandardProblem.NOT_FOUND);
        assertThat(StandardProblem.forStatus(HttpStatusCode.valueOf(415))).isEqualTo(StandardProblem.UNSUPPORTED_MEDIA_TYPE);
        assertThat(StandardProblem.forStatus(HttpStatusCode.valueOf(413))).isEqualTo(StandardProblem.INVALID_REQUEST);
        assertThat(StandardProblem.forStatus(HttpStatusCode.valueOf(503))).isEqualTo(StandardProblem.UNAVAILABLE);
        assertThat(StandardProblem.forStatus(HttpStatusCode.valueOf(502))).isEqualTo(StandardProblem.INTERNAL_ERROR);
    }
}
