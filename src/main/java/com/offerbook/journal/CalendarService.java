package com.offerbook.journal;

import com.offerbook.accounts.AccountService;
import com.offerbook.base.SecretTokens;
import com.offerbook.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Add to calendar" (.ics of one deadline or follow-up) and each user's private calendar feed: a secret address
 * (base.SecretTokens, kept only as its hash) that lists all of the user's deadlines and follow-ups, made anew or
 * turned off by the user at any time. The feed answers empty, the same way, for a token that is malformed, unknown,
 * replaced, turned off, or whose account is locked or gone.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    /** Where the feed is served; the token and ".ics" follow. */
    public static final String FEED_PATH = "/calendar/";

    /** Where the signed-in user downloads one offer's deadline as .ics (CalendarDownloads), relative to the app. */
    public static String deadlineDownload(long offerId) {
        return "ics/deadline/" + offerId;
    }

    /** Where the signed-in user downloads one log entry's follow-up as .ics (CalendarDownloads), relative to the app. */
    public static String followUpDownload(long entryId) {
        return "ics/follow-up/" + entryId;
    }

    private final CalendarFeedRepository feeds;
    private final JournalService journal;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarService(
            CalendarFeedRepository feeds,
            JournalService journal,
            AccountService accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.feeds = feeds;
        this.journal = journal;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The .ics of one offer's deadline; not found when the offer is not the user's or has no open deadline. */
    public byte[] deadlineIcs(long offerId) {
        return bytes(List.of(journal.deadline(offerId)));
    }

    /** The .ics of one log entry's follow-up; not found when the entry is not the user's or has no follow-up. */
    public byte[] followUpIcs(long entryId) {
        return bytes(List.of(journal.followUp(entryId)));
    }

    private byte[] bytes(List<CalendarItem> items) {
        return Ics.write(items, clock.instant()).getBytes(StandardCharsets.UTF_8);
    }

    /** When the user's current feed address was made; empty while the feed is off. */
    public Optional<Instant> feedMadeAt() {
        return feeds.findById(currentUser.id()).map(CalendarFeed::getCreatedAt);
    }

    /**
     * Makes a new feed address and returns its token (shown once: only its hash is kept). An earlier address stops
     * working at once.
     */
    @Transactional
    public String newFeed() {
        long owner = currentUser.id();
        feeds.findById(owner).ifPresent(old -> {
            feeds.delete(old);
            feeds.flush();
        });
        var token = SecretTokens.generate();
        feeds.save(new CalendarFeed(owner, SecretTokens.hash(token), clock.instant()));
        return token;
    }

    /** Turns the feed off: its address answers "not found" from now on. */
    @Transactional
    public void turnOffFeed() {
        feeds.findById(currentUser.id()).ifPresent(feeds::delete);
    }

    /**
     * The calendar of the feed with this token, or empty for any token that opens nothing. Needs no sign-in: the
     * token is the key, and the calendar is read as its owner through the same checks as every page, in this
     * read-only transaction ({@link CurrentUser#readingAs}: on this thread only, and nothing can be written meanwhile).
     */
    public Optional<byte[]> feed(String token) {
        if (!SecretTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(SecretTokens.hash(token))
                .flatMap(feed -> accounts.findActive(feed.getOwnerId()))
                .map(owner -> currentUser.readingAs(owner.id(), () -> bytes(journal.calendar())));
    }
}
