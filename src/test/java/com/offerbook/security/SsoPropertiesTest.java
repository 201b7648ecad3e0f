package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17: which claims make an administrator at single sign-on. */
class SsoPropertiesTest {

    private final SsoProperties groups = new SsoProperties("groups", "offerbook-admins");

    @Test
    void the_value_in_a_list_claim_makes_an_administrator() {
        assertThat(groups.grantsAdministrator(Map.of("groups", List.of("staff", "offerbook-admins"))))
                .isTrue();
    }

    @Test
    void a_claim_equal_to_the_value_makes_an_administrator() {
        assertThat(groups.grantsAdministrator(Map.of("groups", "offerbook-admins")))
                .isTrue();
    }

    @Test
    void another_value_a_missing_claim_or_no_setting_makes_none() {
        assertThat(groups.grantsAdministrator(Map.of("groups", List.of("staff"))))
                .isFalse();
        assertThat(groups.grantsAdministrator(Map.of("roles", "offerbook-admins")))
                .isFalse();
        assertThat(groups.grantsAdministrator(Map.of("groups", "offerbook-admins-not")))
                .isFalse();
        assertThat(new SsoProperties(null, null).grantsAdministrator(Map.of("groups", "offerbook-admins")))
                .isFalse();
        assertThat(new SsoProperties("groups", " ").grantsAdministrator(Map.of("groups", " ")))
                .isFalse();
    }
}
