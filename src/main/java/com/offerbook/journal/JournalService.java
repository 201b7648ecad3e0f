package com.offerbook.journal;

import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.Texts;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import com.offerbook.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation log of each offer (the user's own entries, with the offer's revisions in the same timeline) and
 * what is due soon: offer deadlines and follow-ups. Every method works on the signed-in user's data only: another
 * user's offer or entry id answers {@link NotFoundException}.
 */
@Service
@Transactional(readOnly = true)
public class JournalService {

    private final JournalEntryRepository entries;
    private final OfferService offers;
    private final CurrentUser currentUser;
    private final Clock clock;

    JournalService(JournalEntryRepository entries, OfferService offers, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.offers = offers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Today, by the application's clock (where a new entry's date starts). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The log entries of one offer, oldest first; not found when the offer is not the user's. */
    public List<Entry> entries(long offerId) {
        offers.get(offerId); // the ownership check: another user's offer is not found
        return entries.findByOwnerIdAndOfferIdOrderByDateAscIdAsc(currentUser.id(), offerId).stream()
                .map(JournalEntry::toEntry)
                .toList();
    }

    /**
     * One offer's timeline, oldest first: its log entries and its revisions, or with {@code onlyUnwrittenPromises}
     * just the verbal promises not yet in writing (no revisions, which are always on paper).
     */
    public List<TimelineItem> timeline(long offerId, boolean onlyUnwrittenPromises) {
        var offer = offers.get(offerId);
        var items = new ArrayList<TimelineItem>();
        for (var entry : entries.findByOwnerIdAndOfferIdOrderByDateAscIdAsc(currentUser.id(), offerId)) {
            var e = entry.toEntry();
            if (!onlyUnwrittenPromises || e.draft().isUnwrittenPromise()) {
                items.add(new TimelineItem(e.draft().date(), e.draft().kind().label(), e));
            }
        }
        if (!onlyUnwrittenPromises) {
            for (var revision : offer.revisions()) {
                items.add(new TimelineItem(
                        revision.draft().date(),
                        "Revision " + revision.sequenceNo() + ": "
                                + revision.draft().kind().label(),
                        null));
            }
        }
        // revisions before entries of the same day: the offer arrived, then it was talked about
        items.sort(Comparator.comparing(TimelineItem::date).thenComparing(item -> !item.isRevision()));
        return List.copyOf(items);
    }

    /** Adds an entry to an offer's log; returns its id. */
    @Transactional
    public long add(long offerId, EntryDraft draft) {
        requireValid(draft);
        offers.get(offerId);
        return entries.save(new JournalEntry(currentUser.id(), offerId, draft, Instant.now(clock)))
                .requireId();
    }

