package com.offerbook.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
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

    /** The request attribute holding this response's script nonce (see {@link ScriptNonces}). */
    static final String NONCE = SecurityHeadersFilter.class.getName() + ".nonce";

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            // The old browsers' XSS auditor could be abused to remove scripts; 0 turns it off (OWASP's advice).
            "X-XSS-Protection", "0");
    private static final String CSP = "Content-Security-Policy";
    private static final String REFERRER_POLICY = "Referrer-Policy";

    /** Addresses whose secret must not travel on in a Referer header (issue 14: calendar feeds). */
    static final List<String> NO_REFERRER_PATHS = List.of("/calendar/");

    /**
     * The JDK's DRBG (NIST SP 800-90A), seeded once from the system: the default {@code NativePRNG} reads
     * /dev/urandom under one lock shared by every instance, and a flight recording at 100 sessions showed requests
     * waiting on it for the nonce (issue 15).
     */
    private static final SecureRandom RANDOM = drbg();

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException notInThisJdk) {
            return new SecureRandom();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        var nonce = Base64.getEncoder().encodeToString(nonceBytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader(CSP, SecurityConfig.contentSecurityPolicy(nonce));
        HEADERS.forEach(response::setHeader);
        if (isSharePage(request)) {
            // A share link's page (issue 14): its address is the secret, so no Referer carries it to another site,
            // and search engines are asked not to index it (X-Robots-Tag; the page cannot add a meta tag before
            // Vaadin's bootstrap). docs/security.md, "Share links".
            response.setHeader(REFERRER_POLICY, "no-referrer");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        } else if (sendsNoReferrer(request)) {
            response.setHeader(REFERRER_POLICY, "no-referrer");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new PinnedHeaders(response));
    }

    private static boolean sendsNoReferrer(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return NO_REFERRER_PATHS.stream().anyMatch(path::startsWith);
    }

    /** The page a share link opens: {@code /s/<token>}. */
    static boolean isSharePage(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/s/") || path.equals("/s");
    }

    /** Ignores changes to the pinned headers. */
    private static final class PinnedHeaders extends HttpServletResponseWrapper {

        PinnedHeaders(HttpServletResponse response) {
            super(response);
        }

        private static boolean pinned(String name) {
            return name.equalsIgnoreCase(CSP) || HEADERS.keySet().stream().anyMatch(h -> h.equalsIgnoreCase(name));
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
