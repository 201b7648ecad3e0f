package com.offerbook.tax.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.ui.AmountConverter;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.LimitedUpload;
import com.offerbook.base.ui.Notifications;
import com.offerbook.comp.tax.FilingStatus;
import com.offerbook.tax.AfterTax;
import com.offerbook.tax.CostOfLiving;
import com.offerbook.tax.ProfileVersion;
import com.offerbook.tax.TaxService;
import com.offerbook.tax.TaxSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * The tax profiles every after-tax figure is computed from, the regions they apply to, the user's filing status and
 * tax year, and, for administrators, a new version of a profile from a document.
 */
@Route("tax")
@PageTitle("Tax profiles")
@Menu(order = 3.5, icon = "icons/receipt.svg", title = "Tax profiles")
@PermitAll
class TaxProfilesView extends VerticalLayout {

    final Select<FilingStatus> filingStatus = new Select<>();
    final Select<Integer> taxYear = new Select<>();
    final Grid<ProfileVersion> grid = new Grid<>();
    final Grid<Map.Entry<String, List<String>>> regions = new Grid<>();
    final Paragraph uploadResult = new Paragraph();
    final Grid<CostOfLiving> costs = new Grid<>();
    final Select<String> costRegion = new Select<>();
    final TextField costIndex = new TextField("Index");
    final DatePicker costAsOf = new DatePicker("As of");
    final TextField costSource = new TextField("Source");
    final Binder<CostOfLiving> costBinder = new Binder<>(CostOfLiving.class);
    private final TaxService tax;

    TaxProfilesView(TaxService tax) {
        this.tax = tax;
        addClassName("view");
        var intro = new Paragraph("After-tax figures are computed from these profiles: the rules of one place for one "
                + "tax year, every row with its source and date. " + AfterTax.DISCLAIMER);
        add(
                intro,
                settings(),
                new H3("Where each region is taxed"),
                regionGrid(),
                new H3("Profiles"),
                profileGrid(),
                new H3("Cost of living (your own index, optional)"),
                costOfLiving());
        if (tax.canChangeProfiles()) {
            add(upload());
        }
    }

    private FormLayout settings() {
        var current = tax.settings();
        filingStatus.setLabel("Filing status");
        filingStatus.setId("filing-status");
        filingStatus.setItems(FilingStatus.values());
        filingStatus.setItemLabelGenerator(FilingStatus::label);
        filingStatus.setValue(current.filingStatus());
        filingStatus.setHelperText("Where a place has filing statuses (United States)");
        var years = new TreeSet<Integer>();
        tax.profiles().forEach(p -> years.add(p.profile().taxYear()));
        years.add(current.taxYear());
        taxYear.setLabel("Tax year");
        taxYear.setId("tax-year");
        taxYear.setItems(years.descendingSet());
        taxYear.setValue(current.taxYear());
        taxYear.setHelperText("Its rules apply to every year of a package");
        filingStatus.addValueChangeListener(event -> save());
        taxYear.addValueChangeListener(event -> save());
        var form = new FormLayout(filingStatus, taxYear);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setMaxWidth("720px");
        return form;
    }

    private void save() {
        if (filingStatus.getValue() == null || taxYear.getValue() == null) {
            return;
        }
        try {
            tax.saveSettings(new TaxSettings(filingStatus.getValue(), taxYear.getValue()));
            Notifications.success("Your after-tax figures now use these settings");
        } catch (InvalidInputException refused) {
            taxYear.setErrorMessage(refused.problems().getOrDefault("taxYear", refused.getMessage()));
            taxYear.setInvalid(true);
        }
    }

    private Grid<Map.Entry<String, List<String>>> regionGrid() {
        regions.setId("tax-regions");
        regions.addThemeVariants(GridVariant.LUMO_COMPACT);
        regions.addColumn(Map.Entry::getKey).setHeader("Region").setAutoWidth(true);
        regions.addColumn(entry -> String.join(" + ", entry.getValue()))
                .setHeader("Taxed by")
                .setFlexGrow(1);
        regions.setItems(tax.regionPlaces().entrySet());
        regions.setAllRowsVisible(true);
        regions.setMaxWidth("720px");
        return regions;
    }