    /** Changes an entry; {@code expectedVersion} is the version the user started from (else ConcurrentEdit). */
    @Transactional
    public void update(long entryId, long expectedVersion, EntryDraft draft) {
        requireValid(draft);
        var entry = load(entryId);
        if (entry.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        entry.apply(draft);
        entries.flush();
    }

    @Transactional
    public void delete(long entryId) {
        entries.delete(load(entryId));
    }

    /** All the user's entries, by offer and date (the data export). */
    public List<Entry> all() {
        return entries.findByOwnerIdOrderByOfferIdAscDateAscIdAsc(currentUser.id()).stream()
                .map(JournalEntry::toEntry)
                .toList();
    }

    /**
     * What is due from today to {@link Limits#REMINDER_DAYS_AHEAD} days ahead (inclusive): deadlines of active
     * offers and follow-ups of log entries, soonest first; those up to {@link Limits#REMINDER_OVERDUE_DAYS} days
     * overdue come first, marked.
     */
    public List<Reminder> dueSoon() {
        return dueSoon(today());
    }

    /** {@link #dueSoon()} as seen on the given day. */
    public List<Reminder> dueSoon(LocalDate today) {
        var from = today.minusDays(Limits.REMINDER_OVERDUE_DAYS);
        var to = today.plusDays(Limits.REMINDER_DAYS_AHEAD);
        var due = new ArrayList<Reminder>();
        for (var offer : offers.withDeadlineBetween(from, to)) {
            var deadline = offer.deadline();
            if (offer.status().isActive()) {
                due.add(new Reminder(
                        Reminder.Kind.DEADLINE, offer.id(), offer.company(), deadline, null, deadline.isBefore(today)));
            }
        }
        var followUps = entries.findByOwnerIdAndFollowUpBetweenOrderByFollowUpAsc(currentUser.id(), from, to).stream()
                .map(JournalEntry::toEntry)
                .toList();
        Map<Long, OfferSummary> byId =
                offers.summaries(followUps.stream().map(Entry::offerId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(OfferSummary::id, Function.identity()));
        for (var e : followUps) {
            var offer = byId.get(e.offerId());
            var followUp = e.draft().followUp();
            if (offer != null && followUp != null) {
                due.add(new Reminder(
                        Reminder.Kind.FOLLOW_UP,
                        offer.id(),
                        offer.company(),
                        followUp,
                        e.id(),
                        followUp.isBefore(today)));
            }
        }
        due.sort(Comparator.comparing(Reminder::due)
                .thenComparing(Reminder::kind)
                .thenComparing(Reminder::company)
                .thenComparingLong(Reminder::offerId));
        return List.copyOf(due);
    }

    /**
     * Every date of the user's calendar: the deadlines of active offers and the follow-ups of log entries, soonest
     * first (the calendar feed).
     */
    public List<CalendarItem> calendar() {
        var byId = activeAndOtherOffers();
        var items = new ArrayList<CalendarItem>();
        for (var offer : byId.values()) {
            deadline(offer).ifPresent(items::add);
        }
        for (var entry : entries.findByOwnerIdOrderByOfferIdAscDateAscIdAsc(currentUser.id())) {
            var offer = byId.get(entry.getOfferId());
            if (offer != null) {
                followUp(offer, entry.toEntry()).ifPresent(items::add);
            }
        }
        items.sort(Comparator.comparing(CalendarItem::due).thenComparing(CalendarItem::kind));
        return List.copyOf(items);
    }

    /** The deadline of one of the user's active offers; not found when it has none or is not the user's. */
    public CalendarItem deadline(long offerId) {
        var offer = offers.get(offerId);
        return activeAndOtherOffers().values().stream()
                .filter(summary -> summary.id() == offer.id())
                .findFirst()
                .flatMap(JournalService::deadline)
                .orElseThrow(() -> new NotFoundException("Deadline"));
    }

    /** The follow-up of one of the user's log entries; not found when it has none or is not the user's. */
    public CalendarItem followUp(long entryId) {
        var entry = load(entryId).toEntry();
        var offer = offers.summaries(List.of(entry.offerId())).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Follow-up"));
        return followUp(offer, entry).orElseThrow(() -> new NotFoundException("Follow-up"));
    }

    private Map<Long, OfferSummary> activeAndOtherOffers() {
        return offers.list(OfferFilter.none(), PageRequest.of(0, Limits.IMPORT_MAX_OFFERS)).stream()
                .collect(Collectors.toMap(OfferSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Optional<CalendarItem> deadline(OfferSummary offer) {
        var deadline = offer.deadline();
        if (deadline == null || !offer.status().isActive()) {
            return Optional.empty();
        }
        return Optional.of(new CalendarItem(
                Reminder.Kind.DEADLINE,
                offer.id(),
                null,
                offer.company(),
                deadline,
                "The offer from " + offer.company() + " (" + offer.roleTitle() + ") asks for an answer by this day."));
    }

    private static Optional<CalendarItem> followUp(OfferSummary offer, Entry entry) {
        var d = entry.draft();
        var followUp = d.followUp();
        if (followUp == null) {
            return Optional.empty();
        }
        var details =
                d.kind().label() + " on " + d.date() + (d.who().isBlank() ? "" : " with " + d.who()) + ":\n" + d.said();
        return Optional.of(
                new CalendarItem(Reminder.Kind.FOLLOW_UP, offer.id(), entry.id(), offer.company(), followUp, details));
    }

    private JournalEntry load(long entryId) {
        return entries.findByIdAndOwnerId(entryId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("Log entry"));
    }

    /**
     * The rules of an entry; every problem at its field, nothing saved when there is one. The data import checks a
     * file's entries with the same rules before it saves anything.
     */
    public static Map<String, String> check(EntryDraft draft) {
        var problems = new LinkedHashMap<String, String>();
        year(problems, "date", draft.date());
        if (draft.followUp() != null) {
            year(problems, "followUp", draft.followUp());
        }
        text(problems, "who", draft.who(), Limits.LOG_WHO_MAX);
        if (draft.said().isBlank()) {
            problems.put("said", "Say what was said or promised");
        } else {
            text(problems, "said", draft.said(), Limits.LOG_TEXT_MAX);
        }
        var followUp = draft.followUp();
        if (followUp != null && followUp.isBefore(draft.date())) {
            problems.put("followUp", "A follow-up cannot be before the entry's date");
        }
        return problems;
    }

    private static void year(Map<String, String> problems, String field, LocalDate date) {
        if (date.getYear() < Limits.LOG_YEAR_MIN || date.getYear() > Limits.LOG_YEAR_MAX) {
            problems.put(field, "A date from " + Limits.LOG_YEAR_MIN + " to " + Limits.LOG_YEAR_MAX);
        }
    }

    private static void text(Map<String, String> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.put(field, "At most " + max + " characters");
        } else if (Texts.hasControlCharacters(value)) {
            problems.put(field, Texts.CONTROL_CHARACTERS);
        }
    }

    private static void requireValid(EntryDraft draft) {
        var problems = check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
