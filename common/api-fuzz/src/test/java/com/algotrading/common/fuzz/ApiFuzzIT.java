package com.algotrading.common.fuzz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzer finds what it must: client errors that are not problem details, and server errors. */
@SpringBootTest(classes = ApiFuzzIT.Careless.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFuzzIT {

    /** A service without problem details: Spring Boot's defaults and a controller that answers errors in plain text. */
    @SpringBootApplication
    @RestController
    static class Careless {

        @GetMapping("/api/plain")
        ResponseEntity<String> plain(@RequestParam(required = false) String name) {
            return name == null || name.isBlank() ? ResponseEntity.badRequest().body("name?") : ResponseEntity.ok(name);
        }

        @GetMapping("/api/crash")
        String crash(@RequestParam int count) {
            return String.valueOf(100 / count);
        }
    }

    @Autowired
    ApplicationContext context;

    @Test
    void reportsErrorsThatAreNotProblemDetailsAndServerErrors() {
        FuzzReport report = ApiFuzz.of(context).samples("count", "0").run(7L, 60);

        assertThat(report.sent()).isEqualTo(60);
        assertThat(report.endpoints()).containsExactlyInAnyOrder("/api/plain", "/api/crash", "/error");
        assertThat(report.failures()).anySatisfy(failure -> assertThat(failure)
                .startsWith("/api/plain GET -> 400: Content-Type text/plain"));
        assertThat(report.failures()).anySatisfy(failure -> assertThat(failure).startsWith("/api/crash GET -> 500"));
        assertThat(report.failures()).anySatisfy(failure -> assertThat(failure).contains("e.g. GET /api/crash?count=0"));
    }

    @Test
    void theSameSeedSendsTheSameRequests() {
        FuzzReport first = ApiFuzz.of(context).run(11L, 40);
        FuzzReport second = ApiFuzz.of(context).run(11L, 40);

        assertThat(second.statuses()).isEqualTo(first.statuses());
        assertThat(firstLines(second)).isNotEmpty().isEqualTo(firstLines(first));
    }

    /** What failed and the request that showed it, without the answer (which carries a timestamp). */
    private static List<String> firstLines(FuzzReport report) {
        return report.failures().stream().map(failure -> failure.lines().limit(2).toList().toString()).toList();
    }
}