    private Grid<ProfileVersion> profileGrid() {
        grid.setId("tax-profiles");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> v.profile().name()).setHeader("Place").setFlexGrow(2);
        grid.addColumn(v -> v.profile().filingStatus() == null
                        ? "Everybody"
                        : v.profile().filingStatus().label())
                .setHeader("Filing status")
                .setFlexGrow(1);
        grid.addColumn(v -> v.profile().yearLabel()).setHeader("Tax year").setAutoWidth(true);
        grid.addColumn(v -> "v" + v.profile().version()).setHeader("Version").setAutoWidth(true);
        grid.addColumn(v -> Formats.date(v.profile().source().asOf()))
                .setHeader("Source date")
                .setAutoWidth(true);
        grid.setItems(tax.profiles());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                TaxProfileView.class, TaxProfileView.parameters(event.getItem().profile()))));
        return grid;
    }

    private VerticalLayout costOfLiving() {
        costs.setId("cost-indexes");
        costs.addThemeVariants(GridVariant.LUMO_COMPACT);
        costs.addColumn(CostOfLiving::region).setHeader("Region").setAutoWidth(true);
        costs.addColumn(c -> Formats.number(c.index())).setHeader("Index").setAutoWidth(true);
        costs.addColumn(c -> Formats.date(c.asOf())).setHeader("As of").setAutoWidth(true);
        costs.addColumn(CostOfLiving::source).setHeader("Source").setFlexGrow(1);
        costs.addComponentColumn(c -> {
                    var remove = new Button("Remove", event -> {
                        tax.deleteCostOfLiving(c.region());
                        costs.setItems(tax.costOfLiving());
                    });
                    remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    return remove;
                })
                .setAutoWidth(true);
        costs.setAllRowsVisible(true);
        costs.setItems(tax.costOfLiving());

        costRegion.setLabel("Region");
        costRegion.setItems(tax.regions());
        costIndex.setHelperText("100 is your baseline; 150: living there costs half as much again");
        costSource.setHelperText("Where the figure comes from, e.g. your own budget");
        costBinder.forField(costRegion).asRequired("Choose a region").bind("region");
        costBinder
                .forField(costIndex)
                .asRequired("Enter an index")
                .withConverter(new AmountConverter(false))
                .bind("index");
        costBinder.forField(costAsOf).asRequired("Enter the date of the figure").bind("asOf");
        costBinder.forField(costSource).bind("source");
        var save = new Button("Save index", event -> {
            try {
                tax.saveCostOfLiving(costBinder.writeRecord());
                costs.setItems(tax.costOfLiving());
                Notifications.success("Purchasing power now uses this index");
            } catch (ValidationException invalid) {
                // each problem is shown at its field
            } catch (InvalidInputException refused) {
                FieldProblems.show(refused, costBinder);
            }
        });
        save.setId("save-cost-index");
        var form = new FormLayout(costRegion, costIndex, costAsOf, costSource);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 4));
        var box = new VerticalLayout(
                new Paragraph("Off until you enter one: an index per region gives a purchasing-power figure next to "
                        + "take-home, labelled as your own index. Offerbook ships no index."),
                costs,
                form,
                save);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout upload() {
        var ui = UI.getCurrent();
        var upload = new Upload(handler(outcome -> ui.access(() -> uploadResult.setText(message(outcome)))));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(1);
        upload.setId("upload-profile");
        uploadResult.setId("upload-result");
        var box = new VerticalLayout(
                new H3("Add a version (administrators)"),
                new Paragraph("Download a profile's document from its page, change it (docs/tax.md describes every "
                        + "field), and upload it here: it becomes the next version of that profile and year, and "
                        + "every figure from then on names it. A new place or year works the same way."),
                upload,
                uploadResult);
        box.setPadding(false);
        return box;
    }

    /** Reads an upload of at most one profile document and adds it as a version. */
    LimitedUpload<String, String> handler(Consumer<LimitedUpload.Outcome<String>> done) {
        return new LimitedUpload<>(Limits.TAX_PROFILE_DOCUMENT_MAX, TaxProfilesView::text, this::addVersion, done);
    }

    private static String text(InputStream body) {
        try {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String addVersion(String document) {
        try {
            var added = tax.addVersion(document);
            return "Added " + added.profile().title() + ".";
        } catch (InvalidInputException refused) {
            return "Nothing was added: "
                    + String.join(
                            " ",
                            refused.problems().entrySet().stream()
                                    .map(e -> e.getKey().startsWith("rows[")
                                            ? "Row "
                                                    + (Integer.parseInt(
                                                                    e.getKey().replaceAll("\\D", ""))
                                                            + 1) + ": " + e.getValue()
                                            : e.getValue())
                                    .toList());
        } catch (AccessDeniedException refused) {
            return "Nothing was added: only administrators change tax profiles.";
        }
    }

    private static String message(LimitedUpload.Outcome<String> outcome) {
        return switch (outcome) {
            case LimitedUpload.Outcome.Done<String>(var message) -> message;
            case LimitedUpload.Outcome.Refused<String>(var message) -> message;
        };
    }
}
