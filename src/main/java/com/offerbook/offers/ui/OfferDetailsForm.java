package com.offerbook.offers.ui;

import com.offerbook.base.Limits;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Map;
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

    private final Binder<Bean> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName;

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

        binder.forField(company).asRequired("Enter the company").bind(b -> b.company, (b, v) -> b.company = v);
        binder.forField(roleTitle).asRequired("Enter the role").bind(b -> b.roleTitle, (b, v) -> b.roleTitle = v);
        binder.forField(roleFamily).withNullRepresentation("").bind(b -> b.roleFamily, (b, v) -> b.roleFamily = v);
        binder.forField(levelLabel).bind(b -> b.levelLabel, (b, v) -> b.levelLabel = v);
        binder.forField(location).bind(b -> b.location, (b, v) -> b.location = v);
        binder.forField(region).withNullRepresentation("").bind(b -> b.region, (b, v) -> b.region = v);
        binder.forField(currency).asRequired("Choose a currency").bind(b -> b.currency, (b, v) -> b.currency = v);
        binder.forField(status).asRequired("Choose a status").bind(b -> b.status, (b, v) -> b.status = v);
        binder.forField(deadline).bind(b -> b.deadline, (b, v) -> b.deadline = v);
        binder.forField(notes).bind(b -> b.notes, (b, v) -> b.notes = v);
        binder.setBean(new Bean());

        fieldsByName = Map.of(
                "company",
                company,
                "roleTitle",
                roleTitle,
                "roleFamily",
                roleFamily,
                "levelLabel",
                levelLabel,
                "location",
                location,
                "region",
                region,
                "currency",
                currency,
                "notes",
                notes);
        fieldsByName.forEach((name, field) -> ((com.vaadin.flow.component.Component) field).setId(name));
        status.setId("status");
        deadline.setId("deadline");

        add(company, roleTitle, roleFamily, levelLabel, location, region, currency, status, deadline, notes);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    void setDraft(OfferDraft draft) {
        var bean = new Bean();
        bean.company = draft.company();
        bean.roleTitle = draft.roleTitle();
        bean.roleFamily = draft.roleFamily();
        bean.levelLabel = draft.levelLabel();
        bean.location = draft.location();
        bean.region = draft.region();
        bean.currency = draft.currency();
        bean.status = draft.status();
        bean.deadline = draft.deadline();
        bean.notes = draft.notes();
        binder.setBean(bean);
    }

    /** The entered details, or empty when a field shows an error. */
    Optional<OfferDraft> draft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        var b = binder.getBean();
        return Optional.of(new OfferDraft(
                b.company,
                b.roleTitle,
                b.roleFamily == null ? "" : b.roleFamily,
                b.levelLabel,
                b.location,
                b.region == null ? "" : b.region,
                b.currency,
                b.status,
                b.deadline,
                b.notes));
    }

    /** Shows the service's problems next to their fields; returns the ones that have no field here. */
    Map<String, String> showProblems(Map<String, String> problems) {
        return FieldProblems.show(problems, fieldsByName);
    }

    /** The form's values while they are edited. */
    static final class Bean {
        String company = "";
        String roleTitle = "";

        @Nullable
        String roleFamily = "";

        String levelLabel = "";
        String location = "";

        @Nullable
        String region = "";

        String currency = "USD";
        OfferStatus status = OfferStatus.OFFER_RECEIVED;

        @Nullable
        LocalDate deadline;

        String notes = "";
    }
}
