package com.offerbook.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs out a session that Vaadin closed for being idle. Vaadin closes its part of the session when every open
 * tab has had no user activity for the session timeout (heartbeats do not count: vaadin.closeIdleSessions), but
 * the sign-in kept in the HTTP session would live on, because each heartbeat touches that session. Removing it
 * here means the tab's next heartbeat finds no UI, the page reloads, and the reload lands on the sign-in page.
 */
@Component
class IdleSessionEnd implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            var httpSession = destroyed.getSession().getSession();
            if (httpSession != null) {
                try {
                    httpSession.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                } catch (IllegalStateException alreadyInvalidated) {
                    // signed out or expired: nothing left to end
                }
            }
        });
    }
}
