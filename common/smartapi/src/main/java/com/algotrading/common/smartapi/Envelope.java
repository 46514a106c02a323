package com.algotrading.common.smartapi;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Reads SmartAPI's answer leniently, as the broker writes it: {@code {status, message, errorcode, data}} with
 * {@code status} a boolean or the string {@code "true"}/{@code "false"}, {@code errorcode} missing or empty on
 * success, and {@code data} possibly {@code null} or the string {@code "null"}. A rate-limit refusal is not JSON
 * at all: HTTP 403 (or 429) with a plain-text body.
 */
final class Envelope {

    private static final int QUOTED_BODY = 200;

    private Envelope() {
    }

    /** The {@code data} of a successful answer (a null node when there is none); a refusal is thrown. */
    static JsonNode data(int httpStatus, String body, ObjectMapper json) {
        JsonNode envelope = parse(body, json);
        if (envelope == null || !envelope.isObject()) {
            throw new SmartApiException("HTTP" + httpStatus, quoted(body));
        }
        if (httpStatus / 100 != 2 || !succeeded(envelope.path("status"))) {
            String code = envelope.path("errorcode").asString("").strip();
            throw new SmartApiException(code.isEmpty() ? "HTTP" + httpStatus : code,
                    envelope.path("message").asString(""));
        }
        JsonNode data = envelope.path("data");
        return data.isMissingNode() || (data.isString() && data.asString().equals("null")) ? NullNode.getInstance()
                : data;
    }

    private static boolean succeeded(JsonNode status) {
        return status.isBoolean() ? status.asBoolean() : status.isString() && status.asString().equalsIgnoreCase("true");
    }

    private static JsonNode parse(String body, ObjectMapper json) {
        if (!body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String quoted(String body) {
        String text = body.strip();
        return text.length() <= QUOTED_BODY ? text : text.substring(0, QUOTED_BODY) + "…";
    }
}
