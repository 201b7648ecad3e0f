package com.offerbook.offers.ui;

import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.comp.AmountText;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** Record a new offer: its details and the package as first offered. */
@Route("offers/new")
@PageTitle("New offer")
@PermitAll
class NewOfferView extends VerticalLayout {

    final OfferDetailsForm details;
    final PackageForm firstPackage = new PackageForm();
    final Button save = new Button("Save offer");

    private final OfferService offers;

    NewOfferView(OfferService offers, Clock clock, BandService bands) {
        this.details = new OfferDetailsForm(bands::knownLevels);
        this.offers = offers;
        addClassName("view");
        firstPackage.startEmpty(LocalDate.now(clock));
        var cancel = new Button("Cancel", event -> getUI().ifPresent(ui -> ui.navigate(OffersView.class)));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save");
        save.addClickListener(event -> save());
        add(
                new H2("The offer"),
                details,
                new H2("The package"),
                new Paragraph("Enter the package as the company stated it. Amounts are in the currency chosen above; "
                        + "you can write " + AmountText.examples(AmountConverter.currentLocale()) + "."),
                firstPackage,
                new HorizontalLayout(save, cancel));
    }

    private void save() {
        var offerDraft = details.draft();
        var packageDraft = firstPackage.draft(); // both validated, so every field shows its problem at once
        if (offerDraft.isEmpty() || packageDraft.isEmpty()) {
            FieldProblems.focusFirstInvalid(details.binder(), firstPackage.binder());
            return;
        }
        try {
            long id = offers.create(offerDraft.get(), packageDraft.get());
            getUI().ifPresent(ui -> ui.navigate(OfferView.class, OfferView.parameters(id)));
        } catch (InvalidInputException refused) {
            FieldProblems.show(refused, details.binder(), firstPackage.binder());
        }
    }
}
