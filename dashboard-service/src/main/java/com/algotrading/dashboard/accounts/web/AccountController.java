package com.algotrading.dashboard.accounts.web;

import com.algotrading.dashboard.accounts.Account;
import com.algotrading.dashboard.accounts.Accounts;
import com.algotrading.dashboard.accounts.SecondFactors;
import com.algotrading.dashboard.accounts.SecondFactors.TotpEnrolment;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.Optional;

/** {@code /api/v1/account}: the logged-in user's own account, password and second factor. */
@RestController
@RequestMapping("/api/v1/account")
class AccountController {

    record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    record Code(@NotNull String code) {
    }

    record Password(@NotNull String password) {
    }

    private final Accounts accounts;
    private final SecondFactors secondFactors;

    AccountController(Accounts accounts, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    Account me(Principal user) {
        return accounts.get(user.getName());
    }

    /** Ends the user's other sessions, keeps this one. */
    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody @Valid PasswordChange change, Principal user, HttpSession session) {
        accounts.changePassword(user.getName(), change.currentPassword(), change.newPassword(),
                Optional.of(session.getId()));
    }

    @PostMapping("/totp")
    @ResponseStatus(HttpStatus.CREATED)
    TotpEnrolment beginTotp(Principal user) {
        return secondFactors.beginTotp(user.getName());
    }

    @PostMapping("/totp/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmTotp(@RequestBody @Valid Code code, Principal user) {
        secondFactors.confirmTotp(user.getName(), code.code());
    }

    @PostMapping("/totp/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disableTotp(@RequestBody @Valid Password password, Principal user) {
        secondFactors.disableTotp(user.getName(), password.password());
    }
}
