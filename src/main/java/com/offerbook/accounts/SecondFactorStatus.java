package com.offerbook.accounts;

/** The signed-in user's second factor as the "Sign-in and security" page shows it. */
public record SecondFactorStatus(boolean authenticatorApp, long recoveryCodesLeft, boolean required) {}
