package com.offerbook.accounts;

import java.time.Instant;

/** One signed-in session as "Your sessions" lists it; {@code current} marks the session asking. */
public record SessionRow(
        long id, String device, String address, Instant startedAt, Instant lastActiveAt, boolean current) {}
