package com.offerbook.offers.ui;

import com.offerbook.bands.BandService;
import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Notifications;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
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

    final OfferDetailsForm details;
    final Button save = new Button("Save changes");
    final H2 title = new H2();

    private final OfferService offers;
    private long offerId;
    private long version;

    EditOfferView(OfferService offers, BandService bands) {
        this.details = new OfferDetailsForm(bands::knownLevels);
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
        offerId = OfferView.offerId(event);
        var offer = offers.get(offerId); // not found: the router shows the not-found page
        version = offer.version();
        title.setText(offer.label());
        details.setDraft(offer.details());
    }

    private void save() {
        var draft = details.draft();
        if (draft.isEmpty()) {
            FieldProblems.focusFirstInvalid(details.binder());
            return;
        }
        try {
            offers.update(offerId, version, draft.get());
            backToOffer();
        } catch (InvalidInputException refused) {
            FieldProblems.show(refused, details.binder());
        } catch (ConcurrentEditException conflict) {
            Notifications.changedMeanwhile();
        }
    }

    private void backToOffer() {
        getUI().ifPresent(ui -> ui.navigate(OfferView.class, OfferView.parameters(offerId)));
    }
}
