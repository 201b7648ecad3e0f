package com.offerbook.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.HttpSessionPublicKeyCredentialCreationOptionsRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: {@code POST /webauthn/register/options}, as Spring's {@code PublicKeyCredentialCreationOptionsFilter}
 * answers it, but asking {@link SecurityContextHolder} who is signed in at each request. Spring's filter keeps the
 * context strategy it found when the security configuration was built, and Vaadin installs its own strategy after
 * that (see {@link AccountSessionFilter}), so Spring's filter saw nobody signed in and refused every signed-in user.
 * The options go to the same session store Spring's registration filter reads them from.
 */
class PasskeyCreationOptions extends OncePerRequestFilter {

    private final RequestMatcher matcher =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/webauthn/register/options");
    private final HttpSessionPublicKeyCredentialCreationOptionsRepository repository =
            new HttpSessionPublicKeyCredentialCreationOptionsRepository();
    private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build());
    private final WebAuthnRelyingPartyOperations relyingParty;

    PasskeyCreationOptions(WebAuthnRelyingPartyOperations relyingParty) {
        this.relyingParty = relyingParty;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!matcher.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        var options = relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication));
        repository.save(request, response, options);
        response.setStatus(HttpServletResponse.SC_OK);
        converter.write(options, MediaType.APPLICATION_JSON, new ServletServerHttpResponse(response));
    }
}
