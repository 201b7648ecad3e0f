package com.offerbook.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One passkey of the signed-in account as the Passkeys page lists it.
 *
 * @param id the credential id (Base64URL), the handle for removing it
 * @param lastUsedAt when it last signed in; null when it has not yet
 */
public record PasskeyRow(
        String id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}
