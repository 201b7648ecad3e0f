package com.offerbook.accounts;

import java.time.Instant;

/** The three columns a signed-in session with a row in account_session is checked against on every request. */
record SessionCheck(boolean locked, long sessionEpoch, Instant lastActiveAt) {}
