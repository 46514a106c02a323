package com.algotrading.dashboard.accounts.web;

import com.algotrading.dashboard.accounts.Account;
import com.algotrading.dashboard.accounts.Accounts;
import com.algotrading.dashboard.accounts.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/users}: an admin's management of the users (the security rules let only an admin's session in). */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    record NewUser(@NotNull String username, @NotNull String password, @NotNull Role role) {
    }

    record UserChange(Role role, Boolean enabled) {
    }

    record NewPassword(@NotNull String password) {
    }

    private final Accounts accounts;

    UsersController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<Account> all() {
        return accounts.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Account create(@RequestBody @Valid NewUser user, Principal admin) {
        return accounts.create(admin.getName(), user.username(), user.password(), user.role());
    }

    @GetMapping("/{username}")
    Account one(@PathVariable String username) {
        return accounts.get(username);
    }

    @PatchMapping("/{username}")
    Account update(@PathVariable String username, @RequestBody UserChange change, Principal admin) {
        return accounts.update(admin.getName(), username, Optional.ofNullable(change.role()),
                Optional.ofNullable(change.enabled()));
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody @Valid NewPassword body,
                       Principal admin) {
        accounts.resetPassword(admin.getName(), username, body.password());
    }

    @PostMapping("/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable String username, Principal admin) {
        accounts.unlock(admin.getName(), username);
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username, Principal admin) {
        accounts.delete(admin.getName(), username);
    }
}
