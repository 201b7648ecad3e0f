package com.offerbook.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Stamps every script of Vaadin's bootstrap page with the nonce that this response's Content-Security-Policy
 * allows (set by {@link SecurityHeadersFilter}), so the page's own inline scripts run and no other inline script does.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest().getAttribute(SecurityHeadersFilter.NONCE) instanceof String nonce) {
                response.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
