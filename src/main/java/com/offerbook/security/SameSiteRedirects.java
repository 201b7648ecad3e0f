package com.offerbook.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to a path on this site only. Spring Security remembers the page asked for before sign-in as an absolute
 * URL built from the request's Host header, which the client chooses; this strategy keeps the path and query and
 * drops scheme and host, so a spoofed Host never becomes a redirect target. (Spring's own context-relative option
 * keeps the host when the context path is empty.)
 */
final class SameSiteRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(request.getContextPath() + pathOnThisSite(url, request.getContextPath()));
    }

    /** The path and query of {@code url} below the context path; "/" for anything that is not a plain URL. */
    static String pathOnThisSite(String url, String contextPath) {
        try {
            var uri = new URI(url);
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.isAbsolute() || uri.getRawAuthority() != null) {
                path = path.startsWith(contextPath) ? path.substring(contextPath.length()) : "/";
            }
            if (!path.startsWith("/") || path.startsWith("//")) {
                path = "/" + path.replaceFirst("^/+", "");
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException notAUrl) {
            return "/";
        }
    }
}
