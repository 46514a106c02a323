package com.algotrading.common.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/** The slips a new user makes, each applied to an otherwise sensible request. */
enum Mutation {
    METHOD((request, random, samples) -> request.withMethod(pick(Choices.METHODS, random))),
    PATH_TYPO((request, random, samples) ->
            request.withPath("/" + typo(request.path().substring(1), random, Choices.PATH_SLIPS))),
    PATH_SUFFIX((request, random, samples) -> request.withPath(request.path() + pick(Choices.SUFFIXES, random))),
    PATH_SHORTER((request, random, samples) -> request.withPath(request.path().lastIndexOf('/') <= 0 ? "/"
            : request.path().substring(0, request.path().lastIndexOf('/')))),
    PATH_CASE((request, random, samples) -> request.withPath(request.path().toUpperCase(Locale.ROOT))),
    QUERY_DROP((request, random, samples) -> request.withQuery(replaceOne(request.query(), random, pair -> null))),
    QUERY_VALUE((request, random, samples) -> request.withQuery(replaceOne(request.query(), random,
            pair -> Map.entry(pair.getKey(), samples.any(random))))),
    QUERY_NAME((request, random, samples) -> request.withQuery(replaceOne(request.query(), random,
            pair -> Map.entry(typo(pair.getKey(), random, Choices.SLIPS), pair.getValue())))),
    QUERY_EXTRA((request, random, samples) -> request.withQuery(extra(request.query(), random, samples))),
    CONTENT_TYPE((request, random, samples) -> request.withContentType(pick(Choices.CONTENT_TYPES, random))),
    ACCEPT((request, random, samples) -> request.withAccept(pick(Choices.ACCEPTS, random))),
    BODY_TYPO((request, random, samples) -> request.withBody(bodyTypo(request.body(), random))),
    BODY_REPLACED((request, random, samples) -> request.withBody(pick(Choices.BODIES, random)));

    /** One slip: the request as it is sent after it. */
    @FunctionalInterface
    interface Slip {
        FuzzRequest apply(FuzzRequest request, Random random, Samples samples);
    }

    private final Slip slip;

    Mutation(Slip slip) {
        this.slip = slip;
    }

    FuzzRequest apply(FuzzRequest request, Random random, Samples samples) {
        return slip.apply(request, random, samples);
    }

    /** One slip of the fingers: a character dropped, doubled, swapped with the next, or a stray one typed. */
    static String typo(String text, Random random, String slips) {
        if (text.isEmpty()) {
            return String.valueOf(slips.charAt(random.nextInt(slips.length())));
        }
        int at = random.nextInt(text.length());
        StringBuilder typed = new StringBuilder(text);
        switch (random.nextInt(4)) {
            case 0 -> typed.deleteCharAt(at);
            case 1 -> typed.insert(at, text.charAt(at));
            case 2 -> {
                if (at + 1 < text.length()) {
                    typed.setCharAt(at, text.charAt(at + 1));
                    typed.setCharAt(at + 1, text.charAt(at));
                }
            }
            default -> typed.insert(at, slips.charAt(random.nextInt(slips.length())));
        }
        return typed.toString();
    }

    /** A body cut short now and then, else one typo in it. */
    private static String bodyTypo(String body, Random random) {
        String text = body == null ? "" : body;
        return random.nextInt(4) == 0 && !text.isEmpty()
                ? text.substring(0, random.nextInt(text.length())) : typo(text, random, Choices.SLIPS);
    }

    /** An unknown parameter, or a known one twice. */
    private static List<Map.Entry<String, String>> extra(List<Map.Entry<String, String>> query, Random random,
                                                         Samples samples) {
        List<Map.Entry<String, String>> longer = new ArrayList<>(query);
        longer.add(query.isEmpty() || random.nextBoolean() ? Map.entry("foo", samples.any(random))
                : Map.entry(query.get(random.nextInt(query.size())).getKey(), samples.any(random)));
        return longer;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** One pair changed, or dropped when the change gives null. */
    private static List<Map.Entry<String, String>> replaceOne(List<Map.Entry<String, String>> query, Random random,
                                                              UnaryOperator<Map.Entry<String, String>> change) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(query);
        if (!changed.isEmpty()) {
            int at = random.nextInt(changed.size());
            Map.Entry<String, String> replacement = change.apply(changed.get(at));
            if (replacement == null) {
                changed.remove(at);
            } else {
                changed.set(at, replacement);
            }
        }
        return changed;
    }

    /** What the slips choose from (a holder, so the constants above may name them before they are declared). */
    private static final class Choices {

        static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
        static final List<String> SUFFIXES = List.of("/", "/x", ".json", "/%20", "/1");
        static final List<String> CONTENT_TYPES = Arrays.asList(null, "text/plain", "application/xml",
                "application/x-www-form-urlencoded", "application/json", "text/csv", "application/json;charset=UTF-8",
                "multipart/form-data", "json", "text/csv;charset=latin-9");
        static final List<String> ACCEPTS = Arrays.asList(null, "application/json", "text/csv", "text/event-stream",
                "application/xml", "text/html", "*/*", "application/problem+json", "garbage", "text/plain");
        static final List<String> BODIES = List.of("", "{", "[]", "null", "42", "\"text\"", "{\"a\":1}", "<xml/>",
                "a,b,c\n1,2,3\n", "timestamp,open,high,low,close,volume\n", "{\"exchange\":\"NSE\",}", "\uFEFF{}",
                "\u0000\u0001");
        static final String SLIPS = "aeiosx-_.,;:/ 09\"'\n";
        /** Only what a URI path may hold unencoded. */
        static final String PATH_SLIPS = "aeiosx-_.09/";

        private Choices() {
        }
    }
}
