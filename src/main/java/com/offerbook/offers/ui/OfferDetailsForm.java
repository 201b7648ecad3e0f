package com.offerbook.offers.ui;

import com.offerbook.bands.KnownLevel;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Company, role, place, currency and status of an offer. */
class OfferDetailsForm extends FormLayout {

    final TextField company = new TextField("Company");
    final TextField roleTitle = new TextField("Role");
    final ComboBox<String> roleFamily = new ComboBox<>("Role family");
    /** Suggests the level names known for the company typed; any other level can be typed. */
    final ComboBox<String> levelLabel = new ComboBox<>("Level");

    final TextField location = new TextField("Location");
    final ComboBox<String> region = new ComboBox<>("Region");
    final Select<String> currency = new Select<>();
    final Select<OfferStatus> status = new Select<>();
    final DatePicker deadline = new DatePicker("Decide by");
    final TextArea notes = new TextArea("Notes");

    private final Binder<OfferDraft> binder = new Binder<>(OfferDraft.class);
    private final Function<String, List<KnownLevel>> knownLevels;
    /** Each suggested name and the level the mapping names it by ("L6" → "Applied Scientist III"). */
    private Map<String, String> levelOfName = Map.of();

    /** @param knownLevels the levels known for a company, junior first ({@code BandService#knownLevels}) */
    OfferDetailsForm(Function<String, List<KnownLevel>> knownLevels) {
        this.knownLevels = knownLevels;
        company.setMaxLength(Limits.COMPANY_MAX);
        company.setPlaceholder("e.g. Anthropic");
        roleTitle.setMaxLength(Limits.ROLE_MAX);
        roleTitle.setPlaceholder("e.g. ML/AI Engineer");
        roleFamily.setItems(Limits.SUGGESTED_ROLE_FAMILIES);
        roleFamily.setAllowCustomValue(true);
        roleFamily.addCustomValueSetListener(event -> roleFamily.setValue(event.getDetail()));
        roleFamily.setHelperText("Bands of the same family are compared with this offer");
        levelLabel.setPlaceholder("e.g. L5, IC5, Senior");
        levelLabel.setAllowCustomValue(true);
        levelLabel.addCustomValueSetListener(event -> levelLabel.setValue(event.getDetail()));
        levelLabel.setItemLabelGenerator(this::levelName);
        company.addValueChangeListener(event -> suggestLevels(event.getValue()));
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
        binder.forField(levelLabel)
                .withConverter(OfferDetailsForm::blankIfNone, OfferDetailsForm::noneIfBlank)
                .withValidator(maxLength(Limits.LEVEL_MAX))
                .bind("levelLabel");
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

    /** The names of the company's known levels, junior first, each with the level it stands for. */
    private void suggestLevels(String companyTyped) {
        var known = companyTyped.isBlank() ? List.<KnownLevel>of() : knownLevels.apply(companyTyped);
        var names = new LinkedHashMap<String, String>();
        for (var level : known) {
            names.putIfAbsent(level.level(), level.level());
            level.alsoCalled().forEach(name -> names.putIfAbsent(name, level.level()));
        }
        levelOfName = Map.copyOf(names);
        var current = levelLabel.getValue();
        var items = new ArrayList<>(names.keySet());
        if (current != null && !current.isEmpty() && !names.containsKey(current)) {
            items.add(current); // a level typed before keeps showing
        }
        levelLabel.setItems(items);
        levelLabel.setValue(current);
        levelLabel.setHelperText(
                known.isEmpty()
                        ? ""
                        : "Levels known at " + known.getFirst().company() + " are suggested; any other can be typed");
    }

    /** "L6 · Applied Scientist III": a code with the level it stands for. */
    private String levelName(String name) {
        var level = levelOfName.get(name);
        return level == null || level.equals(name) ? name : name + " · " + level;
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
