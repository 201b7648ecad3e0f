package com.offerbook.security;

import com.offerbook.accounts.Passkeys;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * Issue 17: Spring Security's WebAuthn relying party (webauthn4j: attestation and assertion, challenge, origin and
 * relying party id checks), with Offerbook's settings and checks around it:
 *
 * <ul>
 *   <li>the relying party id and origins come from {@link PasskeyProperties}, read when the first passkey request
 *       arrives, so the port the server really listens on is known (Spring's configurer would fix them when the
 *       security configuration is built);
 *   <li>passkeys are discoverable and always verify the person (PIN, fingerprint, face), since a passkey signs in
 *       alone;
 *   <li>a new passkey needs a name and room on the account ({@link Passkeys#checkNew});
 *   <li>at sign-in, the user handle the authenticator returns must be the WebAuthn user the passkey was registered to.
 * </ul>
 */
@Component
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    private static final Logger log = LoggerFactory.getLogger("com.offerbook.security.signin");

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;
    private final PasskeyProperties properties;
    private final Passkeys passkeys;
    private final Environment environment;
    private volatile @Nullable Webauthn4JRelyingPartyOperations delegate;

    PasskeyRelyingParty(
            PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials,
            PasskeyProperties properties,
            Passkeys passkeys,
            Environment environment) {
        this.users = users;
        this.credentials = credentials;
        this.properties = properties;
        this.passkeys = passkeys;
        this.environment = environment;
    }

    private Webauthn4JRelyingPartyOperations delegate() {
        var known = delegate;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (delegate == null) {
                var port = environment.getProperty(
                        "local.server.port",
                        Integer.class,
                        environment.getProperty("server.port", Integer.class, 8080));
                var origins = properties.origins(port);
                var rp = PublicKeyCredentialRpEntity.builder()
                        .id(properties.relyingPartyId())
                        .name(properties.relyingPartyName())
                        .build();
                var operations = new Webauthn4JRelyingPartyOperations(users, credentials, rp, new HashSet<>(origins));
                operations.setCustomizeCreationOptions(
                        options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                                .residentKey(ResidentKeyRequirement.REQUIRED)
                                .userVerification(UserVerificationRequirement.REQUIRED)
                                .build()));
                operations.setCustomizeRequestOptions(
                        options -> options.userVerification(UserVerificationRequirement.REQUIRED));
                log.info("passkeys for relying party id={} origins={}", rp.getId(), origins);
                delegate = operations;
            }
            return java.util.Objects.requireNonNull(delegate);
        }
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return delegate().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        passkeys.checkNew(
                request.getCreationOptions().getUser().getName(),
                request.getPublicKey().getLabel());
        var registered = delegate().registerCredential(request);
        log.info(
                "passkey registered user={}",
                com.offerbook.accounts.Usernames.forLog(
                        request.getCreationOptions().getUser().getName()));
        return registered;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return delegate().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        var credential = credentials.findByCredentialId(request.getPublicKey().getRawId());
        if (credential == null) {
            throw new IllegalArgumentException("Unknown passkey");
        }
        var userHandle = request.getPublicKey().getResponse().getUserHandle();
        if (userHandle != null && !userHandle.equals(credential.getUserEntityUserId())) {
            throw new IllegalArgumentException("The passkey's user handle is not the user it was registered to");
        }
        return delegate().authenticate(request);
    }
}
