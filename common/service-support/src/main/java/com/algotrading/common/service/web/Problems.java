package com.algotrading.common.service.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details: the type's URI and title, the status, and the detail of this occurrence. */
final class Problems {

    private Problems() {
    }

    /** A problem the service raised on purpose: the detail is its own words. */
    static ProblemDetail of(ProblemType type, String detail) {
        return of(type, type.status(), detail);
    }

    /**
     * A problem known by its status only (a framework or container error; the status may differ from the type's): a
     * server error's detail says only that it failed, never what the cause said.
     */
    static ProblemDetail ofStatus(ProblemType type, HttpStatusCode status, String requestDetail) {
        return of(type, status, !status.is5xxServerError() ? requestDetail : status.value() == 500
                ? "the service failed to answer this request; the failure is logged"
                : "the service cannot answer now; try again later");
    }

    private static ProblemDetail of(ProblemType type, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }
}
