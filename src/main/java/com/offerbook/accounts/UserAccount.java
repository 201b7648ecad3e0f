package com.offerbook.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person who signs in to Offerbook. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 128;
    /** Letters, digits and . _ - @ only: a username is shown everywhere and must stay unambiguous. */
    public static final String USERNAME_PATTERN = "[\\p{L}\\p{N}._@-]+";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "username", nullable = false, length = USERNAME_MAX_LENGTH, unique = true)
    private String username = "";

    /** The name as sign-in, sign-up and the throttle compare it ({@link Usernames#key}); unique. */
    @Column(name = "username_key", nullable = false, length = Usernames.KEY_MAX_LENGTH, unique = true)
    private String usernameKey = "";

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role = Role.USER;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    /**
     * Moves on whenever the account's sessions must end (locked, password changed); a session carries the epoch it
     * signed in with, and one that differs has ended.
     */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.usernameKey = Usernames.key(username);
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public boolean isLocked() {
        return locked;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    String getUsernameKey() {
        return usernameKey;
    }

    void correctUsernameKey(String key) {
        this.usernameKey = key;
    }

    /** Locking ends every session of the account; unlocking lets it sign in again, but revives none. */
    void setLocked(boolean locked) {
        if (locked && !this.locked) {
            endSessions();
        }
        this.locked = locked;
    }

    /** Issue 17: single sign-on makes an administrator when the provider says so ({@link SsoAccounts}). */
    void makeAdministrator() {
        this.role = Role.ADMIN;
    }

    /** A new password ends every session that signed in with the old one. */
    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        endSessions();
    }

    private void endSessions() {
        sessionEpoch++;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof UserAccount that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
