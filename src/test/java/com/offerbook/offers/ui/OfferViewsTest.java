package com.offerbook.offers.ui;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.counter;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.base.ui.Tables;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.EquityKind;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class OfferViewsTest extends BrowserlessTestBase {

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

    @Test
    void new_user_sees_an_explanation_instead_of_an_empty_grid() {
        var view = navigate(OffersView.class);

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void offers_grid_lists_the_users_offers_with_recurring_totals_and_filters_them() {
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 265_000, 425_000));
        offers.create(OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));

        var view = navigate(OffersView.class);
        var grid = test(view.grid);

        assertThat(view.emptyState.isVisible()).isFalse();
        assertThat(grid.size()).isEqualTo(2);
        int recurring = grid.getColumnPosition("recurring");
        assertThat(IntStream.range(0, 2).mapToObj(row -> grid.getCellText(row, recurring)))
                .containsExactlyInAnyOrder("$371,250", "$550,000");

        test(view.status).selectItem(OfferStatus.NEGOTIATING.label());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).company()).isEqualTo("Anthropic");

        view.status.clear();
        test(view.search).setValue("openai");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).company()).isEqualTo("OpenAI");
    }

    @Test
    void bad_input_in_the_new_offer_form_is_shown_on_the_fields_and_nothing_is_saved() {
        var view = navigate(NewOfferView.class);

        test(view.details.company).setValue("Anthropic");
        test(view.details.roleTitle).setValue("ML/AI Engineer");
        test(view.firstPackage.baseSalary).setValue("three hundred thousand");
        test(view.save).click();

        assertThat(view.firstPackage.baseSalary.isInvalid()).isTrue();
        assertThat(view.firstPackage.baseSalary.getErrorMessage()).contains("Enter a number");

        test(view.firstPackage.baseSalary).setValue("-5");
        test(view.save).click();
        assertThat(view.firstPackage.baseSalary.getErrorMessage()).contains("negative");

        test(view.firstPackage.baseSalary).setValue("250000000");
        test(view.firstPackage.equityKind).selectItem("RSUs (public company)");
        test(view.firstPackage.equityGrant).setValue("400k");
        test(view.firstPackage.vestingPercents).setValue("25/25/25");
        test(view.save).click();

        assertThat(view.firstPackage.baseSalary.getErrorMessage()).contains("extra zero");
        assertThat(view.firstPackage.vestingPercents.isInvalid()).isTrue();
        assertThat(view.firstPackage.vestingPercents.getErrorMessage()).contains("75");
        assertThat(offers.count()).isZero();
        assertThat(getCurrentView()).isInstanceOf(NewOfferView.class);
    }

    @Test
    void saving_a_new_offer_opens_its_page_with_the_headline_figures() {
        var view = navigate(NewOfferView.class);

        test(view.details.company).setValue("Anthropic");
        test(view.details.roleTitle).setValue("ML/AI Engineer");
        test(view.firstPackage.baseSalary).setValue("$330,000");
        test(view.firstPackage.equityKind).selectItem("RSUs (private company)");
        test(view.firstPackage.equityGrant).setValue("725k");
        test(view.firstPackage.signingBonus).setValue("80000");
        test(view.save).click();

        // Nothing is assumed: with equity the cliff must be chosen, with a signing bonus its clawback.
        assertThat(getCurrentView()).isInstanceOf(NewOfferView.class);
        assertThat(view.firstPackage.cliffMonths.getErrorMessage()).contains("cliff");
        assertThat(view.firstPackage.clawbackMonths.getErrorMessage()).contains("repayable");
        assertThat(offers.count()).isZero();

        test(view.firstPackage.cliffMonths).setValue(12);
        test(view.firstPackage.clawbackMonths).setValue(12);
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(OfferView.class);
        assertThat($(FigureCard.class).id("recurring").value.getText()).isEqualTo("$511,250");
        assertThat($(FigureCard.class).id("year-one").value.getText()).isEqualTo("$591,250");
        assertThat($(FigureCard.class).id("four-year-average").value.getText()).isEqualTo("$531,250");
        assertThat(offers.list(OfferFilter.none(), PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void a_signing_bonus_paid_in_year_one_and_year_two_counts_each_payment_in_its_year() {
        var view = navigate(NewOfferView.class);

        test(view.details.company).setValue("Amazon");
        test(view.details.roleTitle).setValue("Applied Scientist");
        test(view.firstPackage.baseSalary).setValue("200,000");
        test(view.firstPackage.signingBonus).setValue("60,000");
        test(view.firstPackage.clawbackMonths).setValue(12);
        test($(TextField.class).id("signing-year-2")).setValue("40,000");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(OfferView.class);
        assertThat($(FigureCard.class).id("recurring").value.getText()).isEqualTo("$200,000");
        assertThat($(FigureCard.class).id("year-one").value.getText()).isEqualTo("$260,000");
        // (4 × 200,000 + 60,000 + 40,000) / 4
        assertThat($(FigureCard.class).id("four-year-average").value.getText()).isEqualTo("$225,000");
    }

    @Test
    void a_later_signing_payment_that_cannot_be_read_is_shown_at_the_field_and_nothing_is_saved() {
        var view = navigate(NewOfferView.class);

        test(view.details.company).setValue("Amazon");
        test(view.details.roleTitle).setValue("Applied Scientist");
        test(view.firstPackage.baseSalary).setValue("200,000");
        test($(TextField.class).id("signing-year-2")).setValue("forty");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(NewOfferView.class);
        assertThat(view.firstPackage.laterSigningPayments.isInvalid()).isTrue();
        assertThat(view.firstPackage.laterSigningPayments.getErrorMessage()).startsWith("Year 2:");
        assertThat(offers.count()).isZero();
    }

    @Test
    void offer_page_shows_the_timeline_with_the_change_of_each_revision() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        offers.addRevision(id, counter());

        var view = navigate("offers/" + id, OfferView.class);

        var changes =
                shown($(Div.class).id("revision-2")).select(".changes .badge").eachText();
        assertThat(changes).contains("Base salary +$15,000", "Equity grant \u2212$25,000", "Signing bonus +$80,000");
        assertThat(Tables.headers(view.years))
                .containsExactly("Year", "Base", "Bonus", "Equity vesting", "One-time", "Total");
        assertThat(Tables.bodyRows(view.years)).isEqualTo(4);
        assertThat(Tables.cell(view.years, 0, 5)).isEqualTo("$591,250");
    }

    @Test
    void a_revision_note_with_markup_is_shown_as_the_text_typed() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var typed = "<img src=x onerror=alert(1)> & \"50%\" <b>more</b>\nsecond line";
        offers.addRevision(id, counter().withKind(RevisionKind.COUNTER, LocalDate.of(2026, 11, 6), typed));

        navigate("offers/" + id, OfferView.class);

        var card = shown($(Div.class).id("revision-2"));
        assertThat(card.select("img, b")).as("no element from the note").isEmpty();
        assertThat(card.select("p.notes").getFirst().wholeText()).isEqualTo(typed);
        assertThat(card.select(".revision-what").text()).isEqualTo("My counter Nov 6, 2026");
    }

    @Test
    void a_long_history_shows_the_newest_revisions_and_the_earlier_ones_on_request() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 750_000));
        for (int i = 1; i <= OfferView.REVISIONS_SHOWN + 1; i++) {
            offers.addRevision(id, revision(RevisionKind.REVISED_OFFER, 300_000 + i * 1_000, 750_000));
        }
        int revisions = OfferView.REVISIONS_SHOWN + 2;

        navigate("offers/" + id, OfferView.class);

        assertThat($(Div.class).withClassName("revision").all()).hasSize(OfferView.REVISIONS_SHOWN);
        assertThat($(Div.class).withId("revision-" + revisions).exists()).isTrue();
        assertThat($(Div.class).withId("revision-1").exists()).isFalse();
        var more = $(Button.class).id("show-earlier-revisions");
        assertThat(more.getText()).isEqualTo("Show the 2 earlier revisions");

        test(more).click();

        assertThat($(Div.class).withClassName("revision").all()).hasSize(revisions);
        assertThat(shown($(Div.class).id("revision-1")).text()).contains("Company offer", "Recurring");
        assertThat($(Button.class).withId("show-earlier-revisions").exists()).isFalse();
    }

    @Test
    void add_revision_starts_from_the_latest_values_and_records_a_new_one() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));

        var view = navigate("offers/" + id + "/revisions/new", NewRevisionView.class);
        assertThat(view.form.baseSalary.getValue()).isEqualTo("315,000");
        assertThat(view.form.kind.getValue()).isEqualTo(RevisionKind.COUNTER);

        test(view.form.baseSalary).setValue("330000");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(OfferView.class);
        assertThat(offers.get(id).revisions()).hasSize(2);
        assertThat(offers.get(id).revisions().getFirst().draft().baseSalary()).isEqualByComparingTo("315000");
    }

    @Test
    void a_strike_price_hidden_by_switching_to_rsus_is_not_saved_and_liquid_equity_gets_no_discount() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var view = navigate("offers/" + id + "/revisions/new", NewRevisionView.class);

        test(view.form.equityKind).selectItem("Stock options");
        test(view.form.strikePrice).setValue("12.50");
        test(view.form.liquidityDiscountPercent).setValue("30");
        test(view.form.equityKind).selectItem("RSUs (public company)");
        assertThat(view.form.strikePrice.isVisible()).isFalse();
        test(view.save).click();

        var latest = offers.get(id).latest().draft();
        assertThat(latest.equityKind()).isEqualTo(EquityKind.PUBLIC_RSU);
        assertThat(latest.strikePrice()).isNull();
        assertThat(latest.liquidityDiscountPercent()).isZero();
    }

    @Test
    void the_edit_and_new_revision_pages_are_headed_by_the_offers_label() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));

        assertThat(navigate("offers/" + id + "/edit", EditOfferView.class).title.getText())
                .isEqualTo("Anthropic · ML/AI Engineer");
        assertThat(navigate("offers/" + id + "/revisions/new", NewRevisionView.class)
                        .title
                        .getText())
                .isEqualTo("New revision · Anthropic · ML/AI Engineer");
    }

    @Test
    void editing_an_offer_changed_meanwhile_in_another_tab_tells_the_user_and_keeps_the_other_change() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var view = navigate("offers/" + id + "/edit", EditOfferView.class);

        var other = offers.get(id);
        var changedElsewhere = new OfferDraft(
                "Anthropic PBC",
                other.details().roleTitle(),
                other.details().roleFamily(),
                other.details().levelLabel(),
                other.details().location(),
                other.details().region(),
                other.details().currency(),
                other.details().status(),
                other.details().deadline(),
                "");
        offers.update(id, other.version(), changedElsewhere);

        test(view.details.notes).setValue("my change");
        test(view.save).click();

        assertThat(test($(Notification.class).last()).getText()).contains("changed meanwhile");
        assertThat(offers.get(id).details().company()).isEqualTo("Anthropic PBC");
        assertThat(offers.get(id).details().notes()).isEmpty();
    }

    @Test
    void deleting_an_offer_asks_first_then_removes_it() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        navigate("offers/" + id, OfferView.class);

        test($(Button.class).id("delete-offer")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(offers.count()).isZero();
        assertThat(getCurrentView()).isInstanceOf(OffersView.class);
    }

    @Test
    void another_users_offer_id_in_the_address_shows_not_found() {
        TestUsers.signInAs(accounts, "bob");
        long bobsOffer = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        TestUsers.signInAs(accounts, "alice");

        navigate("offers/" + bobsOffer, Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        navigate("offers/" + bobsOffer + "/edit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        navigate("offers/" + bobsOffer + "/revisions/new", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void offer_page_places_the_offer_in_its_band_converting_to_the_bands_currency_with_the_rate_shown() {
        var london = new OfferDraft(
                "Anthropic",
                "ML/AI Engineer",
                "ML/AI Engineer",
                "",
                "London",
                "London",
                "USD",
                OfferStatus.OFFER_RECEIVED,
                null,
                "");
        long id = offers.create(london, revision(RevisionKind.COMPANY_OFFER, 254_000, 508_000));

        navigate("offers/" + id, OfferView.class);

        assertThat($(Anchor.class).id("matched-band").getText()).contains("London");
        assertThat($(Paragraph.class).id("conversion").getText()).contains("1 USD = 0.7874 GBP");
        var positions = $(NativeTable.class).id("band-positions");
        assertThat(Tables.cell(positions, 0, 0)).isEqualTo("Base salary");
        assertThat(Tables.cell(positions, 0, 1)).isEqualTo("£200,000");
        assertThat(Tables.cell(positions, 0, 3)).isEqualTo(BandPosition.Zone.BELOW.label());
        assertThat(Tables.cell(positions, 0, 5)).isEqualTo("+£55,000");
        // Outside the range the position reads as money, not as a percentage below 0.
        assertThat(Tables.cell(positions, 0, 4)).isEqualTo("£1,000 below the bottom of the band");
    }

    @Test
    void notes_with_markup_are_shown_as_plain_text() {
        var draft = anthropic();
        var withScript = new OfferDraft(
                "<b>Acme</b>",
                draft.roleTitle(),
                draft.roleFamily(),
                draft.levelLabel(),
                draft.location(),
                draft.region(),
                draft.currency(),
                draft.status(),
                draft.deadline(),
                "<script>alert(1)</script>");
        long id = offers.create(withScript, revision(RevisionKind.COMPANY_OFFER, 100_000, 0));

        navigate("offers/" + id, OfferView.class);

        var name = $(H2.class).id("offer-company");
        assertThat(name.getText()).isEqualTo("<b>Acme</b>");
        assertThat(name.getElement().getChildCount()).isEqualTo(1);
        assertThat(name.getElement().getChild(0).isTextNode()).isTrue();
        assertThat($(Paragraph.class).id("offer-notes").getText()).isEqualTo("<script>alert(1)</script>");
    }

    /** The static markup inside a part of the page, as the browser draws it. */
    private static Document shown(Component part) {
        var markup = new StringBuilder();
        collectMarkup(part, markup);
        return Jsoup.parseBodyFragment(markup.toString());
    }

    private static void collectMarkup(Component component, StringBuilder markup) {
        var root = component.getElement();
        if (root.hasProperty("innerHTML")) { // its root element with its classes, then what it holds
            markup.append('<')
                    .append(root.getTag())
                    .append(" class=\"")
                    .append(String.join(" ", root.getClassList()))
                    .append("\">")
                    .append(root.getProperty("innerHTML", ""))
                    .append("</")
                    .append(root.getTag())
                    .append('>');
        }
        component.getChildren().forEach(child -> collectMarkup(child, markup));
    }
}
