package com.offerbook.offers.ui;

import com.offerbook.base.Limits;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Company, role, place, currency and status of an offer. */
class OfferDetailsForm extends FormLayout {

    final TextField company = new TextField("Company");
    final TextField roleTitle = new TextField("Role");
    final ComboBox<String> roleFamily = new ComboBox<>("Role family");
    final TextField levelLabel = new TextField("Level");
    final TextField location = new TextField("Location");
    final ComboBox<String> region = new ComboBox<>("Region");
    final Select<String> currency = new Select<>();
    final Select<OfferStatus> status = new Select<>();
    final DatePicker deadline = new DatePicker("Decide by");
    final TextArea notes = new TextArea("Notes");

    private final Binder<OfferDraft> binder = new Binder<>(OfferDraft.class);

    OfferDetailsForm() {
        company.setMaxLength(Limits.COMPANY_MAX);
        company.setPlaceholder("e.g. Anthropic");
        roleTitle.setMaxLength(Limits.ROLE_MAX);
        roleTitle.setPlaceholder("e.g. ML/AI Engineer");
        roleFamily.setItems(Limits.SUGGESTED_ROLE_FAMILIES);
        roleFamily.setAllowCustomValue(true);
        roleFamily.addCustomValueSetListener(event -> roleFamily.setValue(event.getDetail()));
        roleFamily.setHelperText("Bands of the same family are compared with this offer");
        levelLabel.setMaxLength(Limits.LEVEL_MAX);
        levelLabel.setPlaceholder("e.g. L5, IC5, Senior");
        location.setMaxLength(Limits.LOCATION_MAX);
        location.setPlaceholder("e.g. San Francisco, CA");
        region.setItems(Limits.SUGGESTED_REGIONS);
        region.setAllowCustomValue(true);
        region.addCustomValueSetListener(event -> region.setValue(event.getDetail()));
        region.setHelperText("Used to find comparable compensation bands");
        currency.setLabel("Currency");
        currency.setItems(Limits.CURRENCIES);
        currency.setHelperText("All amounts of this offer are in this currency");
        status.setLabel("Status");
        status.setItems(OfferStatus.values());
        status.setItemLabelGenerator(OfferStatus::label);
        notes.setMaxLength(Limits.NOTES_MAX);
        notes.setPlaceholder("Recruiter, team, anything worth remembering");

        // Each binding is named after the OfferDraft component it fills, which is also the name the service gives a
        // problem with it (FieldProblems) and the field's id.
        binder.forField(company)
                .asRequired("Enter the company")
                .withValidator(maxLength(Limits.COMPANY_MAX))
                .bind("company");
        binder.forField(roleTitle)
                .asRequired("Enter the role")
                .withValidator(maxLength(Limits.ROLE_MAX))
                .bind("roleTitle");
        binder.forField(roleFamily)
                .withConverter(OfferDetailsForm::blankIfNone, OfferDetailsForm::noneIfBlank)
                .withValidator(maxLength(Limits.ROLE_FAMILY_MAX))
                .bind("roleFamily");
        binder.forField(levelLabel).withValidator(maxLength(Limits.LEVEL_MAX)).bind("levelLabel");
        binder.forField(location).withValidator(maxLength(Limits.LOCATION_MAX)).bind("location");
        binder.forField(region)
                .withConverter(OfferDetailsForm::blankIfNone, OfferDetailsForm::noneIfBlank)
                .withValidator(maxLength(Limits.REGION_MAX))
                .bind("region");
        binder.forField(currency).asRequired("Choose a currency").bind("currency");
        binder.forField(status).asRequired("Choose a status").bind("status");
        binder.forField(deadline).bind("deadline");
        binder.forField(notes).withValidator(maxLength(Limits.NOTES_MAX)).bind("notes");
        for (var component : OfferDraft.class.getRecordComponents()) {
            binder.getBinding(component.getName())
                    .ifPresent(binding -> ((Component) binding.getField()).setId(component.getName()));
        }
        setDraft(new OfferDraft("", "", "", "", "", "", "USD", OfferStatus.OFFER_RECEIVED, null, ""));

        add(company, roleTitle, roleFamily, levelLabel, location, region, currency, status, deadline, notes);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    void setDraft(OfferDraft draft) {
        binder.readRecord(draft);
    }

    /** The entered details, or empty when a field shows an error. */
    Optional<OfferDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException shownOnTheFields) {
            return Optional.empty();
        }
    }

    Binder<OfferDraft> binder() {
        return binder;
    }

    /** A combo box left empty is null; the record keeps "" for "not stated". */
    private static String blankIfNone(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String noneIfBlank(String value) {
        return value.isEmpty() ? null : value;
    }

    private static StringLengthValidator maxLength(int max) {
        return new StringLengthValidator("Use at most " + max + " characters", 0, max);
    }
}
