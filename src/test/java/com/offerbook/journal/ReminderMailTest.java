package com.offerbook.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail reminders against a real SMTP server started by the test (GreenMail), over the network, with nothing of
 * Spring's mail mocked. The data is committed (claims are committed in transactions of their own) and removed again
 * after each test.
 */
@SpringBootTest(
        properties = {"offerbook.reminders.first-check-after=PT24H", "offerbook.reminders.from=reminders@offerbook.test"
        })
class ReminderMailTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    static final int PORT = freePort();
    static GreenMail smtp = start();

    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static GreenMail start() {
        var server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Autowired
    ReminderService reminders;

    @Autowired
    JournalService journal;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReminderMailer mailer;

    @Autowired
    HealthEndpoint health;

    @BeforeEach
    void emptyMailbox() throws Exception {
        if (!smtp.isRunning()) {
            smtp = start();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void removeTheAccounts() {
        TestUsers.signOut();
        jdbc.update("delete from user_account where username like 'mail-%'");
    }

    long offer(String company, @Nullable LocalDate deadline) {
        return offers.create(
                OfferFixtures.withDeadline(company, OfferStatus.NEGOTIATING, deadline),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
    }

    /** A user with reminders on, an offer whose deadline is tomorrow and a follow-up due tomorrow. */
    void userWithTwoThingsDueTomorrow(String name, String email) {
        TestUsers.signInAs(accounts, name);
        long offerId = offer("<b>Acme</b>, Inc.", TOMORROW);
        journal.add(
                offerId,
                new EntryDraft(
                        TODAY, EntryKind.VERBAL_PROMISE, "Sam", "Sign-on of $50,000 if we sign", false, TOMORROW));
        journal.add(offerId, new EntryDraft(TODAY, EntryKind.EMAIL, "", "Later", true, TOMORROW.plusDays(1)));
        reminders.save(new ReminderSettings(email, true));
        TestUsers.signOut();
    }

    @Test
    void each_deadline_and_follow_up_due_tomorrow_gets_one_mail_without_figures() throws Exception {
        userWithTwoThingsDueTomorrow("mail-ann", "ann@example.org");
        TestUsers.signInAs(accounts, "mail-off");
        offer("Quiet Corp", TOMORROW);
        reminders.save(new ReminderSettings("off@example.org", false));
        TestUsers.signOut();

        assertThat(reminders.sendDue(TODAY)).isEqualTo(2);

        var mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        var subjects = new ArrayList<String>();
        for (MimeMessage mail : mails) {
            assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
                    .isEqualTo("ann@example.org");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("reminders@offerbook.test");
            var body = GreenMailUtil.getBody(mail);
            subjects.add(mail.getSubject());
            for (var text : List.of(mail.getSubject(), body)) {
                assertThat(text).doesNotContain("315", "750", "50,000", "$", "Sign-on", "Quiet");
            }
            assertThat(body).contains("is due on Wednesday 2 December 2026");
        }
        assertThat(subjects)
                .containsExactlyInAnyOrder(
                        "The deadline of the offer from <b>Acme</b>, Inc. is due on Wednesday 2 December 2026",
                        "A follow-up with <b>Acme</b>, Inc. is due on Wednesday 2 December 2026");
        assertThat(mails[0].getContentType()).startsWith("text/plain");

        assertThat(reminders.sendDue(TODAY))
                .as("a second run sends nothing again")
                .isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void two_instances_running_at_once_send_each_reminder_once() throws Exception {
        userWithTwoThingsDueTomorrow("mail-bo", "bo@example.org");

        Callable<Integer> run = () -> reminders.sendDue(TODAY);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(run);
            var second = pool.submit(run);
            assertThat(first.get() + second.get()).isEqualTo(2);
        }
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void with_the_smtp_server_down_the_reminder_waits_and_goes_out_once_it_is_up(CapturedOutput log) throws Exception {
        userWithTwoThingsDueTomorrow("mail-cy", "cy@example.org");
        smtp.stop();

        var sentWhileDown = new AtomicInteger(-1);
        assertThatNoException()
                .as("server down: nothing escapes the run")
                .isThrownBy(() -> sentWhileDown.set(reminders.sendDue(TODAY)));
        assertThat(sentWhileDown).hasValue(0);
        assertThat(deliveries("mail-cy", "SENT")).as("not marked sent").isZero();
        assertThat(deliveries("mail-cy", "FAILED")).isEqualTo(2);
        assertThat(log.getOut()).contains("not sent, tried again at the next run");
        assertThat(health.health().getStatus())
                .as("the app stays healthy without its SMTP server")
                .isEqualTo(Status.UP);
        TestUsers.signInAs(accounts, "mail-cy");
        assertThat(journal.calendar()).as("the app still answers its user").hasSize(3);
        TestUsers.signOut();

        smtp = start();
        assertThat(reminders.sendDue(TODAY)).as("server up again").isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(deliveries("mail-cy", "SENT")).isEqualTo(2);
        assertThat(deliveries("mail-cy", "FAILED")).isZero();
        // a day later: the two sent ones are not sent again, only the follow-up due the day after is new
        assertThat(reminders.sendDue(TOMORROW)).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    int deliveries(String username, String state) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from reminder_delivery d join user_account a on a.id = d.owner_id "
                        + "where a.username = ? and d.state = ?",
                Integer.class,
                username,
                state));
    }

    @Test
    void a_recipient_or_subject_with_a_line_break_is_refused_and_nothing_is_sent() {
        for (var header : List.of("\r\nBcc: all@example.org", "\nBcc: all@example.org", "\r")) {
            assertThatThrownBy(() -> mailer.send("ann@example.org" + header, "A follow-up", "Body"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> mailer.send("ann@example.org", "A follow-up" + header, "Body"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();

        mailer.send("ann@example.org", "A follow-up", "Body");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void an_address_with_a_line_break_or_that_is_no_address_is_refused() {
        TestUsers.signInAs(accounts, "mail-dee");
        for (var bad : List.of(
                "dee@example.org\r\nBcc: all@example.org",
                "dee@example.org\n",
                "Dee <dee@example.org>",
                "dee",
                "dee@",
                "@example.org",
                "dee@example.org, eve@example.org",
                "dee @example.org",
                "a".repeat(250) + "@example.org")) {
            assertThatThrownBy(() -> reminders.save(new ReminderSettings(bad, true)))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsKey("email"));
        }
        assertThatThrownBy(() -> reminders.save(new ReminderSettings("", true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("email")).contains("address"));
        assertThat(reminders.settings()).isEqualTo(ReminderSettings.none());

        reminders.save(new ReminderSettings(" dee.doe+offers@mail.example.org ", true));
        assertThat(reminders.settings()).isEqualTo(new ReminderSettings("dee.doe+offers@mail.example.org", true));
    }

    @Test
    void a_subject_is_one_line_whatever_a_name_holds() {
        var item = new CalendarItem(Reminder.Kind.FOLLOW_UP, 1, 2L, "Acme\r\nBcc: x@example.org", TOMORROW, "");
        assertThat(ReminderService.subject(item)).doesNotContain("\r", "\n").contains("Acme  Bcc");
    }
}
