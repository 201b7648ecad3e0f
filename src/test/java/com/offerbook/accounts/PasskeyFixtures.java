package com.offerbook.accounts;

import java.time.Instant;
import java.util.Set;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** Stores a passkey as Spring's registration does after verifying it (the key bytes are never read in these tests). */
public final class PasskeyFixtures {

    private PasskeyFixtures() {}

    public static Bytes register(
            PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials,
            String username,
            String label) {
        return register(users, credentials, username, label, Instant.now());
    }

    public static Bytes register(
            PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials,
            String username,
            String label,
            Instant at) {
        var user = users.findByUsername(username);
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder()
                    .id(Bytes.random())
                    .name(username)
                    .displayName(username)
                    .build();
            users.save(user);
        }
        var id = Bytes.random();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialId(id)
                .userEntityUserId(user.getId())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(false)
                .backupState(false)
                .transports(Set.of())
                .label(label)
                .created(at)
                .lastUsed(at)
                .build());
        return id;
    }
}
