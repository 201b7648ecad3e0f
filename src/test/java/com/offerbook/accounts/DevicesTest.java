package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevicesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0|Edge on Windows",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15|Safari on macOS",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36|Chrome on Android",
                "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0|Firefox on Linux",
                "curl/8.5.0|Unknown browser",
            })
    void a_user_agent_reads_as_browser_on_system(String userAgent, String expected) {
        assertThat(Devices.describe(userAgent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '"})
    void no_user_agent_is_an_unknown_browser(String userAgent) {
        assertThat(Devices.describe(userAgent)).isEqualTo("Unknown browser");
        assertThat(Devices.describe(null)).isEqualTo("Unknown browser");
    }
}
