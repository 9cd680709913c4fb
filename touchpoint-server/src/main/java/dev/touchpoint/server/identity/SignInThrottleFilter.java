package dev.touchpoint.server.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in — HTTP Basic credentials, or the login form's POST — from an address that has
 * failed too often ({@link SignInThrottle}), before any password is checked: 429 with
 * {@code Retry-After} for the API, back to the login page with a message for the browser.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        boolean form = "POST".equals(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
        if (basic || form) {
            var wait = throttle.retryAfter(request.getRemoteAddr());
            if (!wait.isZero()) {
                if (basic) {
                    problems.tooManySignIns(response, wait);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?error=throttled");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
