package dev.touchpoint.server.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer tp_…} personal API tokens (stored as SHA-256 hashes) and
 * enforces the token's {@link TokenScope} before anything reads the request body. A token works while
 * its owner is enabled, whatever failed password sign-ins have locked.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final IdentityApi identity;
    private final ProblemResponses problems;
    // the authentication must reach the async dispatch of a streamed export too
    private final RequestAttributeSecurityContextRepository requestContext =
            new RequestAttributeSecurityContextRepository();

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
        var principal = identity.principalForToken(header.substring(7).strip()).filter(TouchpointPrincipal::isEnabled);
        if (principal.isEmpty()) {
            problems.unauthorized(request, response, new BadCredentialsException("Invalid, expired or revoked token."));
            return;
        }
        var scope = principal.get().scope();
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!scope.allows(request.getMethod(), path)) {
            problems.outOfTokenScope(response, scope, request.getMethod(), path);
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        requestContext.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
