package com.offerbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SharingSwitchTest {

    @Test
    void sharing_is_on_unless_the_property_of_the_run_turns_it_off() {
        assertThat(new SharingSwitch(new MockEnvironment()).isOn()).isTrue();
        assertThat(new SharingSwitch(new MockEnvironment().withProperty(SharingSwitch.PROPERTY, "false")).isOn())
                .isFalse();
        assertThat(new SharingSwitch(new MockEnvironment().withProperty(SharingSwitch.PROPERTY, "true")).isOn())
                .isTrue();
    }
}
