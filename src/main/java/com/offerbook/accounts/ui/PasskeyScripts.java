package com.offerbook.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Issue 17: the browser's part of passkeys. Small scripts (resources beside this class) that call
 * {@code navigator.credentials} and Spring Security's WebAuthn endpoints with the CSRF token, run through Vaadin's
 * {@code executeJs}: our Content-Security-Policy lets that run (Vaadin needs 'unsafe-eval' anyway), while a script
 * file of its own would need the page's nonce, and Spring's generated pages would not run at all. Each answers "ok",
 * "unsupported", "cancelled:…" or "failed:…".
 */
final class PasskeyScripts {

    private static final String COMMON = read("passkey-common.js");
    private static final String REGISTER = COMMON + read("passkey-register.js");
    private static final String SIGN_IN = COMMON + read("passkey-sign-in.js");

    private PasskeyScripts() {}

    /** Makes a passkey named {@code name} for the signed-in account. */
    static PendingJavaScriptResult register(UI ui, String name) {
        var request = VaadinServletRequest.getCurrent();
        var csrf = csrf();
        return ui.getPage().executeJs(REGISTER, csrf.getHeaderName(), csrf.getToken(), contextPath(request), name);
    }

    /** Signs in with a passkey; on success the browser goes on to the page the server names. */
    static PendingJavaScriptResult signIn(UI ui) {
        var request = VaadinServletRequest.getCurrent();
        var csrf = csrf();
        return ui.getPage().executeJs(SIGN_IN, csrf.getHeaderName(), csrf.getToken(), contextPath(request));
    }

    /** The words for a script's answer other than "ok". */
    static String problem(String answer, String failed) {
        if (answer.equals("unsupported")) {
            return "This browser does not support passkeys.";
        }
        if (answer.startsWith("cancelled:")) {
            return "No passkey was used: the request was cancelled or timed out.";
        }
        return failed;
    }

    /** Spring Security's CSRF token of this session (the filter puts it on every request, Vaadin's included). */
    private static CsrfToken csrf() {
        var request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return token;
        }
        throw new IllegalStateException("No CSRF token on this request");
    }

    private static String contextPath(@Nullable VaadinServletRequest request) {
        return request == null ? "" : request.getContextPath();
    }

    private static String read(String name) {
        try (var in = Objects.requireNonNull(PasskeyScripts.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
