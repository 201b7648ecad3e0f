package com.offerbook.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;

/**
 * Issue 17: the ways in the sign-in page offers besides a password: one "Sign in with …" link for each OpenID Connect
 * provider configured by Spring Boot's {@code spring.security.oauth2.client.registration.<id>.*} properties (its
 * {@code client-name} is the name shown), none when there is none.
 */
@Service
public class SignInOptions {

    /** A configured provider: where its sign-in starts, and the name shown on the button. */
    public record SsoProvider(String registrationId, String name) {

        public String startPath() {
            return "oauth2/authorization/" + registrationId;
        }
    }

    private final List<SsoProvider> providers;

    SignInOptions(ObjectProvider<ClientRegistrationRepository> registrations) {
        var found = new ArrayList<SsoProvider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                if (registration instanceof ClientRegistration client) {
                    found.add(new SsoProvider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<SsoProvider> ssoProviders() {
        return providers;
    }
}
