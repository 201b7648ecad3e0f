package com.offerbook.bands.ui;

import com.offerbook.bands.BandDraft;
import com.offerbook.bands.BandService;
import com.offerbook.bands.Range;
import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.AmountConverter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    final TextField baseMin = amount("Base salary, min");
    final TextField baseMax = amount("Base salary, max");
    final TextField equityMin = amount("Equity grant, min");
    final TextField equityMax = amount("Equity grant, max");
    final IntegerField equityVestingYears = new IntegerField("Equity vests over (years)");
    final TextField bonusMin = amount("Target bonus, min");
    final TextField bonusMax = amount("Target bonus, max");
    final TextField totalMin = amount("Total comp, min");
    final TextField totalMax = amount("Total comp, max");
    final TextField sourceTitle = new TextField("Source");
    final TextField sourceUrl = new TextField("Source address (optional)");
    final DatePicker asOf = new DatePicker("As of");
    final Checkbox shared = new Checkbox("Shared with everyone (administrators only)");
    final Button save = new Button("Save band");
    final H2 title = new H2("New band");

    private final BandService bands;
    private final Binder<Map<String, Object>> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();
    private @Nullable Long bandId;
    private long version;
    private @Nullable BandDraft original;

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

        text("company", company, true);
        text("roleTitle", roleTitle, true);
        binder.forField(roleFamily)
                .asRequired("Required")
                .bind(m -> (String) m.get("roleFamily"), (m, v) -> m.put("roleFamily", v));
        text("levelLabel", levelLabel, false);
        binder.forField(region)
                .asRequired("Required")
                .bind(m -> (String) m.get("region"), (m, v) -> m.put("region", v));
        binder.forField(currency)
                .asRequired("Required")
                .bind(m -> (String) m.get("currency"), (m, v) -> m.put("currency", v));
        for (var field :
                new TextField[] {baseMin, baseMax, equityMin, equityMax, bonusMin, bonusMax, totalMin, totalMax}) {
            var key = field.getId().orElseThrow();
            var chain = binder.forField(field);
            if (field == baseMin || field == baseMax) {
                chain = chain.asRequired("Required");
            }
            chain.withConverter(new AmountConverter(false)).bind(m -> (BigDecimal) m.get(key), (m, v) -> m.put(key, v));
        }
        binder.forField(equityVestingYears)
                .asRequired("Required")
                .bind(m -> (Integer) m.get("equityVestingYears"), (m, v) -> m.put("equityVestingYears", v));
        text("sourceTitle", sourceTitle, true);
        text("sourceUrl", sourceUrl, false);
        binder.forField(asOf).asRequired("Required").bind(m -> (LocalDate) m.get("asOf"), (m, v) -> m.put("asOf", v));
        binder.forField(shared).bind(m -> Boolean.TRUE.equals(m.get("shared")), (m, v) -> m.put("shared", v));
        register("roleFamily", roleFamily);
        register("region", region);
        register("currency", currency);
        fieldsByName.put("base", baseMin);
        fieldsByName.put("equity", equityMin);
        fieldsByName.put("bonus", bonusMin);
        fieldsByName.put("totalComp", totalMin);
        register("equityVestingYears", equityVestingYears);
        register("asOf", asOf);

        var form = new FormLayout(
                company,
                roleTitle,
                roleFamily,
                levelLabel,
                region,
                currency,
                heading("Ranges"),
                baseMin,
                baseMax,
                equityMin,
                equityMax,
                equityVestingYears,
                new com.vaadin.flow.component.html.Div(),
                bonusMin,
                bonusMax,
                totalMin,
                totalMax,
                heading("Source"),
                sourceTitle,
                sourceUrl,
                asOf,
                shared);
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
        binder.setBean(emptyBean());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("bandId").isEmpty()) {
            return;
        }
        try {
            var band = bands.get(BandView.bandId(event));
            if (!band.editable()) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
            bandId = band.id();
            version = band.version();
            original = band.draft();
            title.setText("Edit band · " + band.title());
            binder.setBean(bean(band.draft()));
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        var draft = draft(binder.getBean());
        try {
            var saved = bandId == null ? bands.create(draft) : bands.update(bandId, version, draft);
            if (!saved.warnings().isEmpty()) {
                var warning = Notification.show(
                        "Saved, but check: " + String.join(" ", saved.warnings()), 10000, Notification.Position.MIDDLE);
                warning.addThemeVariants(NotificationVariant.WARNING);
            }
            getUI().ifPresent(ui -> ui.navigate(BandView.class, BandView.parameters(saved.id())));
        } catch (InvalidInputException refused) {
            refused.problems().forEach((name, message) -> {
                var field = fieldsByName.get(name);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    Notification.show(message, 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.ERROR);
                }
            });
        } catch (ConcurrentEditException | org.springframework.security.access.AccessDeniedException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private BandDraft draft(Map<String, Object> m) {
        var old = original;
        return new BandDraft(
                (String) m.get("company"),
                (String) m.get("roleTitle"),
                (String) m.get("roleFamily"),
                (String) m.get("levelLabel"),
                (String) m.get("region"),
                (String) m.get("currency"),
                java.util.Objects.requireNonNull(range(m, "base", old == null ? null : old.base())),
                range(m, "equity", old == null ? null : old.equity()),
                (Integer) m.get("equityVestingYears"),
                range(m, "bonus", old == null ? null : old.bonus()),
                range(m, "total", old == null ? null : old.totalComp()),
                (String) m.get("sourceTitle"),
                (String) m.get("sourceUrl"),
                (LocalDate) m.get("asOf"),
                Boolean.TRUE.equals(m.get("shared")));
    }

    /** The entered min and max; percentiles (which only an import sets) are kept from the band being edited. */
    private static @Nullable Range range(Map<String, Object> m, String prefix, @Nullable Range old) {
        var min = (BigDecimal) m.get(prefix + "Min");
        var max = (BigDecimal) m.get(prefix + "Max");
        if (min == null && max == null) {
            return null;
        }
        var lo = min == null ? BigDecimal.ZERO : min;
        var hi = max == null ? lo : max;
        return old == null
                ? new Range(lo, hi, null, null, null, null)
                : new Range(lo, hi, old.p25(), old.p50(), old.p75(), old.p90());
    }

    private Map<String, Object> emptyBean() {
        var m = new HashMap<String, Object>();
        m.put("company", "");
        m.put("roleTitle", "");
        m.put("levelLabel", "");
        m.put("currency", "USD");
        m.put("equityVestingYears", 4);
        m.put("sourceTitle", "");
        m.put("sourceUrl", "");
        m.put("shared", false);
        return m;
    }

    private Map<String, Object> bean(BandDraft d) {
        var m = emptyBean();
        m.put("company", d.company());
        m.put("roleTitle", d.roleTitle());
        m.put("roleFamily", d.roleFamily());
        m.put("levelLabel", d.levelLabel());
        m.put("region", d.region());
        m.put("currency", d.currency());
        put(m, "base", d.base());
        put(m, "equity", d.equity());
        put(m, "bonus", d.bonus());
        put(m, "total", d.totalComp());
        m.put("equityVestingYears", d.equityVestingYears());
        m.put("sourceTitle", d.sourceTitle());
        m.put("sourceUrl", d.sourceUrl());
        m.put("asOf", d.asOf());
        m.put("shared", d.shared());
        return m;
    }

    private static void put(Map<String, Object> m, String prefix, @Nullable Range range) {
        if (range != null) {
            m.put(prefix + "Min", range.min());
            m.put(prefix + "Max", range.max());
        }
    }

    private void text(String name, TextField field, boolean required) {
        var chain = binder.forField(field);
        if (required) {
            chain = chain.asRequired("Required");
        }
        chain.bind(m -> (String) m.getOrDefault(name, ""), (m, v) -> m.put(name, v));
        register(name, field);
    }

    private void register(String name, Component field) {
        field.setId(name);
        fieldsByName.put(name, (HasValidation) field);
    }

    private static TextField amount(String label) {
        var field = new TextField(label);
        var words = label.toLowerCase(java.util.Locale.ROOT).split("[ ,]+");
        var prefix = switch (words[0]) {
            case "base" -> "base";
            case "equity" -> "equity";
            case "target" -> "bonus";
            default -> "total";
        };
        field.setId(prefix + (label.endsWith("min") ? "Min" : "Max"));
        field.setPlaceholder("e.g. 250k");
        return field;
    }

    private static H3 heading(String text) {
        var heading = new H3(text);
        heading.addClassName("form-section");
        return heading;
    }
}
