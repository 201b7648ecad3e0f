package com.offerbook.base.ui;

import com.offerbook.base.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one not-found page, answered with status 404. The router picks it by the exception's type, so no view
 * reroutes by hand: a view (or the service it calls while it opens) throws {@link NotFoundException} for data that
 * is missing or not the signed-in user's ({@link MissingData}), and an address no view answers raises the router's
 * own exception ({@link UnknownAddress}). Both look the same, so an id in an address reveals nothing.
 */
public abstract sealed class NotFoundView extends VerticalLayout
        permits NotFoundView.MissingData, NotFoundView.UnknownAddress {

    NotFoundView() {
        addClassName("centered-page");
        var card = new VerticalLayout(
                new H1("Page not found"),
                new Paragraph("There is nothing at this address, or it is not yours to see."),
                new Anchor("", "Back to the dashboard"));
        card.addClassName("card");
        card.setWidth("auto");
        add(card);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    /** Data that does not exist for the signed-in user, as the services say. */
    @AnonymousAllowed
    @PageTitle("Page not found")
    public static final class MissingData extends NotFoundView implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** An address no view answers. */
    @AnonymousAllowed
    @PageTitle("Page not found")
    public static final class UnknownAddress extends NotFoundView
            implements HasErrorParameter<com.vaadin.flow.router.NotFoundException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }
}
