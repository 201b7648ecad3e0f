package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Generated;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the band search columns hold: the name in lower case, without accents, spaces collapsed. */
@ExtendWith(Generated.SeedInFailures.class)
class BandSearchTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Acme|acme",
                "Zürich Versicherung|zurich versicherung",
                "  Société   Générale |societe generale",
                "ÅNGSTRÖM Labs|angstrom labs",
                "Ｆｕｌｌｗｉｄｔｈ|fullwidth",
                "Google DeepMind|google deepmind"
            })
    void names_are_searched_in_lower_case_without_accents(String name, String searched) {
        assertThat(BandSearch.normalise(name)).isEqualTo(searched);
    }

    @Test
    void a_typed_prefix_searches_percent_and_underscore_literally() {
        assertThat(BandSearch.prefixPattern(" 100%_Ré ")).isEqualTo("100!%!_re%");
        assertThat(BandSearch.prefixPattern("Yes!")).isEqualTo("yes!!%");
        assertThat(BandSearch.prefixPattern("   ")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void normalising_twice_changes_nothing_and_never_lengthens_a_name(String name) {
        var once = BandSearch.normalise(name);
        assertThat(BandSearch.normalise(once)).isEqualTo(once);
        assertThat(once.length()).isLessThanOrEqualTo(name.length());
    }

    static Stream<Named<String>> names() {
        return Generated.inputs(random -> Generated.anyText(random, 0, 40));
    }
}
