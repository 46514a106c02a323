package com.algotrading.common.service.web;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.Locale;

/**
 * The stable {@code type} of a problem a service answers with, and the status and title that go with it. Implemented
 * by enums ({@link StandardProblem} here, a service's own for the errors only it has): the type URI is
 * {@code /problems/<constant-name-in-kebab-case>}, so renaming a constant renames a documented API.
 */
public interface ProblemType {

    /** The enum constant's name. */
    String name();

    HttpStatus status();

    /** A short summary of the type; by default its name in words ({@code INVALID_REQUEST} is "Invalid request"). */
    default String title() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    default URI uri() {
        return URI.create("/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
