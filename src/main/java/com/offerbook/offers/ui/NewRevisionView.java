package com.offerbook.offers.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** Record the next move of a negotiation, starting from the latest revision's values. */
@Route("offers/:offerId([0-9]{1,18})/revisions/new")
@PageTitle("Add revision")
@PermitAll
class NewRevisionView extends VerticalLayout implements BeforeEnterObserver {

    final PackageForm form = new PackageForm();
    final Button save = new Button("Save revision");
    final H2 title = new H2();

    private final OfferService offers;
    private final Clock clock;
    private long offerId;

    NewRevisionView(OfferService offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
        addClassName("view");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save");
        save.addClickListener(event -> save());
        var cancel = new Button("Cancel", event -> backToOffer());
        add(
                title,
                new Paragraph("The form starts from the latest revision: change what moved. "
                        + "Earlier revisions stay as they are."),
                form,
                new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offerId = OfferView.offerId(event);
        var offer = offers.get(offerId); // not found: the router shows the not-found page
        title.setText("New revision · " + offer.label());
        var latest = offer.latest().draft();
        form.setDraft(latest.withKind(nextKind(latest.kind()), LocalDate.now(clock), ""));
    }

    /** After the company moves, the candidate usually counters, and the other way round. */
    static RevisionKind nextKind(RevisionKind latest) {
        return latest == RevisionKind.COUNTER ? RevisionKind.REVISED_OFFER : RevisionKind.COUNTER;
    }

    private void save() {
        var draft = form.draft();
        if (draft.isEmpty()) {
            FieldProblems.focusFirstInvalid(form.binder());
            return;
        }
        try {
            offers.addRevision(offerId, draft.get());
            backToOffer();
        } catch (InvalidInputException refused) {
            FieldProblems.show(refused, form.binder());
        }
    }

    private void backToOffer() {
        getUI().ifPresent(ui -> ui.navigate(OfferView.class, OfferView.parameters(offerId)));
    }
}
