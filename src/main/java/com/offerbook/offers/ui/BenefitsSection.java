package com.offerbook.offers.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.comp.Benefits;
import com.offerbook.comp.Money;
import com.offerbook.offers.BenefitsDraft;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;

/**
 * What the employer pays besides pay, as money a year, and total rewards (recurring total comp + benefits) kept apart
 * from total comp; edited in a dialog.
 */
class BenefitsSection extends Div {

    final Paragraph summary = new Paragraph();
    final Button edit = new Button("Edit benefits");
    final TextField matchPercent = new TextField("Retirement match (% of what you put in)");
    final TextField matchLimitPercent = new TextField("On contributions up to (% of base)");
    final TextField matchCap = new TextField("Match at most (a year, optional)");
    final TextField health = new TextField("Health cover (value a year)");
    final TextField other = new TextField("Other benefits (a year)");
    final Binder<BenefitsDraft> binder = new Binder<>(BenefitsDraft.class);
    final Dialog dialog = new Dialog();

    BenefitsSection(OfferDetails offer, OfferService offers, Runnable changed) {
        addClassName("section");
        setId("benefits");
        var benefits = offer.benefits();
        var base = offer.latest().compPackage().base();
        summary.setId("benefits-summary");
        summary.setText(describe(benefits, base, offer.latest().headline().recurring()));
        edit.setId("edit-benefits");
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.addClickListener(event -> dialog.open());
        add(new H3("Benefits and total rewards"), summary, edit);

        binder.forField(matchPercent).withConverter(new AmountConverter(true)).bind("matchPercent");
        binder.forField(matchLimitPercent)
                .withConverter(new AmountConverter(true))
                .bind("matchLimitPercent");
        binder.forField(matchCap).withConverter(new AmountConverter(false)).bind("matchCap");
        binder.forField(health).withConverter(new AmountConverter(true)).bind("health");
        binder.forField(other).withConverter(new AmountConverter(true)).bind("other");
        matchPercent.setHelperText("e.g. 50 for 50 %");
        matchLimitPercent.setHelperText("e.g. 6 for 6 % of base");
        matchCap.setHelperText("Leave empty when there is no cap");
        health.setHelperText(
                "What the employer pays for your cover, in " + offer.details().currency());
        binder.readRecord(BenefitsDraft.from(benefits));

        var form = new FormLayout(matchPercent, matchLimitPercent, matchCap, health, other);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        dialog.setHeaderTitle("Benefits of this offer, a year");
        dialog.add(new Paragraph("Kept apart from total comp: they are shown as total rewards beside it."), form);
        var save = new Button("Save", event -> save(offer, offers, changed));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-benefits");
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
    }

    private void save(OfferDetails offer, OfferService offers, Runnable changed) {
        try {
            offers.saveBenefits(offer.id(), binder.writeRecord());
            dialog.close();
            Notifications.success("Benefits saved");
            changed.run();
        } catch (ValidationException invalid) {
            // the binder shows each problem at its field
        } catch (InvalidInputException refused) {
            FieldProblems.show(refused, binder);
        }
    }

    static String describe(Benefits benefits, Money base, Money recurring) {
        if (benefits.isNone()) {
            return "No benefits entered. A retirement match, health cover and other yearly benefits are kept apart "
                    + "from total comp and shown as total rewards.";
        }
        var parts = new ArrayList<String>();
        if (benefits.matchPercent().signum() > 0) {
            parts.add("retirement match %s (%s %% of up to %s %% of base%s)"
                    .formatted(
                            benefits.employerMatch(base).format(Formats.locale()),
                            plain(benefits.matchPercent()),
                            plain(benefits.matchLimitPercent()),
                            benefits.matchCap() == null
                                    ? ""
                                    : ", at most " + benefits.matchCap().format(Formats.locale())));
        }
        if (!benefits.health().isZero()) {
            parts.add("health cover " + benefits.health().format(Formats.locale()));
        }
        if (!benefits.other().isZero()) {
            parts.add("other " + benefits.other().format(Formats.locale()));
        }
        return "Benefits %s a year: %s. Total rewards %s = recurring total comp %s + benefits."
                .formatted(
                        benefits.yearly(base).format(Formats.locale()),
                        String.join(", ", parts),
                        benefits.totalRewards(recurring, base).format(Formats.locale()),
                        recurring.format(Formats.locale()));
    }

    private static String plain(BigDecimal value) {
        return Formats.number(value);
    }
}
