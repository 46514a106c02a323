package com.algotrading.dashboard.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Ends a user's stored sessions when what they were granted changes (role, disabled, password, deleted): a session
 * keeps the authorities of its login, so it must not outlive them.
 */
@Component
class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAll(String username, Optional<String> except) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> except.map(keep -> !keep.equals(id)).orElse(true))
                .forEach(sessions::deleteById);
    }
}
