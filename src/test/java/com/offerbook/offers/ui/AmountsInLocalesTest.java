package com.offerbook.offers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Amount fields read and write amounts in the UI's number format, and refuse what another format reads otherwise. */
@WithMockUser(username = "alice")
class AmountsInLocalesTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void createAlice() {
        if (accounts.findByUsername("alice").isEmpty()) {
            accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    private static final Locale GERMAN = Locale.forLanguageTag("de-DE");

    @Test
    void the_test_ui_reads_english_us_amounts() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.US);
    }

    @Test
    void a_german_package_form_reads_a_point_as_the_thousands_separator_and_saves_the_amount_meant() {
        UI.getCurrent().setLocale(GERMAN);
        var view = navigate(NewOfferView.class);

        test(view.details.company).setValue("Anthropic");
        test(view.details.roleTitle).setValue("ML/AI Engineer");
        test(view.firstPackage.baseSalary).setValue("249.600");
        assertThat(view.firstPackage.draft().orElseThrow().baseSalary()).isEqualByComparingTo("249600");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(OfferView.class);
        var saved = offers.list(OfferFilter.none(), PageRequest.of(0, 5)).getContent();
        assertThat(saved)
                .singleElement()
                .satisfies(offer -> assertThat(offer.latestRecurring().amount()).isEqualByComparingTo("249600"));
    }

    @Test
    void the_new_offer_page_gives_examples_in_the_users_number_format() {
        UI.getCurrent().setLocale(GERMAN);
        navigate(NewOfferView.class);
        assertThat($(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("you can write 250000, 250.000 or 250k."))
                .noneSatisfy(text -> assertThat(text).contains("250,000"));
    }

    @Test
    void the_new_offer_page_gives_english_examples_in_english() {
        navigate(NewOfferView.class);
        assertThat($(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("you can write 250000, 250,000 or 250k."));
    }

    @Test
    void a_german_amount_field_shows_the_grouping_after_typing() {
        UI.getCurrent().setLocale(GERMAN);
        var view = navigate(NewOfferView.class);

        test(view.firstPackage.baseSalary).setValue("249600");
        test(view.firstPackage.signingBonus).setValue("12,5k");

        assertThat(view.firstPackage.baseSalary.getValue()).isEqualTo("249.600");
        assertThat(view.firstPackage.signingBonus.getValue()).isEqualTo("12.500");
        assertThat(view.firstPackage.baseSalary.isInvalid()).isFalse();
    }

    @Test
    void an_english_amount_field_shows_the_grouping_after_typing_and_when_it_reads_a_value() {
        var view = navigate(NewOfferView.class);

        test(view.firstPackage.baseSalary).setValue("249600");
        test(view.firstPackage.relocation).setValue("1.2m");

        assertThat(view.firstPackage.baseSalary.getValue()).isEqualTo("249,600");
        assertThat(view.firstPackage.relocation.getValue()).isEqualTo("1,200,000");
        view.firstPackage.setDraft(view.firstPackage.draft().orElseThrow());
        assertThat(view.firstPackage.baseSalary.getValue()).isEqualTo("249,600");
    }

    @Test
    void an_ambiguous_german_amount_is_refused_at_the_field_with_what_was_meant_and_nothing_is_saved() {
        UI.getCurrent().setLocale(GERMAN);
        var view = navigate(NewOfferView.class);

        test(view.details.company).setValue("Anthropic");
        test(view.details.roleTitle).setValue("ML/AI Engineer");
        test(view.firstPackage.baseSalary).setValue("210,000");
        test(view.save).click();

        assertThat(view.firstPackage.baseSalary.getValue()).isEqualTo("210,000");
        assertThat(view.firstPackage.baseSalary.isInvalid()).isTrue();
        assertThat(view.firstPackage.baseSalary.getErrorMessage())
                .isEqualTo("210,000 — did you mean 210.000? Amounts use . for thousands and , for decimals here");
        assertThat(getCurrentView()).isInstanceOf(NewOfferView.class);
        assertThat(offers.count()).isZero();
    }

    @Test
    void an_ambiguous_english_amount_is_refused_at_the_field_and_nothing_is_saved() {
        var view = navigate(NewOfferView.class);

        test(view.details.company).setValue("Anthropic");
        test(view.details.roleTitle).setValue("ML/AI Engineer");
        test(view.firstPackage.baseSalary).setValue("210.000");
        test(view.firstPackage.signingBonus).setValue("12,5k");
        test(view.save).click();

        assertThat(view.firstPackage.baseSalary.getErrorMessage()).startsWith("210.000 — did you mean 210,000?");
        assertThat(view.firstPackage.signingBonus.getErrorMessage()).startsWith("12,5k — did you mean 12.5k?");
        assertThat(offers.count()).isZero();
    }
}
