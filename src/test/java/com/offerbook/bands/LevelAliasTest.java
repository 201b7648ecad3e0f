package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Levels typed as people know them ("Amazon L6", "Meta E5") find the tier of the level the mapping names. */
@DatabaseTest
class LevelAliasTest {

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void signIn() {
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest(name = "{0} {1} finds the senior tier and its band")
    @CsvSource({
        "Amazon, L6",
        "Amazon, l6",
        "Amazon, L5",
        "Amazon, Senior Applied Scientist",
        "amazon, Applied Scientist III",
        "Meta, E5",
        "Meta, E6",
        "Meta, IC 5",
        "Google, l5",
    })
    void a_level_typed_as_the_company_names_it_finds_its_equivalent_tier_and_band(String company, String level) {
        var match = bands.match(new MatchCriteria(company, "ML/AI Engineer", level, "San Francisco Bay Area", null))
                .orElseThrow();

        assertThat(match.kind()).isEqualTo(BandMatch.Kind.EQUIVALENT_LEVEL);
        assertThat(match.band().draft().company()).isEqualTo("Anthropic");
        assertThat(match.equivalentLevels()).contains("Anthropic").doesNotContain(company + " " + level);
    }

    @Test
    void the_known_levels_of_a_company_are_suggested_junior_first_with_their_other_names() {
        var amazon = bands.knownLevels(" amazon ");

        assertThat(amazon)
                .extracting(KnownLevel::level)
                .containsExactly(
                        "Applied Scientist I",
                        "Applied Scientist II",
                        "Applied Scientist III",
                        "Principal Applied Scientist");
        assertThat(amazon.get(2).alsoCalled()).contains("L6", "Senior Applied Scientist");
        assertThat(amazon.get(2).company()).isEqualTo("Amazon");
        assertThat(bands.knownLevels("Meta")).extracting(KnownLevel::label).contains("IC5 (E5)");
        assertThat(bands.knownLevels("Google"))
                .extracting(KnownLevel::level)
                .containsExactly("L3", "L4", "L5", "L6", "L7");
        assertThat(bands.knownLevels("Microsoft")).hasSize(9);
        assertThat(bands.knownLevels("OpenAI")).extracting(KnownLevel::level).contains("Member of Technical Staff");
        assertThat(bands.knownLevels("Initech")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is a known level outside the senior tier")
    @CsvSource({"Amazon, L4", "Amazon, L7", "Google, L3", "Meta, E3", "Meta, IC7"})
    void a_known_level_outside_every_tier_still_finds_no_band(String company, String level) {
        assertThat(bands.match(new MatchCriteria(company, "ML/AI Engineer", level, "San Francisco Bay Area", null)))
                .isEmpty();
    }
}
