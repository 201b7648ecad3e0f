package com.offerbook.accounts;

/** An account as the rest of the application sees it: never the password hash. */
public record AccountSummary(long id, String username, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
