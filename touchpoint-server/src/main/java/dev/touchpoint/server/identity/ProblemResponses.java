package dev.touchpoint.server.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.ObjectMapper;

/**
 * 401, 403 and 429 answers of the API as RFC 9457 problem details, in the reader's language. A failed
 * sign-in gets one answer whatever the reason — unknown user, wrong password, locked or disabled — so
 * nobody learns which usernames exist.
 */
class ProblemResponses {

    private final ObjectMapper json;
    private final MessageSource messages;

    ProblemResponses(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"Touchpoint\"");
        var detail = request.getHeader("Authorization") == null
                ? text(
                        "problem.unauthorized.missing",
                        "Authentication required: HTTP Basic or Authorization: Bearer <API token>.")
                : text(
                        "problem.unauthorized.refused",
                        "The credentials were refused: wrong username or password, an invalid token, or an account "
                                + "that is locked or disabled.");
        SecurityConfiguration.writeProblem(
                response, json, 401, "unauthorized", text("problem.unauthorized", "Unauthorized"), detail);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        SecurityConfiguration.writeProblem(
                response,
                json,
                403,
                "forbidden",
                text("problem.forbidden", "Forbidden"),
                text("problem.forbidden.role", "Your role does not allow this."));
    }

    void outOfTokenScope(HttpServletResponse response, TokenScope scope, String method, String path)
            throws IOException {
        SecurityConfiguration.writeProblem(
                response,
                json,
                403,
                "token-scope",
                text("problem.forbidden", "Forbidden"),
                messages.getMessage(
                        "problem.tokenScope",
                        new Object[] {scope.name(), method, path},
                        "This API token's scope " + scope + " does not allow " + method + " " + path + ".",
                        LocaleContextHolder.getLocale()));
    }

    void tooManySignIns(HttpServletResponse response, Duration retryAfter) throws IOException {
        long seconds = Math.max(1, retryAfter.toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        SecurityConfiguration.writeProblem(
                response,
                json,
                429,
                "too-many-sign-ins",
                text("problem.tooManySignIns", "Too many failed sign-ins"),
                messages.getMessage(
                        "problem.tooManySignIns.detail",
                        new Object[] {seconds},
                        "Too many failed sign-ins from your address; try again in " + seconds + " seconds.",
                        LocaleContextHolder.getLocale()));
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
