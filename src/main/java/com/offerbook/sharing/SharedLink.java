package com.offerbook.sharing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A link as its owner sees it on the shared-links page (never its token, which is not kept). */
public record SharedLink(
        long id,
        ShareKind kind,
        String label,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastOpenedAt,
        int openCount,
        State state) {

    /** Whether the link still opens. */
    public enum State {
        ACTIVE("Active"),
        EXPIRED("Expired"),
        REVOKED("Revoked");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
