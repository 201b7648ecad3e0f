package com.offerbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SharingSwitchTest {

    @Test
    void sharing_is_on_unless_the_property_turns_it_off_and_a_change_counts_without_a_new_bean() {
        var environment = new MockEnvironment();
        var sharing = new SharingSwitch(environment);
        assertThat(sharing.isOn()).isTrue();

        environment.setProperty(SharingSwitch.PROPERTY, "false");
        assertThat(sharing.isOn())
                .as("read at run time, not fixed when the bean was made")
                .isFalse();

        environment.setProperty(SharingSwitch.PROPERTY, "true");
        assertThat(sharing.isOn()).isTrue();
    }
}
