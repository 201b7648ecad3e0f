package com.offerbook.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the security headers on every response, including the pages Vaadin serves outside Spring Security's
 * header writer (the sign-in and sign-up pages were served with only "X-Frame-Options: SAMEORIGIN"). Later
 * attempts to change these headers are ignored, so no page can weaken them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HEADERS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new PinnedHeaders(response));
    }

    /** Ignores changes to the pinned headers. */
    private static final class PinnedHeaders extends HttpServletResponseWrapper {

        PinnedHeaders(HttpServletResponse response) {
            super(response);
        }

        private static boolean pinned(String name) {
            return HEADERS.keySet().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!pinned(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!pinned(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
