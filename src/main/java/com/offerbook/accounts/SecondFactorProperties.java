package com.offerbook.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code offerbook.second-factor.required}: whether every account must have a second factor (default false). An
 * account without one is asked to set one up right after its password, before anything else opens. A property
 * rather than a switch on the Accounts page, so that a stolen administrator password cannot turn it off.
 */
@ConfigurationProperties(prefix = "offerbook.second-factor")
public record SecondFactorProperties(@DefaultValue("false") boolean required) {}
