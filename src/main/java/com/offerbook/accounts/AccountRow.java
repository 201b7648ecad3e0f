package com.offerbook.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as administrators see it. */
public record AccountRow(
        long id,
        String username,
        Role role,
        Instant createdAt,
        @Nullable Instant lastSignInAt,
        boolean locked) {}
