package com.offerbook.offers.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Record a new offer: its details and the package as first offered. */
@Route("offers/new")
@PageTitle("New offer")
@PermitAll
class NewOfferView extends VerticalLayout {

    final OfferDetailsForm details = new OfferDetailsForm();
    final PackageForm firstPackage = new PackageForm();
    final Button save = new Button("Save offer");

    NewOfferView(OfferService offers) {
        addClassName("view");
        var cancel = new Button("Cancel", event -> getUI().ifPresent(ui -> ui.navigate(OffersView.class)));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save");
        save.addClickListener(event -> {
            var offerDraft = details.draft();
            var packageDraft = firstPackage.draft();
            if (offerDraft.isEmpty() || packageDraft.isEmpty()) {
                return;
            }
            try {
                long id = offers.create(offerDraft.get(), packageDraft.get());
                getUI().ifPresent(ui -> ui.navigate(OfferView.class, OfferView.parameters(id)));
            } catch (InvalidInputException refused) {
                var unplaced = firstPackage.showProblems(details.showProblems(refused.problems()));
                unplaced.values()
                        .forEach(message -> Notification.show(message, 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.ERROR));
            }
        });

        var packageHeading = new H2("The package");
        add(
                new H2("The offer"),
                details,
                packageHeading,
                new Paragraph("Enter the package as the company stated it. Amounts are in the currency chosen above; "
                        + "you can write 250000, 250,000 or 250k."),
                firstPackage,
                new HorizontalLayout(save, cancel));
    }
}
