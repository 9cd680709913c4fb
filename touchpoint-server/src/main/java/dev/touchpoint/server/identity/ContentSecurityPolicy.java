package dev.touchpoint.server.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages' Content-Security-Policy: scripts only from this server or inline with this response's
 * nonce (request attribute {@code cspNonce}, which templates put on their {@code <script>} blocks) —
 * no {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}, so an injected script or event handler does
 * not run. Styles may be inline (Bootstrap's and ECharts' {@code style} attributes).
 */
final class ContentSecurityPolicy {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentSecurityPolicy() {}

    /** Gives every request its own nonce, before the headers are written. */
    static final class NonceFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, Base64.getEncoder().encodeToString(bytes));
            chain.doFilter(request, response);
        }
    }

    /** Writes the policy with the request's nonce. */
    static HeaderWriter headerWriter() {
        return (request, response) -> {
            if (response.containsHeader("Content-Security-Policy")) {
                return;
            }
            var nonce = request.getAttribute(NONCE_ATTRIBUTE);
            var scripts = nonce == null ? "'self'" : "'self' 'nonce-" + nonce + "'";
            response.setHeader(
                    "Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; "
                            + "style-src 'self' 'unsafe-inline'; script-src " + scripts + "; object-src 'none'; "
                            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        };
    }
}
