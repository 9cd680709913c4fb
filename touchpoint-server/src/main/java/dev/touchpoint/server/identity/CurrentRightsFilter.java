package dev.touchpoint.server.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights take effect at once: every request re-reads the caller's role, teams and enabled flag from
 * the database (one indexed query), so a demotion or a changed team applies to the very next request
 * of an open browser session too, and a disabled or deleted user's session ends there. Runs after
 * authentication and before any authorisation decision.
 */
class CurrentRightsFilter extends OncePerRequestFilter {

    /** What happens to a request whose user has been disabled or removed. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final IdentityApi identity;
    private final Refusal refusal;

    CurrentRightsFilter(IdentityApi identity, Refusal refusal) {
        this.identity = identity;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        var auth = context.getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof TouchpointPrincipal held)) {
            chain.doFilter(request, response);
            return;
        }
        var now = identity.principalForId(held.user().id()).filter(TouchpointPrincipal::isEnabled);
        if (now.isEmpty()) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            refusal.refuse(request, response);
            return;
        }
        var fresh = now.get().withScope(held.scope());
        if (!Objects.equals(fresh.user(), held.user())) {
            var updated = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
            updated.setDetails(auth.getDetails());
            var replaced = SecurityContextHolder.createEmptyContext();
            replaced.setAuthentication(updated);
            SecurityContextHolder.setContext(replaced);
        }
        chain.doFilter(request, response);
    }
}
