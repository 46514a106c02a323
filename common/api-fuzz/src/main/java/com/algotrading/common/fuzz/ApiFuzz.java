package com.algotrading.common.fuzz;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzzes every endpoint of a running service: for each case, a sensible request to one endpoint (round robin, so all
 * are covered) with up to three of a new user's slips ({@link Mutation}), sent over real HTTP to loopback, and
 * {@linkplain Verdict checked}. The same seed sends the same requests.
 *
 * <pre>{@code
 * FuzzReport report = ApiFuzz.of(context).samples("interval", "1m", "1d", "5m", "2m", "").run(seed, 1000);
 * assertThat(report.failures()).isEmpty();
 * }</pre>
 */
public final class ApiFuzz {

    private static final Logger log = LoggerFactory.getLogger(ApiFuzz.class);
    private static final int MOST_SLIPS = 3;

    private final List<Endpoint> endpoints;
    private final int port;
    private final Samples samples = new Samples();
    private final Map<String, List<String>> bodies = new HashMap<>();
    private final Set<String> unavailableTypes = new LinkedHashSet<>();

    private ApiFuzz(List<Endpoint> endpoints, int port) {
        this.endpoints = endpoints;
        this.port = port;
    }

    /** Every endpoint Spring MVC maps in the context of a running test server ({@code RANDOM_PORT}). */
    public static ApiFuzz of(ApplicationContext context) {
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("no server is running: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
        }
        return new ApiFuzz(new ArrayList<>(Endpoint.of(
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class))), port);
    }

    /** Values for the parameter or body field of that name, a valid one first. */
    public ApiFuzz samples(String name, String... values) {
        samples.name(name, List.of(values));
        return this;
    }

    /** Bodies for endpoints that consume the media type (a valid one first); JSON bodies are built from the record. */
    public ApiFuzz bodies(String mediaType, String... examples) {
        bodies.put(MediaType.parseMediaType(mediaType).toString(), List.of(examples));
        return this;
    }

    /** Paths served outside Spring MVC's request mappings (static pages), fuzzed as GET endpoints. */
    public ApiFuzz paths(String... paths) {
        for (String path : paths) {
            endpoints.add(new Endpoint(path, List.of("GET"), List.of(), List.of(), List.of(), List.of(), Optional.empty()));
        }
        return this;
    }

    /** Problem types a 503 may have: the documented "not configured here" answers, not failures. */
    public ApiFuzz unavailable(String... problemTypes) {
        unavailableTypes.addAll(List.of(problemTypes));
        return this;
    }

    public FuzzReport run(long seed, int cases) {
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("no endpoints to fuzz");
        }
        Random random = new Random(seed);
        Verdict verdict = new Verdict(port, Set.copyOf(unavailableTypes));
        long started = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            Endpoint endpoint = endpoints.get(i % endpoints.size());
            verdict.check(endpoint.pattern(), slips(sensible(endpoint, random), random));
        }
        FuzzReport report = verdict.report(endpoints.stream().map(Endpoint::pattern)
                .collect(Collectors.toUnmodifiableSet()), Duration.ofNanos(System.nanoTime() - started));
        log.info("seed {}: {}", seed, report);
        return report;
    }

    private FuzzRequest slips(FuzzRequest request, Random random) {
        FuzzRequest slipped = request;
        for (int i = random.nextInt(MOST_SLIPS + 1); i > 0; i--) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            FuzzRequest next = mutation.apply(slipped, random, samples);
            if (Verdict.sendable(next)) {
                slipped = next;
            }
        }
        return slipped;
    }

    /** The request a careful user would send, give or take a value: every required parameter, a fitting body. */
    private FuzzRequest sensible(Endpoint endpoint, Random random) {
        String method = endpoint.methods().get(random.nextInt(endpoint.methods().size()));
        List<String> variables = endpoint.pathVariables().stream().map(variable -> UriUtils.encodePathSegment(
                samples.pick(variable.name(), variable.type(), random), StandardCharsets.UTF_8)).toList();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        endpoint.query().stream().filter(parameter -> parameter.required() || random.nextBoolean())
                .forEach(parameter -> query.add(Map.entry(parameter.name(),
                        samples.pick(parameter.name(), parameter.type(), random))));
        Optional<MediaType> consumes = endpoint.consumes().stream().findFirst();
        String body = endpoint.body().map(type -> json(type, random))
                .orElseGet(() -> consumes.map(media -> bodies.get(media.toString())).filter(list -> !list.isEmpty())
                        .map(list -> random.nextBoolean() ? list.getFirst() : list.get(random.nextInt(list.size())))
                        .orElse(null));
        String contentType = consumes.map(MediaType::toString)
                .orElse(endpoint.body().isPresent() ? MediaType.APPLICATION_JSON_VALUE : null);
        return new FuzzRequest(method, endpoint.path(variables), query, contentType, null, body);
    }

    /**
     * A JSON object of the record's fields. Half the time what a careful user sends, every field with its valid value,
     * so that a body of many fields gets past the checks to what lies behind them; else each field a sample value, now
     * and then one left out.
     */
    private String json(Class<?> type, Random random) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return "{}";
        }
        boolean careful = random.nextBoolean();
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : components) {
            if (careful || random.nextInt(8) != 0) {
                String name = component.getName();
                String value = careful ? samples.of(name, component.getType()).getFirst()
                        : samples.pick(name, component.getType(), random);
                fields.add('"' + name + "\":" + Samples.json(value, component.getType()));
            }
        }
        return fields.stream().collect(Collectors.joining(",", "{", "}"));
    }
}
