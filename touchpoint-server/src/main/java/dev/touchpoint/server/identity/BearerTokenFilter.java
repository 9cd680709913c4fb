package dev.touchpoint.server.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer tp_…} personal API tokens (stored as SHA-256 hashes). */
class BearerTokenFilter extends OncePerRequestFilter {

    private final IdentityApi identity;
    private final ProblemResponses problems;

    BearerTokenFilter(IdentityApi identity, ProblemResponses problems) {
        this.identity = identity;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var principal = identity.principalForToken(header.substring(7).strip())
                .filter(p -> p.isEnabled() && p.isAccountNonLocked());
        if (principal.isEmpty()) {
            problems.unauthorized(request, response, new BadCredentialsException("Invalid, expired or revoked token."));
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, principal.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
