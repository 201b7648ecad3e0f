package com.offerbook.accounts;

/** What a person types into the create-account form. */
public record SignupRequest(String username, String password, String passwordConfirmation) {}
