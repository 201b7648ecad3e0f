package com.offerbook.base.ui;

import com.offerbook.base.ConcurrentEditException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the user sees when a click or a change fails unexpectedly: a short message with an error id, never a stack
 * trace; the log has the same id with the whole exception, so a report ("error 3f9a1c2b") finds it. An edit that
 * lost against another tab's says so instead (it is expected, not a fault).
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UnexpectedErrors::handle));
    }

    static void handle(ErrorEvent event) {
        var ui = event.getComponent()
                .flatMap(component -> component.getUI())
                .or(() -> Optional.ofNullable(UI.getCurrent()));
        if (event.getThrowable() instanceof ConcurrentEditException) {
            show(ui, () -> Notifications.changedMeanwhile());
            return;
        }
        var id = newId();
        log.error("Unexpected error {}", id, event.getThrowable());
        show(ui, () -> Notifications.error(message(id)));
    }

    static String message(String id) {
        return "Something went wrong. Try again; if it happens again, report error " + id + ".";
    }

    private static void show(Optional<UI> ui, Runnable notification) {
        ui.ifPresent(present -> {
            if (UI.getCurrent() == present) {
                notification.run(); // the failing request still holds the session: show it in this response
            } else {
                present.access(notification::run);
            }
        });
    }

    private static String newId() {
        var bytes = new byte[4];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
