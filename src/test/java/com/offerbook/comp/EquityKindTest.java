package com.offerbook.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquityKindTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "GSUs, PUBLIC_RSU",
        "gsu, PUBLIC_RSU",
        "PPUs, PROFIT_UNITS",
        "Profit Participation Units, PROFIT_UNITS",
        "ISOs, OPTIONS",
        "NSOs, OPTIONS",
        "stock  options, OPTIONS",
        "PRIVATE_RSU, PRIVATE_RSU",
        "RSUs (public company), PUBLIC_RSU",
        "No equity, NONE",
    })
    void the_names_companies_use_are_read_as_the_kinds_that_exist(String name, EquityKind kind) {
        assertThat(EquityKind.fromName(name, Optional.empty())).contains(kind);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"RSUs", "restricted stock units"})
    void plain_rsus_are_public_or_private_by_the_company_and_not_guessed(String name) {
        assertThat(EquityKind.fromName(name, Optional.of(true))).contains(EquityKind.PUBLIC_RSU);
        assertThat(EquityKind.fromName(name, Optional.of(false))).contains(EquityKind.PRIVATE_RSU);
        assertThat(EquityKind.fromName(name, Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"shares of joy", "''"})
    void an_unknown_name_is_no_kind(String name) {
        assertThat(EquityKind.fromName(name, Optional.of(true))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PUBLIC_RSU, GSUs", "PROFIT_UNITS, PPUs", "OPTIONS, ISOs"})
    void each_kind_names_what_companies_call_it(EquityKind kind, String name) {
        assertThat(kind.alsoCalled()).contains(name);
    }
}
