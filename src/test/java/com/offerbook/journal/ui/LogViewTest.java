package com.offerbook.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.Texts;
import com.offerbook.base.ui.Markup;
import com.offerbook.journal.EntryDraft;
import com.offerbook.journal.EntryKind;
import com.offerbook.journal.JournalService;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class LogViewTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    JournalService journal;

    @Autowired
    AccountService accounts;

    long offerId;
    String company;

    @BeforeEach
    void offer() {
        if (accounts.findByUsername("alice").isEmpty()) {
            accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
        company = "Logco " + System.nanoTime();
        var d = OfferFixtures.details(company, "USD");
        offerId = offers.create(
                new OfferDraft(
                        company,
                        d.roleTitle(),
                        d.roleFamily(),
                        d.levelLabel(),
                        d.location(),
                        d.region(),
                        d.currency(),
                        OfferStatus.NEGOTIATING,
                        null,
                        ""),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 400_000));
    }

    private LogView addPromise(String said, LocalDate followUp) {
        var view = navigate("offers/" + offerId + "/log", LogView.class);
        test(view.add).click();
        view.kind.setValue(EntryKind.VERBAL_PROMISE);
        view.who.setValue("Sam, recruiter");
        view.said.setValue(said);
        view.followUp.setValue(followUp);
        view.save.click(); // the dialog is attached on the next round trip; the click runs the same listener
        return view;
    }

    @Test
    void a_verbal_promise_is_shown_as_text_under_not_yet_in_writing_and_on_the_dashboards_due_list() {
        var view = addPromise("<b>Sign-on</b> 20k", journal.today().plusDays(2));

        assertThat(view.dialog.isOpened()).isFalse();
        var timeline = view.timeline.getElement().getTextRecursively();
        assertThat(timeline).contains("<b>Sign-on</b> 20k", "Verbal promise", "Not in writing", "Revision 1");

        view.onlyUnwritten.setValue(true);
        var filtered = view.timeline.getElement().getTextRecursively();
        assertThat(filtered).contains("<b>Sign-on</b> 20k").doesNotContain("Revision 1");

        navigate("", Component.class);
        assertThat(String.join("\n", dueLines())).contains("A follow-up with " + company + " is due");
    }

    @Test
    void a_written_entry_leaves_the_not_yet_in_writing_filter_after_an_edit() {
        var view = addPromise("Remote on Fridays", journal.today().plusDays(1));
        var entry = journal.entries(offerId).getFirst();

        view.open(entry);
        view.inWriting.setValue(true);
        view.save.click(); // the dialog is attached on the next round trip; the click runs the same listener
        view.onlyUnwritten.setValue(true);

        assertThat(journal.entries(offerId).getFirst().draft().inWriting()).isTrue();
        assertThat(view.timeline.getElement().getTextRecursively())
                .contains("No promise is waiting to be put in writing.");
    }

    @Test
    void control_characters_are_refused_at_the_field_and_nothing_is_saved() {
        var view = addPromise("bell\u0007", journal.today());

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.said.isInvalid()).isTrue();
        assertThat(view.said.getErrorMessage()).isEqualTo(Texts.CONTROL_CHARACTERS);
        assertThat(journal.entries(offerId)).isEmpty();
    }

    @Test
    void an_overdue_follow_up_is_marked_on_the_dashboard() {
        var view = navigate("offers/" + offerId + "/log", LogView.class);
        journal.add(
                offerId,
                new com.offerbook.journal.EntryDraft(
                        journal.today().minusDays(3),
                        EntryKind.RECRUITER_CALL,
                        "Sam",
                        "Said they would call back",
                        false,
                        journal.today().minusDays(1)));
        assertThat(view).isNotNull();

        navigate("", Component.class);
        var due = String.join("\n", dueLines());
        assertThat(due).contains("Overdue", "A follow-up with " + company + " is due");
    }

    @Test
    void a_busy_week_shows_the_soonest_eight_and_the_rest_on_request() {
        navigate("offers/" + offerId + "/log", LogView.class);
        for (int day = 0; day < 11; day++) {
            journal.add(
                    offerId,
                    new EntryDraft(
                            journal.today(),
                            EntryKind.EMAIL,
                            "Sam",
                            "Call " + day,
                            false,
                            journal.today().plusDays(day % 7)));
        }

        navigate("", Component.class);
        assertThat(dueLines()).hasSize(8).allSatisfy(line -> assertThat(line).contains("Add to calendar"));
        var more = $(Button.class).id("due-more");
        assertThat(more.getText()).isEqualTo("Show 3 more");

        test(more).click();

        assertThat(dueLines()).hasSize(11);
        assertThat($(Button.class).withId("due-more").exists()).isFalse();
    }

    /** The dashboard's due lines as the browser shows them. */
    private List<String> dueLines() {
        return Jsoup.parse(Markup.of($(UnorderedList.class).id("due-list")))
                .select("li")
                .eachText();
    }
}
