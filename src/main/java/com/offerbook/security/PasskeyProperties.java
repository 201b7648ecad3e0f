package com.offerbook.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Issue 17: the WebAuthn relying party passkeys are made for, read at every start (not fixed when the jar is built).
 *
 * <ul>
 *   <li>{@code offerbook.passkeys.rp-id}: the host name passkeys belong to, for example {@code offerbook.example.org}.
 *       Browsers offer a passkey only on that host (or its subdomains), so changing it later makes every registered
 *       passkey useless. Without it: {@code localhost}, for trying Offerbook on one's own machine.
 *   <li>{@code offerbook.passkeys.allowed-origins}: the addresses the sign-in page is opened at, comma-separated, for
 *       example {@code https://offerbook.example.org}. Without it: {@code https://<rp-id>}, or for {@code localhost}
 *       {@code http://localhost:<port>} and {@code https://localhost:<port>} with the port the server listens on.
 *   <li>{@code offerbook.passkeys.rp-name}: the name a browser shows when it asks for a passkey (default Offerbook).
 * </ul>
 */
@ConfigurationProperties(prefix = "offerbook.passkeys")
record PasskeyProperties(
        @Nullable String rpId,
        @Nullable String rpName,
        @Nullable List<String> allowedOrigins) {

    static final String LOCALHOST = "localhost";

    String relyingPartyId() {
        return rpId == null || rpId.isBlank() ? LOCALHOST : rpId.strip();
    }

    String relyingPartyName() {
        return rpName == null || rpName.isBlank() ? "Offerbook" : rpName.strip();
    }

    /** The origins accepted; {@code port} is the one the server listens on (for the localhost default). */
    List<String> origins(int port) {
        if (allowedOrigins != null && allowedOrigins.stream().anyMatch(o -> !o.isBlank())) {
            return allowedOrigins.stream()
                    .map(String::strip)
                    .filter(o -> !o.isEmpty())
                    .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                    .toList();
        }
        var id = relyingPartyId();
        if (id.equals(LOCALHOST)) {
            return List.of("http://localhost:" + port, "https://localhost:" + port);
        }
        return List.of("https://" + id);
    }
}
