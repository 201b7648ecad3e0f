package com.offerbook.accounts;

/**
 * Whether a signed-in session may go on, and if not why, in words the sign-in page shows when the session has ended.
 */
public enum SessionStanding {
    VALID(""),
    LOCKED("An administrator has locked your account, so you were signed out."),
    GONE("Your account no longer exists, so you were signed out."),
    ENDED("You were signed out because your password was changed (or an administrator changed your account). "
            + "Sign in again."),
    /** Its row in "Your sessions" was ended from another session of the account (or it turned on a second factor). */
    ENDED_ELSEWHERE("This session was ended from another session of your account. Sign in again.");

    /**
     * The session attribute that carries, to the sign-in page, why the previous session ended (the name of a
     * constant of this enum).
     */
    public static final String ENDED_ATTRIBUTE = "offerbook.sessionEnded";

    private final String message;

    SessionStanding(String message) {
        this.message = message;
    }

    /** What the sign-in page says about a session that ended for this reason. */
    public String message() {
        return message;
    }
}
