package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.Preferences;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.comp.AmountText;
import com.offerbook.comp.Money;
import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The "Number format" preference: remembered per user, and the locale of every field, figure and date of a UI. */
@WithMockUser(username = "nina")
class NumberFormatPreferenceTest extends BrowserlessTestBase {

    private static final Locale GERMAN = Locale.forLanguageTag("de-DE");

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    NumberFormatSetup setup;

    @BeforeEach
    void ninaHasAnAccount() {
        if (accounts.findByUsername("nina").isEmpty()) {
            accounts.register(new SignupRequest("nina", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    @Test
    void a_new_user_reads_amounts_as_their_browser_does() {
        assertThat(currentUser.preferences().numberLocale()).isEmpty();
    }

    @Test
    void the_chosen_number_format_is_remembered_with_the_other_preferences_and_sets_the_uis_locale() {
        currentUser.savePreferences(
                currentUser.preferences().withDarkTheme(true).withNumberFormat(GERMAN));

        assertThat(currentUser.preferences())
                .isEqualTo(new Preferences("USD", true, "de-DE"))
                .extracting(p -> p.numberLocale().orElseThrow())
                .isEqualTo(GERMAN);
        setup.apply(UI.getCurrent());
        assertThat(UI.getCurrent().getLocale()).isEqualTo(GERMAN);
        assertThat(AmountConverter.write(new BigDecimal("249600"))).isEqualTo("249.600");
        assertThat(Formats.money(Money.of("-30000", "GBP"))).isEqualTo("\u2212£30.000");
        // the dashboard's cards, Compare's table and the offer page's after-tax headlines
        assertThat(Formats.moneyWhole(Money.of("2657203.59", "USD"))).isEqualTo("$2.657.204");
        assertThat(Formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("05.01.2026");
        assertThat(Formats.percent(new BigDecimal("-21.4286"))).isEqualTo("\u221221,43 %");
    }

    @Test
    void the_display_settings_offer_the_browsers_format_and_every_supported_one_each_with_an_example() {
        var dialog = new DisplaySettings(currentUser);

        assertThat(dialog.numberFormat.getListDataView().getItems().map(DisplaySettings::label))
                .hasSize(AmountText.SUPPORTED.size() + 1)
                .contains(
                        "As my browser · 249,600.5",
                        "Deutsch (Schweiz) · 249\u2019600.5",
                        "Deutsch (Deutschland) · 249.600,5");
        assertThat(dialog.numberFormat.getValue()).isEmpty();
        assertThat(dialog.currency.getValue()).isEqualTo("USD");
    }

    @Test
    void saving_the_display_settings_remembers_both_choices_and_nothing_of_the_dialog_stays_on_the_page() {
        navigate("", Component.class);
        new UserMenuTester($(UserMenu.class).single()).choose("open-display-settings");
        var dialog = $(DisplaySettings.class).single();
        test(dialog.currency).selectItem("EUR");
        dialog.numberFormat.setValue(Optional.of(GERMAN));

        test(dialog.save).click();

        assertThat(currentUser.preferences().displayCurrency()).isEqualTo("EUR");
        assertThat(currentUser.preferences().numberLocale()).contains(GERMAN);
        assertThat($(DisplaySettings.class).exists()).isFalse();
    }

    @Test
    void an_unknown_number_format_is_refused() {
        assertThatThrownBy(() -> new Preferences("USD", false, "en-IN")).isInstanceOf(IllegalArgumentException.class);
    }
}
