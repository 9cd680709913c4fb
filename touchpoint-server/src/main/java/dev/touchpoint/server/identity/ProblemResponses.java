package dev.touchpoint.server.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.ObjectMapper;

/** 401 and 403 answers of the API as RFC 9457 problem details. */
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"Touchpoint\"");
        SecurityConfiguration.writeProblem(response, json, 401, "unauthorized", "Unauthorized",
                "Authentication required: HTTP Basic or Authorization: Bearer <API token>. " + reason(e));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        SecurityConfiguration.writeProblem(response, json, 403, "forbidden", "Forbidden",
                "You are not allowed to do this.");
    }

    private static String reason(AuthenticationException e) {
        return e == null || e.getMessage() == null ? "" : e.getMessage();
    }
}
