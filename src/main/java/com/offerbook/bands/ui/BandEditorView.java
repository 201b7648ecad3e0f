package com.offerbook.bands.ui;

import com.offerbook.bands.BandDraft;
import com.offerbook.bands.BandService;
import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Add a band, or edit one the user may change. */
@Route("bands/new")
@RouteAlias("bands/:bandId([0-9]{1,18})/edit")
@PageTitle("Band")
@PermitAll
class BandEditorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField company = new TextField("Company");
    final TextField roleTitle = new TextField("Role");
    final ComboBox<String> roleFamily = new ComboBox<>("Role family");
    final TextField levelLabel = new TextField("Level");
    final ComboBox<String> region = new ComboBox<>("Region");
    final Select<String> currency = new Select<>();
    final RangeField base = new RangeField("Base salary", "base");
    final RangeField equity = new RangeField("Equity grant", "equity");
    final IntegerField equityVestingYears = new IntegerField("Equity vests over (years)");
    final RangeField bonus = new RangeField("Target bonus", "bonus");
    final RangeField totalComp = new RangeField("Total comp", "total");
    final TextField baseMin = base.min;
    final TextField baseMax = base.max;
    final TextField sourceTitle = new TextField("Source");
    final TextField sourceUrl = new TextField("Source address (optional)");
    final DatePicker asOf = new DatePicker("As of");
    final Checkbox shared = new Checkbox("Shared with everyone (administrators only)");
    final Button save = new Button("Save band");
    final H2 title = new H2("New band");

    private final BandService bands;
    private final Binder<BandDraft> binder = new Binder<>(BandDraft.class);
    private @Nullable Long bandId;
    private long version;

    BandEditorView(BandService bands, Clock clock) {
        this.bands = bands;
        addClassName("view");
        roleFamily.setItems(bands.roleFamilies());
        roleFamily.setAllowCustomValue(true);
        roleFamily.addCustomValueSetListener(e -> roleFamily.setValue(e.getDetail()));
        region.setItems(bands.regions());
        region.setAllowCustomValue(true);
        region.addCustomValueSetListener(e -> region.setValue(e.getDetail()));
        currency.setLabel("Currency");
        currency.setItems(Limits.CURRENCIES);
        equityVestingYears.setMin(1);
        equityVestingYears.setMax(10);
        asOf.setMax(LocalDate.now(clock));
        shared.setVisible(bands.canManageShared());
        sourceTitle.setHelperText("Where the figures come from, e.g. a survey, a recruiter, a public post");
        company.setMaxLength(Limits.COMPANY_MAX);
        roleTitle.setMaxLength(Limits.ROLE_MAX);
        levelLabel.setMaxLength(Limits.LEVEL_MAX);
        sourceTitle.setMaxLength(Limits.SOURCE_TITLE_MAX);
        sourceUrl.setMaxLength(Limits.SOURCE_URL_MAX);

        // Each binding is named after the BandDraft component it fills, which is also the name the service gives a
        // problem with it (FieldProblems). Ranges are checked against each other and their ceilings by the service.
        binder.forField(company)
                .asRequired("Required")
                .withValidator(maxLength(Limits.COMPANY_MAX))
                .bind("company");
        binder.forField(roleTitle)
                .asRequired("Required")
                .withValidator(maxLength(Limits.ROLE_MAX))
                .bind("roleTitle");
        binder.forField(roleFamily)
                .asRequired("Required")
                .withValidator(maxLength(Limits.ROLE_FAMILY_MAX))
                .bind("roleFamily");
        binder.forField(levelLabel).withValidator(maxLength(Limits.LEVEL_MAX)).bind("levelLabel");
        binder.forField(region)
                .asRequired("Required")
                .withValidator(maxLength(Limits.REGION_MAX))
                .bind("region");
        binder.forField(currency).asRequired("Required").bind("currency");
        binder.forField(base).asRequired("Required").bind("base");
        binder.forField(equity).bind("equity");
        binder.forField(equityVestingYears).asRequired("Required").bind("equityVestingYears");
        binder.forField(bonus).bind("bonus");
        binder.forField(totalComp).bind("totalComp");
        binder.forField(sourceTitle)
                .asRequired("Required")
                .withValidator(maxLength(Limits.SOURCE_TITLE_MAX))
                .bind("sourceTitle");
        binder.forField(sourceUrl)
                .withValidator(maxLength(Limits.SOURCE_URL_MAX))
                .bind("sourceUrl");
        binder.forField(asOf).asRequired("Required").bind("asOf");
        binder.forField(shared).bind("shared");
        for (var component : BandDraft.class.getRecordComponents()) {
            binder.getBinding(component.getName())
                    .ifPresent(binding -> ((Component) binding.getField()).setId(component.getName()));
        }

        var form = new FormLayout(
                company,
                roleTitle,
                roleFamily,
                levelLabel,
                region,
                currency,
                heading("Ranges"),
                base,
                equity,
                equityVestingYears,
                new Div(),
                bonus,
                totalComp,
                heading("Source"),
                sourceTitle,
                sourceUrl,
                asOf,
                shared);
        for (var wide : new Component[] {base, equity, bonus, totalComp}) {
            form.setColspan(wide, 2);
        }
        form.getChildren().filter(c -> c instanceof H3).forEach(h -> form.setColspan(h, 2));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save");
        save.addClickListener(e -> save());
        var cancel = new Button(
                "Cancel",
                e -> getUI().ifPresent(ui -> {
                    if (bandId == null) {
                        ui.navigate(BandsView.class);
                    } else {
                        ui.navigate(BandView.class, BandView.parameters(bandId));
                    }
                }));
        add(title, form, new HorizontalLayout(save, cancel));
        currency.setValue("USD");
        equityVestingYears.setValue(4);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("bandId").isEmpty()) {
            return;
        }
        var band = bands.get(BandView.bandId(event)); // not found: the router shows the not-found page
        if (!band.editable()) {
            throw new NotFoundException("Band"); // a shared band, for a user who is no administrator
        }
        bandId = band.id();
        version = band.version();
        title.setText("Edit band · " + band.title());
        binder.readRecord(band.draft());
    }

    private void save() {
        BandDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException shownOnTheFields) {
            return;
        }
        try {
            var saved = bandId == null ? bands.create(draft) : bands.update(bandId, version, draft);
            if (!saved.warnings().isEmpty()) {
                Notifications.warning("Saved, but check: " + String.join(" ", saved.warnings()));
            }
            getUI().ifPresent(ui -> ui.navigate(BandView.class, BandView.parameters(saved.id())));
        } catch (InvalidInputException refused) {
            FieldProblems.show(refused, binder);
        } catch (ConcurrentEditException conflict) {
            Notifications.changedMeanwhile();
        } catch (AccessDeniedException refused) {
            Notifications.error(Objects.requireNonNullElse(refused.getMessage(), "Not allowed"));
        }
    }

    private static StringLengthValidator maxLength(int max) {
        return new StringLengthValidator("Use at most " + max + " characters", 0, max);
    }

    private static H3 heading(String text) {
        var heading = new H3(text);
        heading.addClassName("form-section");
        return heading;
    }
}
