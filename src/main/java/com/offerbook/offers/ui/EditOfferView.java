package com.offerbook.offers.ui;

import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Change an offer's details. Its revisions are history and are not edited here. */
@Route("offers/:offerId([0-9]{1,18})/edit")
@PageTitle("Edit offer")
@PermitAll
class EditOfferView extends VerticalLayout implements BeforeEnterObserver {

    final OfferDetailsForm details = new OfferDetailsForm();
    final Button save = new Button("Save changes");
    final H2 title = new H2();

    private final OfferService offers;
    private long offerId;
    private long version;

    EditOfferView(OfferService offers) {
        this.offers = offers;
        addClassName("view");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save");
        save.addClickListener(event -> save());
        var cancel = new Button("Cancel", event -> backToOffer());
        add(title, details, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            offerId = OfferView.offerId(event);
            var offer = offers.get(offerId);
            version = offer.version();
            title.setText(offer.details().company() + " · " + offer.details().roleTitle());
            details.setDraft(offer.details());
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void save() {
        var draft = details.draft();
        if (draft.isEmpty()) {
            return;
        }
        try {
            offers.update(offerId, version, draft.get());
            backToOffer();
        } catch (InvalidInputException refused) {
            details.showProblems(refused.problems());
        } catch (ConcurrentEditException conflict) {
            var notification = Notification.show(conflict.getMessage(), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void backToOffer() {
        getUI().ifPresent(ui -> ui.navigate(OfferView.class, OfferView.parameters(offerId)));
    }
}
