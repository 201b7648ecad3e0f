package com.offerbook.journal;

/**
 * A user's e-mail reminder setting.
 *
 * @param email where reminders go; empty for none
 * @param enabled whether a reminder is sent the day before each deadline and follow-up
 */
public record ReminderSettings(String email, boolean enabled) {

    public static ReminderSettings none() {
        return new ReminderSettings("", false);
    }
}
