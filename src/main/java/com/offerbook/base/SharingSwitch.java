package com.offerbook.base;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance makes and opens share links at all ({@value #PROPERTY}, on unless set to false). Read from the
 * environment when the application starts, at run time: the jar's bean definitions are fixed at build time (Spring
 * AOT, decision record 019), so sharing is never switched by a conditional bean. Read once, not at every question
 * (issue 15): a property read walks the system properties under their lock, which Vaadin takes on every request. In
 * {@code base} so that the pages offering "Share" (offers, compare, dashboard) ask the same switch as the sharing
 * service without depending on it.
 */
@Component
public class SharingSwitch {

    public static final String PROPERTY = "offerbook.sharing.enabled";

    private final boolean on;

    @Autowired
    SharingSwitch(Environment environment) {
        this(environment.getProperty(PROPERTY, Boolean.class, Boolean.TRUE));
    }

    /** A switch that answers {@code on} (tests). */
    public SharingSwitch(boolean on) {
        this.on = on;
    }

    public boolean isOn() {
        return on;
    }
}
