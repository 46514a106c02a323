package com.algotrading.common.fuzz;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One request of a fuzz run, as sent: method, path, query pairs in order, the two media-type headers, a body. */
record FuzzRequest(String method, String path, List<Map.Entry<String, String>> query, @Nullable String contentType,
                   @Nullable String accept, @Nullable String body) {

    FuzzRequest {
        query = List.copyOf(query);
    }

    URI uri(int port) {
        String pairs = query.stream().map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create("http://localhost:" + port + path + (pairs.isEmpty() ? "" : "?" + pairs));
    }

    /** The request as a failure message shows it, so it can be replayed with curl. */
    String describe() {
        String text = body == null ? "" : " body: " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
        return method + " " + uri(0).toString().replace("http://localhost:0", "") + " [Content-Type: " + contentType
                + ", Accept: " + accept + "]" + text.replace("\n", "\\n");
    }

    FuzzRequest withMethod(String newMethod) {
        return new FuzzRequest(newMethod, path, query, contentType, accept, body);
    }

    FuzzRequest withPath(String newPath) {
        return new FuzzRequest(method, newPath, query, contentType, accept, body);
    }

    FuzzRequest withQuery(List<Map.Entry<String, String>> newQuery) {
        return new FuzzRequest(method, path, newQuery, contentType, accept, body);
    }

    FuzzRequest withContentType(@Nullable String newContentType) {
        return new FuzzRequest(method, path, query, newContentType, accept, body);
    }

    FuzzRequest withAccept(@Nullable String newAccept) {
        return new FuzzRequest(method, path, query, contentType, newAccept, body);
    }

    FuzzRequest withBody(@Nullable String newBody) {
        return new FuzzRequest(method, path, query, contentType, accept, newBody);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
