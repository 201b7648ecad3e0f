package com.offerbook.security;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Issue 17: which accounts single sign-on makes administrators. {@code offerbook.sso.admin-claim} names a claim of the
 * ID token or user info (for example {@code groups} or {@code roles}); {@code offerbook.sso.admin-value} the value
 * that makes an administrator: equal to the claim, or one of its values when the claim is a list. Without both, single
 * sign-on makes ordinary users (and the very first account of an empty Offerbook its administrator, as sign-up does).
 * The provider itself is configured by Spring Boot's own {@code spring.security.oauth2.client.*} properties.
 */
@ConfigurationProperties(prefix = "offerbook.sso")
record SsoProperties(@Nullable String adminClaim, @Nullable String adminValue) {

    boolean grantsAdministrator(Map<String, Object> claims) {
        if (adminClaim == null || adminClaim.isBlank() || adminValue == null || adminValue.isBlank()) {
            return false;
        }
        var claim = claims.get(adminClaim);
        if (claim instanceof Collection<?> values) {
            return values.stream().anyMatch(value -> adminValue.equals(String.valueOf(value)));
        }
        return claim != null && adminValue.equals(String.valueOf(claim));
    }
}
