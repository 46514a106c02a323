package com.algotrading.common.service.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request came from one of the platform's own services, i.e. sent the service token (checked by the
 * service-token filter). A header that names someone else, such as the dashboard's {@code X-Actor}, is believed only
 * then: locally, where nothing needs the token, anyone on the machine could otherwise write it.
 */
public final class ServiceCaller {

    private static final String ATTRIBUTE = ServiceCaller.class.getName();

    private ServiceCaller() {
    }

    public static boolean isPlatform(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }

    static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }
}
