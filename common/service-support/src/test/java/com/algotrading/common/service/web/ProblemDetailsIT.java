package com.algotrading.common.service.web;

import com.algotrading.common.fuzz.ApiFuzz;
import com.algotrading.common.fuzz.FuzzReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of error the framework raises, and the service's own, answered as a typed problem detail; and a fuzz
 * run over every endpoint of the example service, which finds no answer that is not.
 */
@SpringBootTest(classes = ExampleApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsIT {

    private static final String ORDERS = "/api/v1/orders";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void malformedJsonIsAnInvalidRequestThatSaysWhere() {
        JsonNode problem = problem(http().post(ORDERS, "application/json", "{\"symbol\":"), 400, "invalid-request");

        assertThat(problem.path("detail").asString()).startsWith("the request body is not valid JSON (line 1, column");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        JsonNode wrongType = problem(http().post(ORDERS, "application/json",
                "{\"symbol\":\"TCS\",\"quantity\":\"many\",\"side\":\"BUY\"}"), 400, "invalid-request");
        JsonNode unknownSide = problem(http().post(ORDERS, "application/json",
                "{\"symbol\":\"TCS\",\"quantity\":1,\"side\":\"HOLD\"}"), 400, "invalid-request");

        assertThat(wrongType.path("detail").asString()).isEqualTo("field 'quantity' has a value of the wrong type or format");
        assertThat(unknownSide.path("detail").asString()).isEqualTo("field 'side': 'HOLD' is not one of [BUY, SELL]");
    }

    @Test
    void jsonOfAnotherShapeIsAnInvalidRequest() {
        assertThat(detail(http().post(ORDERS, "application/json", "[1, 2]"), 400, "invalid-request"))
                .startsWith("the request body is JSON of another shape than this endpoint takes");
    }

    @Test
    void aMissingBodyIsAnInvalidRequest() {
        assertThat(detail(http().post(ORDERS, "application/json", ""), 400, "invalid-request"))
                .isEqualTo("the request body is missing or cannot be read");
    }

    @Test
    void failedBeanValidationNamesEachField() {
        JsonNode problem = problem(http().post(ORDERS, "application/json",
                "{\"symbol\":\" \",\"quantity\":0,\"side\":\"BUY\"}"), 400, "invalid-request");

        assertThat(problem.path("detail").asString()).contains("field 'symbol' must not be blank",
                "field 'quantity' must be greater than 0");
    }

    @Test
    void missingMistypedAndOutOfRangeParametersAreNamed() {
        assertThat(detail(http().get(ORDERS), 400, "invalid-request"))
                .isEqualTo("parameter 'side' is required");
        assertThat(detail(http().get(ORDERS + "?side=HOLD"), 400, "invalid-request"))
                .isEqualTo("'HOLD' is not a valid side; valid: [BUY, SELL]");
        assertThat(detail(http().get(ORDERS + "?side=HOLD&side=BUY"), 400, "invalid-request"))
                .isEqualTo("'HOLD,BUY' is not a valid side; valid: [BUY, SELL]");
        assertThat(detail(http().get(ORDERS + "?side=BUY&limit=0"), 400, "invalid-request"))
                .isEqualTo("parameter 'limit' must be greater than or equal to 1");
        assertThat(detail(http().get(ORDERS + "/not-a-uuid"), 400, "invalid-request"))
                .isEqualTo("'not-a-uuid' is not a valid id");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupported() {
        JsonNode wrong = problem(http().post(ORDERS, "text/plain", "TCS x 1"), 415, "unsupported-media-type");
        JsonNode none = problem(http().send(http().request(ORDERS).POST(HttpRequest.BodyPublishers.ofString("{}"))),
                415, "unsupported-media-type");

        assertThat(wrong.path("detail").asString()).isEqualTo("Content-Type text/plain is not supported; send [application/json]");
        assertThat(none.path("detail").asString()).startsWith("a Content-Type header is required");
    }

    @Test
    void anAnswerTheCallerDoesNotAcceptIsNotAcceptableAndStillAProblem() {
        problem(http().send(http().request("/api/v1/report").header("Accept", "application/json")), 406, "not-acceptable");
    }

    @Test
    void anAcceptHeaderThatDoesNotParseCountsAsNone() {
        HttpResponse<String> answered = http().send(http().request(ORDERS + "?side=BUY").header("Accept", "json"));

        assertThat(answered.statusCode()).isEqualTo(200);
        problem(http().send(http().request("/api/v1/conflict").header("Accept", "json")), 409, "conflict");
        problem(http().send(http().request("/api/v1/ordres").header("Accept", "json")), 404, "not-found");
    }

    @Test
    void aMultipartBodyThatCannotBeParsedIsAnInvalidRequest() {
        assertThat(detail(http().post(ORDERS, "multipart/form-data", "x"), 400, "invalid-request"))
                .isEqualTo("the multipart body cannot be read");
    }

    @Test
    void aWrongMethodIsNotAllowedAndSaysWhichAre() {
        HttpResponse<String> response = http().send(http().request(ORDERS).DELETE());

        assertThat(detail(response, 405, "method-not-allowed"))
                .isEqualTo("DELETE is not supported here; use GET or POST");
        assertThat(response.headers().firstValue("Allow").orElseThrow().split(",\\s*")).containsExactlyInAnyOrder("GET", "POST");
    }

    @Test
    void noSuchPathIsNotFound() {
        assertThat(detail(http().get("/api/v1/ordres"), 404, "not-found"))
                .isEqualTo("nothing at GET /api/v1/ordres");
        problem(http().send(http().request("/api/v1/ordres").header("Accept", "text/html")), 404, "not-found");
    }

    @Test
    void aServiceThrowsItsOwnTypedProblemsWithTheirHeaders() {
        HttpResponse<String> limited = http().get("/api/v1/limited");

        assertThat(detail(http().get("/api/v1/conflict"), 409, "conflict"))
                .isEqualTo("the order is already filled");
        assertThat(problem(limited, 429, "rate-limited").path("title").asString()).isEqualTo("Rate limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
    }

    @Test
    void anUnexpectedFailureIsAGenericInternalErrorLoggedOnceWithItsTrace(CapturedOutput output) {
        HttpResponse<String> response = http().send(http().request("/api/v1/bug").header("X-Example-Bug", "yes"));

        JsonNode problem = problem(response, 500, "internal-error");
        assertThat(problem.path("detail").asString()).isEqualTo("the service failed to answer this request; the failure is logged");
        assertThat(response.body()).doesNotContain("secret", "IllegalState", "hunter2");
        assertThat(output.getOut().split(ExampleApi.SECRET, -1)).hasSize(2);
        assertThat(output.getOut()).contains("failed to answer GET /api/v1/bug", "at com.algotrading.common.service.web.ExampleApi");
    }

    @Test
    void aFailureOutsideSpringMvcIsAProblemNotTheDefaultErrorJson() {
        HttpResponse<String> response = http().get("/api/v1/filter-failure");

        JsonNode problem = problem(response, 500, "internal-error");
        assertThat(problem.has("timestamp")).isFalse();
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/filter-failure");
        assertThat(response.body()).doesNotContain("secret", "IllegalState");
    }

    @Test
    void aMissingHeaderIsAnInvalidRequest() {
        assertThat(detail(http().get("/api/v1/bug"), 400, "invalid-request"))
                .contains("X-Example-Bug");
    }

    @Test
    void aStreamRefusesHeadSoNoConnectionIsLeftWaiting() {
        Http http = http();
        HttpResponse<String> head = http.send(http.request("/api/v1/stream").timeout(Duration.ofSeconds(5))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(405);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.send(http.request(ORDERS + "?side=SELL").timeout(Duration.ofSeconds(5))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRequestTomcatRefusesToReadIsAProblemNotTomcatsPage() {
        for (String refused : new String[] {"GET /api/v1/orders?side=BUY|SELL", "GET /api/v1/ord[ers", "GET /api/v1/a%2Fb"}) {
            String answer = http().raw(refused);

            assertThat(answer).as(refused).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json",
                    "\"type\":\"/problems/invalid-request\"", "percent-encoded").doesNotContain("<html", "Tomcat");
        }
    }

    @Test
    void aParameterThatIsNotValidlyPercentEncodedIsAnInvalidRequest() {
        assertThat(http().raw("GET /api/v1/orders?side=%zz")).startsWith("HTTP/1.1 400")
                .contains("\"type\":\"/problems/invalid-request\"", "percent-encoded");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        problem(http().get("/error"), 404, "not-found");
    }

    @Test
    void locallyTheApiNeedsNoServiceToken() {
        assertThat(http().get(ORDERS + "?side=BUY").statusCode()).isEqualTo(200);
    }

    @Test
    void everySlipOnEveryEndpointIsAnsweredWithAProblemDetail() {
        FuzzReport report = ApiFuzz.of(context).samples("symbol", "TCS-EQ", "", " ").run(20261201L, 300);

        assertThat(report.sent()).isEqualTo(300);
        assertThat(report.endpoints()).contains(ORDERS, ORDERS + "/{id}", "/api/v1/report", "/api/v1/stream", "/error");
        assertThat(report.answered(200, 300)).isPositive();
        assertThat(report.answered(400, 500)).isPositive();
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }

    private Http http() {
        return new Http(port);
    }

    private static String detail(HttpResponse<String> response, int status, String type) {
        return problem(response, status, type).path("detail").asString();
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
