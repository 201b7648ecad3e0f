package com.offerbook.sharing.ui;

import com.offerbook.base.ui.ReportActions;
import com.offerbook.sharing.SharingService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a share link opens, without sign-in: the owner's one-pager and nothing else. No app shell (no menu, no links),
 * nothing to change. A revoked, expired or guessed token, or sharing turned off, all answer the same "not found or
 * expired" (status 404). The response headers (noindex, no referrer, the CSP) come from the security headers filter,
 * by this address.
 */
@Route(value = SharingService.PATH, autoLayout = false)
@AnonymousAllowed
class ShareView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String NOT_FOUND = "This link was not found or has expired.";

    private final SharingService sharing;
    private String title = "Shared from Offerbook";

    ShareView(SharingService sharing) {
        this.sharing = sharing;
        addClassNames("view", "share-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String token) {
        removeAll();
        var report = sharing.open(token);
        if (report.isEmpty()) {
            title = "Not found or expired";
            if (VaadinResponse.getCurrent() instanceof VaadinResponse response) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            var message = new Paragraph(NOT_FOUND + " Ask the person who shared it for a new one.");
            message.setId("share-not-found");
            var card = new Div(new H1("Not found or expired"), message);
            card.addClassName("card");
            add(card);
            return;
        }
        title = report.get().title() + " · shared from Offerbook";
        // Print and the PDF only: nothing here leads to another page of the app.
        add(new ReportActions(SharingService.PATH + "/" + token + "/pdf", null), new ReportPage(report.get()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
