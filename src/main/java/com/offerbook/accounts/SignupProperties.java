package com.offerbook.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code offerbook.signup.enabled}: whether new people may create accounts (default true). An administrator
 * closes sign-up by setting it to false and restarting.
 */
@ConfigurationProperties(prefix = "offerbook.signup")
public record SignupProperties(@DefaultValue("true") boolean enabled) {}
