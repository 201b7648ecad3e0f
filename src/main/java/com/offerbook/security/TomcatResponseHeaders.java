package com.offerbook.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The security headers on the answers Tomcat gives by itself, before any filter of the application runs: its error
 * page for a malformed request (400) and its refusal of TRACE (405). A valve on Tomcat's engine sets them on every
 * response, with a Content-Security-Policy that allows nothing at all; for the application's own pages
 * {@link SecurityHeadersFilter} then replaces that policy with the one the pages need. TRACE is answered here with
 * 405 and nothing else.
 */
@Component
class TomcatResponseHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    /** Tomcat's error pages need nothing: no script, no style sheet (their style is inline), no frame. */
    static final String ERROR_PAGE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'";

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new HeadersValve());
    }

    /** Sets the headers before the rest of the pipeline (and the error report valve) runs. */
    static final class HeadersValve extends ValveBase {

        HeadersValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            response.setHeader("Content-Security-Policy", ERROR_PAGE_POLICY);
            SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
            if ("TRACE".equalsIgnoreCase(request.getMethod())) {
                // Tomcat refuses TRACE (allowTrace is off) but would then render its error page through the app,
                // which sends a signed-out visitor to sign in. Answer plainly: not allowed, nothing echoed.
                response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
                response.setContentLength(0);
                return;
            }
            getNext().invoke(request, response);
        }
    }
}
