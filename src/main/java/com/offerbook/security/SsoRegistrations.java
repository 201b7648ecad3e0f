package com.offerbook.security;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The OpenID Connect providers, from Spring Boot's standard {@code spring.security.oauth2.client.*} properties, read at
 * every start. Spring Boot makes its own repository only when those properties are present while the application
 * context is prepared, and the production jar's context is prepared when the jar is built (Spring AOT, see
 * Application.main), where no provider is configured. So Offerbook makes the repository itself, from the same
 * properties: empty without a provider (sign-in stays as it was), filled on the self-hoster's machine.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class SsoRegistrations {

    @Bean
    Configured clientRegistrationRepository(OAuth2ClientProperties properties) {
        return new Configured(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
    }

    /**
     * Without a manager of the application's own, Spring Security builds one with token clients for the refresh-token
     * and client-credentials grants, and with them the JDK's HTTP client and TLS: about 0.2 s of every start
     * (docs/performance.md, cold start). Offerbook uses a provider only to sign in ({@link SsoSignIn}) and never asks
     * one for tokens on a user's behalf, so its manager authorizes no client (the contract's answer for "not
     * supported").
     */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager() {
        return request -> null;
    }

    /** The configured providers by registration id, in the order of the properties; maybe none. */
    static final class Configured implements ClientRegistrationRepository, Iterable<ClientRegistration> {

        private final Map<String, ClientRegistration> byId;

        Configured(Map<String, ClientRegistration> registrations) {
            this.byId = new LinkedHashMap<>(registrations);
        }

        @Override
        public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
            return byId.get(registrationId);
        }

        @Override
        public Iterator<ClientRegistration> iterator() {
            return byId.values().iterator();
        }

        boolean isEmpty() {
            return byId.isEmpty();
        }
    }
}
