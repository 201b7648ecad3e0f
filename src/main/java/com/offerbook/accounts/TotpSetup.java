package com.offerbook.accounts;

/**
 * A new authenticator secret, not stored until its first code is confirmed: the secret in Base32 for typing in, and
 * the otpauth:// URI the QR code carries.
 */
public record TotpSetup(String secret, String uri) {}
