package com.offerbook.sharing.ui;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.details;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.SecretTokens;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import com.offerbook.sharing.ShareTarget;
import com.offerbook.sharing.SharingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The share dialog, the shared-links page and the page a link opens (issue 14). */
@WithMockUser(username = "alice")
class SharingViewsTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    SharingService sharing;

    @BeforeEach
    void alice() {
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_share_dialog_makes_a_link_for_seven_days_unless_changed_and_shows_it_once_with_a_copy_button() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));

        UI.getCurrent().navigate("shared", QueryParameters.fromString("offer=" + id));
        var dialog = $(ShareDialog.class).single();
        assertThat(dialog.days.getValue()).isEqualTo(7);
        assertThat(dialog.url.isVisible()).isFalse();
        assertThat(dialog.copy.isVisible()).isFalse();
        test(dialog.create).click();

        assertThat(dialog.url.isVisible()).isTrue();
        assertThat(dialog.url.getValue()).matches("/s/[A-Za-z0-9_-]{43}");
        assertThat(dialog.copy.isVisible()).isTrue();
        assertThat(dialog.create.isVisible()).as("one link per dialog").isFalse();
        var token = dialog.url.getValue().substring("/s/".length());
        assertThat(sharing.open(token)).isPresent();

        var view = (SharedLinksView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(1);
        var link = test(view.grid).getRow(0);
        assertThat(link.label()).isEqualTo("Anthropic · ML/AI Engineer");
        assertThat(Duration.between(link.createdAt(), link.expiresAt()).toDays())
                .isEqualTo(7);

        test(dialog).close();
        assertThat($(ShareDialog.class).all()).isEmpty();
        UI.getCurrent().navigate("shared");
        assertThat($(ShareDialog.class).all())
                .as("the address no longer offers it again")
                .isEmpty();
    }

    @Test
    void the_dialog_refuses_less_than_one_day_or_more_than_thirty_and_makes_no_link() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        UI.getCurrent().navigate("shared", QueryParameters.fromString("offer=" + id));
        var dialog = $(ShareDialog.class).single();

        for (int days : List.of(0, 31)) {
            dialog.days.setValue(days);
            test(dialog.create).click();
            assertThat(dialog.days.isInvalid()).as(days + " days").isTrue();
            assertThat(dialog.url.isVisible()).isFalse();
        }
        dialog.days.setValue(30);
        test(dialog.create).click();
        assertThat(dialog.url.isVisible()).isTrue();
        assertThat(test(((SharedLinksView) getCurrentView()).grid).size()).isEqualTo(1);
    }

    @Test
    void revoke_ends_a_link_at_once_and_the_page_then_answers_not_found_like_a_guessed_token() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.offer(id), 7);
        UI.getCurrent().navigate("shared");
        var view = (SharedLinksView) getCurrentView();
        assertThat(test(view.grid).getRow(0).state().label()).isEqualTo("Active");

        test((Button) test(view.grid).getCellComponent(0, 6)).click();

        assertThat(test(view.grid).getRow(0).state().label()).isEqualTo("Revoked");
        assertThat(((Button) test(view.grid).getCellComponent(0, 6)).isEnabled())
                .isFalse();
        var revoked = notFoundText("s/" + created.token());
        var guessed = notFoundText("s/" + SecretTokens.generate());
        var odd = notFoundText("s/not-a-token");
        assertThat(revoked).isEqualTo(guessed).isEqualTo(odd).contains("not found or has expired");
    }

    @Test
    void the_shared_page_shows_figures_tables_and_charts_as_text_and_leads_nowhere_else() {
        var draft = new OfferDraft(
                "<b>Bold</b> & Co",
                "ML/AI Engineer",
                "ML/AI Engineer",
                "Senior",
                "San Francisco, CA",
                "San Francisco Bay Area",
                "USD",
                OfferStatus.NEGOTIATING,
                null,
                "PRIVATE-NOTE");
        long id = offers.create(draft, revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.offer(id), 7);

        UI.getCurrent().navigate("s/" + created.token());

        var view = (ShareView) getCurrentView();
        assertThat($(H1.class).id("report-title").getText()).isEqualTo("<b>Bold</b> & Co · ML/AI Engineer");
        assertThat($(H1.class).id("report-title").getElement().getProperty("innerHTML"))
                .isNull();
        var text = textOf(view);
        assertThat(text).contains("$315,000", "Key figures", "Year by year", "Assumptions", "Sources");
        assertThat(text).doesNotContain("PRIVATE-NOTE");
        assertThat($(NativeTable.class).all()).isNotEmpty();
        assertThat($(Anchor.class).all())
                .as("the PDF is the one link, and it is this link's")
                .extracting(Anchor::getHref)
                .containsExactly("s/" + created.token() + "/pdf");
        assertThat(view.getPageTitle()).contains("<b>Bold</b> & Co");
    }

    @Test
    void the_offer_page_compare_and_the_dashboard_offer_share_print_and_pdf_by_address() {
        long first = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        long second = offers.create(details("Othercorp", "USD"), revision(RevisionKind.COMPANY_OFFER, 199_000, 0));

        UI.getCurrent().navigate("offers/" + first);
        assertThat($(Anchor.class).id("download-pdf").getHref()).isEqualTo("pdf/offer/" + first);
        assertThat($(Button.class).id("print").isVisible()).isTrue();
        test($(Button.class).id("share")).click();
        assertThat(getCurrentView()).isInstanceOf(SharedLinksView.class);
        assertThat($(ShareDialog.class).single().getHeaderTitle()).isEqualTo("Share this offer");

        UI.getCurrent().navigate("compare", QueryParameters.fromString("offers=" + first + "," + second));
        var pdf = $(Anchor.class).id("download-pdf").getHref();
        assertThat(pdf).matches("pdf/compare\\?offers=" + first + "(%2C|,)" + second + "&figure=[a-z0-9-]+&years=\\d+");
        test($(Button.class).id("share")).click();
        var dialog = $(ShareDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Share this comparison");
        test(dialog.create).click();
        var token = dialog.url.getValue().substring("/s/".length());
        assertThat(sharing.open(token).orElseThrow().title()).contains("Anthropic", "Othercorp");

        UI.getCurrent().navigate("");
        assertThat($(Anchor.class).id("download-pdf").getHref()).isEqualTo("pdf/dashboard");
        test($(Button.class).id("share")).click();
        assertThat($(ShareDialog.class).single().getHeaderTitle()).isEqualTo("Share your dashboard");
    }

    private String notFoundText(String address) {
        UI.getCurrent().navigate(address);
        assertThat(getCurrentView()).isInstanceOf(ShareView.class);
        return textOf((Component) getCurrentView());
    }

    private static String textOf(Component root) {
        return root.getElement().getChildren().map(e -> e.getTextRecursively()).collect(Collectors.joining(" "));
    }
}
