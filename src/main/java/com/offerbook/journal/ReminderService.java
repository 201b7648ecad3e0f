package com.offerbook.journal;

import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.security.CurrentUser;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail reminders the day before each deadline and follow-up (issue 14), for users who turned them on with an
 * address. A reminder says only what is due, with whom and when: "A follow-up with Acme is due on 2 December 2026",
 * never a figure and never what was said. Each is claimed before it is sent ({@link ReminderClaims}), so it goes out
 * once; when the SMTP server is down the failure is logged and a later run tries again.
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private final ReminderSettingRepository settings;
    private final ReminderClaims claims;
    private final ReminderMailer mailer;
    private final JournalService journal;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ReminderService(
            ReminderSettingRepository settings,
            ReminderClaims claims,
            ReminderMailer mailer,
            JournalService journal,
            AccountService accounts,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.settings = settings;
        this.claims = claims;
        this.mailer = mailer;
        this.journal = journal;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Whether this server has an SMTP server configured; without one no reminder is sent. */
    public boolean mailConfigured() {
        return mailer.isConfigured();
    }

    /** The signed-in user's setting; none until they save one. */
    public ReminderSettings settings() {
        return settings.findById(currentUser.id())
                .map(ReminderSetting::toRecord)
                .orElse(ReminderSettings.none());
    }

    /** Saves the signed-in user's setting; a bad address is refused at field "email" and nothing is saved. */
    @Transactional
    public void save(ReminderSettings changed) {
        if (changed.email().indexOf('\r') >= 0 || changed.email().indexOf('\n') >= 0) {
            throw new InvalidInputException(Map.of("email", "An address cannot contain a line break"));
        }
        var email = changed.email().strip();
        addressProblem(email).ifPresent(problem -> {
            throw new InvalidInputException(Map.of("email", problem));
        });
        if (changed.enabled() && email.isEmpty()) {
            throw new InvalidInputException(Map.of("email", "Give the address to send reminders to"));
        }
        long owner = currentUser.id();
        settings.findById(owner)
                .orElseGet(() -> settings.save(new ReminderSetting(owner)))
                .apply(new ReminderSettings(email, changed.enabled()));
    }

    /** Why an address cannot take reminders, or empty (an empty address is allowed: no reminders). */
    static Optional<String> addressProblem(String email) {
        if (email.isEmpty()) {
            return Optional.empty();
        }
        if (email.indexOf('\r') >= 0 || email.indexOf('\n') >= 0) {
            return Optional.of("An address cannot contain a line break");
        }
        if (email.length() > Limits.EMAIL_MAX) {
            return Optional.of("At most " + Limits.EMAIL_MAX + " characters");
        }
        try {
            var address = new InternetAddress(email, true);
            address.validate();
            if (!email.equals(address.getAddress())
                    || address.getPersonal() != null
                    || email.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == ',' || c == '"')
                    || email.indexOf('@') <= 0
                    || email.indexOf('@') != email.lastIndexOf('@')
                    || email.indexOf('.', email.indexOf('@')) < 0) {
                return Optional.of(notAnAddress());
            }
        } catch (AddressException e) {
            return Optional.of(notAnAddress());
        }
        return Optional.empty();
    }

    private static String notAnAddress() {
        return "Not an e-mail address: write it as name@example.org";
    }

    /** The subject of a reminder: what is due, with whom, when; the company as plain text on one line. */
    static String subject(CalendarItem item) {
        return oneLine(sentence(item));
    }

    static String body(CalendarItem item) {
        return sentence(item) + ".\n\nOpen Offerbook to see the offer and its negotiation log.\n\n"
                + "You get this reminder because you turned on e-mail reminders in Offerbook "
                + "(Calendar and reminders); turn them off there.\n";
    }

    private static String sentence(CalendarItem item) {
        var what = item.kind() == Reminder.Kind.DEADLINE
                ? "The deadline of the offer from " + item.company()
                : "A follow-up with " + item.company();
        return what + " is due on " + DAY.format(item.due());
    }

    /** Control characters (CR, LF, tab …) become spaces: a subject is one header line, whatever a name holds. */
    static String oneLine(String text) {
        return text.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Sends the reminders of what is due tomorrow (and again those of today and tomorrow that failed before). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // no transaction held open while mail is sent
    public int sendDue() {
        return sendDue(LocalDate.now(clock));
    }

    /**
     * As {@link #sendDue()} on {@code today}: for every user with reminders on, each deadline and follow-up due
     * tomorrow is claimed and sent; one that failed earlier is tried again, also on its day. Returns how many went
     * out. A failure is logged and left for the next run; it never stops the others.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    int sendDue(LocalDate today) {
        if (!mailer.isConfigured()) {
            return 0;
        }
        var tomorrow = today.plusDays(1);
        int sent = 0;
        for (var setting : settings.findByEnabledTrueOrderByOwnerId()) {
            var to = setting.toRecord().email();
            var account = accounts.findActive(setting.getOwnerId());
            if (to.isEmpty() || account.isEmpty()) {
                continue;
            }
            // Read as the owner in a read-only transaction of its own (nothing can be written meanwhile); the claims
            // below are written after it ends, each in its own transaction.
            var calendar = readOnly.execute(
                    status -> currentUser.readingAs(account.get().id(), journal::calendar));
            var due = (calendar == null ? List.<CalendarItem>of() : calendar)
                    .stream()
                            .filter(item ->
                                    item.due().equals(today) || item.due().equals(tomorrow))
                            .toList();
            for (var item : due) {
                long owner = setting.getOwnerId();
                if (!claims.claim(owner, item.key(), item.due(), item.due().equals(tomorrow))) {
                    continue;
                }
                try {
                    mailer.send(to, subject(item), body(item));
                    claims.sent(owner, item.key(), item.due());
                    sent++;
                } catch (RuntimeException failed) {
                    LOG.warn(
                            "E-mail reminder {} due {} of account {} not sent, tried again at the next run: {}",
                            item.key(),
                            item.due(),
                            owner,
                            failed.toString());
                    claims.failed(owner, item.key(), item.due());
                }
            }
        }
        return sent;
    }
}
