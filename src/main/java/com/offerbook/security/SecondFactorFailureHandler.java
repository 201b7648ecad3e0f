package com.offerbook.security;

import com.offerbook.accounts.PendingSignIn;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where the sign-in form goes when it does not sign in: a right password with a second factor to come is kept in the
 * session as a {@link PendingSignIn} and the browser goes on to the code page; anything else is a failed sign-in
 * ("/login?error", as before), and forgets any half-done sign-in of the session.
 */
class SecondFactorFailureHandler implements AuthenticationFailureHandler {

    /** The code page (accounts.ui.SecondFactorView). */
    static final String CODE_PAGE = "/login/code";

    private final SimpleUrlAuthenticationFailureHandler failed =
            new SimpleUrlAuthenticationFailureHandler("/login?error");

    SecondFactorFailureHandler() {
        failed.setRedirectStrategy(new SameSiteRedirects());
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof SecondFactorRequiredException secondStep) {
            // A new session id: the code page's session is not one a visitor could have been handed beforehand.
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, secondStep.pending());
            new SameSiteRedirects().sendRedirect(request, response, CODE_PAGE);
            return;
        }
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        failed.onAuthenticationFailure(request, response, exception);
    }
}
