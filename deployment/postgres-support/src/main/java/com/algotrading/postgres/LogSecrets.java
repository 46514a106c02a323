package com.algotrading.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service process a test ran promises: no line of its log holds a secret it was given (broker credentials,
 * the service token, passwords, API keys). A secret counts wherever it stands as a whole word: a 4-digit PIN inside a
 * longer number or a hex id is not it, a PIN after {@code "pin":} is.
 */
public final class LogSecrets {

    private LogSecrets() {
    }

    /** Fails naming the secret and the line for each secret (by its variable's name) found in {@code log}. */
    public static void assertNoneIn(Path log, Map<String, String> secrets) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(lines).as("the lines of %s", log).isNotEmpty();
        assertNoneIn(log.toString(), lines, secrets);
    }

    /** As {@link #assertNoneIn(Path, Map)}, for lines captured otherwise ({@code what} names them). */
    public static void assertNoneIn(String what, List<String> lines, Map<String, String> secrets) {
        List<String> leaks = new ArrayList<>();
        secrets.forEach((name, value) -> {
            Pattern word = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(value) + "(?![A-Za-z0-9])");
            lines.stream().filter(line -> word.matcher(line).find())
                    .forEach(line -> leaks.add(name + " in: " + line));
        });
        assertThat(leaks).as("secrets in %s", what).isEmpty();
    }
}
