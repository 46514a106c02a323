package com.algotrading.common.smartapi;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {

    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void readsTheDataOfASuccessWithStatusAsBooleanOrString() {
        assertThat(Envelope.data(200, "{\"status\":true,\"message\":\"SUCCESS\",\"errorcode\":\"\",\"data\":{\"a\":1}}",
                JSON).path("a").asInt()).isEqualTo(1);
        assertThat(Envelope.data(200, "{\"status\":\"true\",\"data\":[1,2]}", JSON).size()).isEqualTo(2);
    }

    @Test
    void anEmptyAnswerIsANullNodeWhetherDataIsMissingNullOrTheStringNull() {
        assertThat(Envelope.data(200, "{\"status\":true}", JSON).isNull()).isTrue();
        assertThat(Envelope.data(200, "{\"status\":true,\"data\":null}", JSON).isNull()).isTrue();
        assertThat(Envelope.data(200, "{\"status\":true,\"data\":\"null\"}", JSON).isNull()).isTrue();
    }

    @Test
    void aFailureCarriesTheBrokersCodeAndMessageWithStatusAsBooleanOrString() {
        assertThatThrownBy(() -> Envelope.data(200,
                "{\"status\":\"false\",\"message\":\"Invalid Token\",\"errorcode\":\"AG8001\",\"data\":\"null\"}", JSON))
                .isInstanceOfSatisfying(SmartApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("AG8001");
                    assertThat(e.brokerMessage()).isEqualTo("Invalid Token");
                    assertThat(e.isSessionEnded()).isTrue();
                    assertThat(e.isRateLimit()).isFalse();
                }).hasMessage("invalid session token: log in again [AG8001: Invalid Token]");
        assertThatThrownBy(() -> Envelope.data(200, "{\"status\":false,\"errorcode\":\"AB1007\",\"message\":\"x\"}",
                JSON)).isInstanceOfSatisfying(SmartApiException.class, e -> assertThat(e.code()).isEqualTo("AB1007"));
    }

    @Test
    void aFailureWithoutACodeIsNamedByItsHttpStatus() {
        assertThatThrownBy(() -> Envelope.data(400, "{\"status\":false,\"errorcode\":\"\",\"message\":\"bad\"}", JSON))
                .isInstanceOfSatisfying(SmartApiException.class, e -> assertThat(e.code()).isEqualTo("HTTP400"));
        assertThatThrownBy(() -> Envelope.data(500, "{\"status\":true,\"data\":{}}", JSON))
                .isInstanceOfSatisfying(SmartApiException.class, e -> assertThat(e.code()).isEqualTo("HTTP500"));
    }

    @Test
    void aPlainText403Or429IsARateLimit() {
        assertThatThrownBy(() -> Envelope.data(403, "Access denied because of exceeding access rate", JSON))
                .isInstanceOfSatisfying(SmartApiException.class, e -> {
                    assertThat(e.isRateLimit()).isTrue();
                    assertThat(e.brokerMessage()).isEqualTo("Access denied because of exceeding access rate");
                }).hasMessageContaining("rate limit exceeded");
        assertThatThrownBy(() -> Envelope.data(429, "Too Many Requests", JSON))
                .isInstanceOfSatisfying(SmartApiException.class, e -> assertThat(e.isRateLimit()).isTrue());
    }

    @Test
    void aBodyThatIsNotAnEnvelopeIsRefusedWithItsStatusAndTheStartOfTheBody() {
        String page = "<html>" + "x".repeat(500) + "</html>";
        assertThatThrownBy(() -> Envelope.data(502, page, JSON))
                .isInstanceOfSatisfying(SmartApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("HTTP502");
                    assertThat(e.isRateLimit()).isFalse();
                    assertThat(e.brokerMessage()).hasSize(201).startsWith("<html>xx");
                });
        assertThatThrownBy(() -> Envelope.data(200, "{\"status\":tru", JSON))
                .isInstanceOfSatisfying(SmartApiException.class, e -> assertThat(e.code()).isEqualTo("HTTP200"));
        assertThatThrownBy(() -> Envelope.data(200, "[1]", JSON)).isInstanceOf(SmartApiException.class);
    }
}
