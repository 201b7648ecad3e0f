package com.offerbook.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the e-mail reminders every {@code offerbook.reminders.check-every} (15 minutes unless set), the first time
 * {@code offerbook.reminders.first-check-after} after the start. Does nothing without an SMTP server
 * ({@code spring.mail.host}), which it checks at every run. Never lets an error out: the next run tries again.
 */
@Component
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            fixedDelayString = "${offerbook.reminders.check-every:PT15M}",
            initialDelayString = "${offerbook.reminders.first-check-after:PT1M}")
    void run() {
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info("Sent {} e-mail reminder(s)", sent);
            }
        } catch (RuntimeException unexpected) {
            LOG.error("The e-mail reminder run failed; the next run tries again", unexpected);
        }
    }
}
