package com.offerbook.base.ui;

import com.offerbook.base.ConcurrentEditException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way a view tells the user how an action went: every message stays the same time at the same place, and
 * only its colour says whether it is good news, a warning or a refusal.
 */
public final class Notifications {

    /** Long enough to read two sentences; the user can close it earlier. */
    public static final int DURATION_MS = 6000;

    public static final Notification.Position POSITION = Notification.Position.BOTTOM_START;

    private Notifications() {}

    /** Something the user asked for is done. */
    public static Notification success(String message) {
        return show(message, NotificationVariant.SUCCESS);
    }

    /** Done, but something deserves a second look. */
    public static Notification warning(String message) {
        return show(message, NotificationVariant.WARNING);
    }

    /** Refused or failed; nothing was saved. */
    public static Notification error(String message) {
        return show(message, NotificationVariant.ERROR);
    }

    /** Someone (often the user in another tab) saved first; this change was not saved. */
    public static Notification changedMeanwhile() {
        return error(new ConcurrentEditException().getMessage());
    }

    private static Notification show(String message, NotificationVariant variant) {
        var notification = new Notification(message, DURATION_MS, POSITION);
        notification.addThemeVariants(variant);
        notification.open();
        return notification;
    }
}
