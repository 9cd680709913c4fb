package dev.touchpoint.server.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces {@link BodyLimits}: a declared {@code Content-Length} above the limit is refused at once
 * (413 problem for the API, the error page for the browser); a body without one is counted while it
 * is read and stops with {@link BodyTooLargeException} at the limit. Runs after the security filters,
 * so a caller without rights gets 401/403 without the body being read.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class BodyLimitFilter extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final ProblemWriter problems;

    BodyLimitFilter(BodyLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limits.bytesFor(path, request.getContentType());
        if (request.getContentLengthLong() > limit) {
            var tooLarge = new BodyTooLargeException(limit);
            // the client may still be sending: close the connection instead of reading the rest
            response.setHeader("Connection", "close");
            if (path.startsWith("/api/")) {
                problems.write(request, response, problems.tooLarge(tooLarge));
            } else {
                response.sendError(413, tooLarge.getMessage());
            }
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
    }

    /** A request whose body stream fails at {@code limit} bytes. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
