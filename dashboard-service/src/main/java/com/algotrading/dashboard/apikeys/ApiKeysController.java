package com.algotrading.dashboard.apikeys;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** {@code /api/v1/api-keys}: a logged-in user's own keys (the security rules let only a session in, never a key). */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeysController {

    record KeyRequest(@NotNull String name, @NotNull Scope scope) {
    }

    private final ApiKeys keys;

    ApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    /** The key itself is in this answer only. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeys.NewKey create(@RequestBody @Valid KeyRequest request, Principal user) {
        return keys.create(user.getName(), request.name(), request.scope());
    }

    @GetMapping
    List<ApiKeys.KeyView> mine(Principal user) {
        return keys.of(user.getName());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Principal user) {
        keys.revoke(user.getName(), id);
    }
}
