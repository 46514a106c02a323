package com.algotrading.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /login}: the form Spring Security's form login reads ({@code username}, {@code password}, {@code _csrf},
 * and {@code code} for an account with a second factor). After a failed login it shows why: wrong credentials, a
 * locked account, a throttled address, a missing or wrong code. No script, so the strict CSP holds.
 */
@Controller
class LoginPage {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Log in · Algo Trading System</title>
              <link rel="stylesheet" href="/css/dashboard.css">
            </head>
            <body>
            <header><h1>Algo Trading System</h1></header>
            <main class="login">
              <h2>Log in</h2>
              %s
              <form method="post" action="/login">
                <label>Username <input name="username" autocomplete="username" required autofocus></label>
                <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                <label>Authenticator code <small>(only if your account has a second factor)</small>
                  <input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}"></label>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Log in</button>
              </form>
            </main>
            </body>
            </html>
            """;

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request, CsrfToken csrf) {
        return PAGE.formatted(message(request), HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }

    private static String message(HttpServletRequest request) {
        if (request.getParameter("logout") != null) {
            return "<p id=\"message\" class=\"info\">You are logged out.</p>";
        }
        if (request.getParameter("error") == null) {
            return "";
        }
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        // Only the login's own messages are shown; anything else (the database down) says no more than this.
        String text = failure instanceof BadCredentialsException || failure instanceof AccountStatusException
                ? ((Exception) failure).getMessage() : "The login failed. Try again.";
        return "<p id=\"message\" class=\"error\" role=\"alert\">" + HtmlUtils.htmlEscape(text) + "</p>";
    }
}
