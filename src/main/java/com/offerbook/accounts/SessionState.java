package com.offerbook.accounts;

/** The two columns a signed-in session is checked against on every request. */
record SessionState(boolean locked, long sessionEpoch) {}
