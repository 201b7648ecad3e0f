package com.offerbook.accounts;

/** What an account may do. The first account created is the administrator. */
public enum Role {
    ADMIN,
    USER
}
