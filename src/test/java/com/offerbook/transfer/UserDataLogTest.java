package com.offerbook.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.journal.Entry;
import com.offerbook.journal.EntryDraft;
import com.offerbook.journal.EntryKind;
import com.offerbook.journal.JournalService;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The negotiation log in the data file (issue 14): exported, imported, checked before anything is saved. */
@DatabaseTest
class UserDataLogTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Autowired
    UserDataService data;

    @Autowired
    OfferService offers;

    @Autowired
    JournalService journal;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Alice's account: two offers, a log on each, text with markup, line breaks and separators. */
    private String aliceWithALog() {
        TestUsers.signInAs(accounts, "alice-log");
        long first = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        long second = offers.create(
                OfferFixtures.details("<b>Initech</b>", "GBP"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 150_000, 0));
        journal.add(
                second,
                new EntryDraft(
                        DAY, EntryKind.RECRUITER_CALL, "Sam, recruiter", "First call; <i>nice</i>", false, null));
        journal.add(
                first,
                new EntryDraft(
                        DAY,
                        EntryKind.VERBAL_PROMISE,
                        "Jo; hiring manager",
                        "Sign-on of 50k\nif we sign by Friday, \"promised\"",
                        false,
                        DAY.plusDays(3)));
        journal.add(
                first, new EntryDraft(DAY.minusDays(1), EntryKind.WRITTEN_OFFER, "", "The letter came", true, null));
        return json();
    }

    private String json() {
        var out = new ByteArrayOutputStream();
        data.writeJson(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private UserData read(String json) {
        return data.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> described(List<Entry> entries, OfferService offers) {
        return entries.stream()
                .map(e -> offers.get(e.offerId()).details().company() + " " + e.draft())
                .toList();
    }

    @Test
    void log_entries_are_exported_and_imported_with_the_rest_of_the_data_unchanged() {
        var aliceJson = aliceWithALog();
        var aliceEntries = described(journal.all(), offers);

        TestUsers.signInAs(accounts, "bob-log");
        data.importInto(read(aliceJson));

        assertThat(json()).isEqualTo(aliceJson);
        assertThat(described(journal.all(), offers)).isEqualTo(aliceEntries).hasSize(3);
        assertThat(aliceJson).contains("\"log\"", "VERBAL_PROMISE", "Sign-on of 50k\\nif we sign by Friday");
    }

    @Test
    void a_file_written_before_the_log_still_imports_with_an_empty_log() {
        var tree = (ObjectNode) JsonMapper.builder().build().readTree(aliceWithALog());
        tree.remove("log");

        TestUsers.signInAs(accounts, "carol-log");
        var file = read(tree.toString());
        data.importInto(file);

        assertThat(file.log()).isEmpty();
        assertThat(offers.count()).isEqualTo(2);
        assertThat(journal.all()).isEmpty();
    }

    @Test
    void broken_log_entries_are_refused_naming_them_and_nothing_is_saved() {
        var file = read(aliceWithALog());
        var good = file.log().getFirst();
        var g = good.entry();
        var broken = new ArrayList<Map.Entry<String, UserData>>();
        add(broken, "log[0].offer", file.withLog(List.of(new UserData.LogEntry(2, g))));
        add(broken, "log[0].offer", file.withLog(List.of(new UserData.LogEntry(-1, g))));
        add(
                broken,
                "log[0].entry.said",
                file.withLog(List.of(new UserData.LogEntry(
                        0,
                        new EntryDraft(
                                g.date(), g.kind(), g.who(), "x".repeat(Limits.LOG_TEXT_MAX + 1), false, null)))));
        add(
                broken,
                "log[0].entry.who",
                file.withLog(List.of(new UserData.LogEntry(
                        0, new EntryDraft(g.date(), g.kind(), "Sam\u0007", g.said(), false, null)))));
        add(
                broken,
                "log[1].entry.followUp",
                file.withLog(List.of(
                        good,
                        new UserData.LogEntry(
                                0,
                                new EntryDraft(
                                        g.date(),
                                        g.kind(),
                                        g.who(),
                                        g.said(),
                                        false,
                                        g.date().minusDays(1))))));
        add(
                broken,
                "log[0].entry.date",
                file.withLog(List.of(new UserData.LogEntry(
                        0, new EntryDraft(LocalDate.of(20266, 1, 1), g.kind(), g.who(), g.said(), false, null)))));
        add(
                broken,
                "log[0].entry.said",
                file.withLog(List.of(
                        new UserData.LogEntry(0, new EntryDraft(g.date(), g.kind(), g.who(), " ", false, null)))));

        TestUsers.signInAs(accounts, "dave-log");
        broken.forEach(b -> assertThatThrownBy(() -> data.importInto(b.getValue()))
                .as(b.getKey())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey(b.getKey())));
        assertThat(offers.count()).isZero();
        assertThat(journal.all()).isEmpty();
    }

    private static void add(List<Map.Entry<String, UserData>> broken, String entry, UserData file) {
        broken.add(Map.entry(entry, file));
    }

    @Test
    void too_many_log_entries_are_refused_with_the_limit() {
        var file = read(aliceWithALog());
        var many = java.util.Collections.nCopies(
                Limits.IMPORT_MAX_LOG_ENTRIES + 1, file.log().getFirst());

        TestUsers.signInAs(accounts, "erin-log");
        assertThatThrownBy(() -> data.importInto(file.withLog(many)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("log"))
                                .contains("%,d".formatted(Limits.IMPORT_MAX_LOG_ENTRIES)));
        assertThat(offers.count()).isZero();
    }

    @Test
    void an_unknown_kind_or_a_malformed_date_in_the_file_is_refused_in_our_words() {
        var json = aliceWithALog();

        var unknownKind = json.replaceFirst("\"RECRUITER_CALL\"", "\"LUNCH\"");
        var badDate = json.replaceFirst("\"2026-11-30\"", "\"2026-13-45\"");

        assertThatThrownBy(() -> read(unknownKind))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("log[", "kind", "Write one of", "VERBAL_PROMISE"));
        assertThatThrownBy(() -> read(badDate))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("log[", "date"));
    }
}
