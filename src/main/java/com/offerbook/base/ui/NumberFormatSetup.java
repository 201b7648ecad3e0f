package com.offerbook.base.ui;

import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Gives every UI one locale when it starts: the signed-in user's "Number format" preference, or the browser's
 * (Accept-Language) when the preference is "As my browser" or nobody is signed in. Fields read and write amounts in it
 * (ValueContext), date pickers and {@link Formats} follow it, so a page never mixes two conventions. Signing in loads a
 * new page, and changing the preference reloads it: both start a new UI.
 */
@Component
class NumberFormatSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    NumberFormatSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    /** Sets the UI's locale from the preference, or from the browser. */
    void apply(UI ui) {
        ui.setLocale(currentUser.preferences().numberLocale().orElseGet(NumberFormatSetup::browserLocale));
    }

    /** The locale the browser asks for; English (US) when there is no request to ask. */
    static Locale browserLocale() {
        return Optional.ofNullable(VaadinRequest.getCurrent())
                .map(VaadinRequest::getLocale)
                .or(() -> Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getLocale))
                .orElse(Locale.US);
    }
}
