package com.offerbook.bands.ui;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandFilter;
import com.offerbook.bands.BandService;
import com.offerbook.bands.Range;
import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Icons;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The band library: shared bands and the user's own, filtered, with import and export. */
@Route("bands")
@PageTitle("Bands")
@Menu(order = 2, icon = "icons/bands.svg", title = "Bands")
@PermitAll
class BandsView extends VerticalLayout {

    final TextField company = new TextField();
    final ComboBox<String> roleFamily = new ComboBox<>();
    final ComboBox<String> region = new ComboBox<>();
    final TextField level = new TextField();
    final ComboBox<String> currency = new ComboBox<>();
    final Select<BandFilter.Scope> scope = new Select<>();
    final Grid<BandDetails> grid = new Grid<>();

    private final BandService bands;

    BandsView(BandService bands) {
        this.bands = bands;
        addClassName("view");
        setSizeFull();

        company.setPlaceholder("Company");
        company.setPrefixComponent(Icons.SEARCH.create());
        company.setClearButtonVisible(true);
        company.setValueChangeMode(ValueChangeMode.LAZY);
        company.setAriaLabel("Company");
        company.setId("company-filter");
        choices(roleFamily, BandFilter.Choice.ROLE_FAMILY, "Any role family", "Role family");
        roleFamily.setId("family-filter");
        choices(region, BandFilter.Choice.REGION, "Any region", "Region");
        region.setId("region-filter");
        level.setPlaceholder("Level");
        level.setClearButtonVisible(true);
        level.setValueChangeMode(ValueChangeMode.LAZY);
        level.setAriaLabel("Level");
        choices(currency, BandFilter.Choice.CURRENCY, "Any currency", "Currency");
        currency.setId("currency-filter");
        scope.setItems(BandFilter.Scope.values());
        scope.setItemLabelGenerator(BandFilter.Scope::label);
        scope.setValue(BandFilter.Scope.ALL);
        scope.setAriaLabel("Shared or private");
        scope.setId("scope-filter");

        var newBand = new Button(
                "New band", Icons.PLUS.create(), event -> getUI().ifPresent(ui -> ui.navigate(BandEditorView.class)));
        newBand.addThemeVariants(ButtonVariant.PRIMARY);
        newBand.setId("new-band");
        var importButton =
                new Button("Import CSV", Icons.UPLOAD.create(), event -> new ImportDialog(bands, this::refresh).open());
        importButton.setId("import-bands");
        var export = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    var out = new ByteArrayOutputStream();
                    try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                        bands.export(currentFilter(), writer);
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(out.toByteArray()), "offerbook-bands.csv", "text/csv", out.size());
                }),
                "");
        var exportButton = new Button("Export CSV", Icons.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        export.add(exportButton);
        export.setId("export-bands");

        for (var filter : new HasSize[] {company, roleFamily, region, level, currency, scope}) {
            filter.setWidth("11rem");
        }
        var filters = new HorizontalLayout(company, roleFamily, region, level, currency, scope);
        filters.setWrap(true);
        var actions = new HorizontalLayout(newBand, importButton, export);
        actions.setWrap(true);
        var toolbar = new HorizontalLayout(filters, actions);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        company.addValueChangeListener(e -> refresh());
        roleFamily.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        currency.addValueChangeListener(e -> refresh());
        scope.addValueChangeListener(e -> refresh());

        add(toolbar, grid);
    }

    /**
     * A filter list that offers, each time it opens, the values the library has together with the other filters
     * chosen (so no choice empties the grid for want of a combination), matching what is typed into it.
     */
    private void choices(ComboBox<String> list, BandFilter.Choice choice, String any, String label) {
        list.setItems(query -> {
            var typed = query.getFilter().orElse("").strip().toLowerCase(Locale.ROOT);
            return bands.choices(choice, currentFilter()).stream()
                    .filter(value -> value.toLowerCase(Locale.ROOT).contains(typed))
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        });
        list.setPlaceholder(any);
        list.setClearButtonVisible(true);
        list.setAriaLabel(label);
    }

    private void configureGrid() {
        grid.setId("bands-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(b -> b.draft().company())
                .setHeader("Company")
                .setSortProperty("company")
                .setAutoWidth(true);
        grid.addColumn(b -> b.draft().roleTitle())
                .setHeader("Role")
                .setSortProperty("roleTitle")
                .setAutoWidth(true);
        grid.addColumn(b -> b.draft().roleFamily())
                .setHeader("Family")
                .setSortProperty("roleFamily")
                .setAutoWidth(true);
        grid.addColumn(b -> b.draft().levelLabel().isBlank() ? "Any" : b.draft().levelLabel())
                .setHeader("Level")
                .setSortProperty("levelLabel")
                .setAutoWidth(true);
        grid.addColumn(b -> b.draft().region())
                .setHeader("Region")
                .setSortProperty("region")
                .setAutoWidth(true);
        grid.addColumn(b -> range(b, b.draft().base()))
                .setHeader("Base")
                .setKey("base")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(b -> range(b, b.draft().totalComp()))
                .setHeader("Total comp")
                .setKey("total")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(BandsView::flags)
                .setHeader("As of")
                .setSortProperty("asOf")
                .setAutoWidth(true);
        grid.setItems(query -> {
            var sort = VaadinSpringDataHelpers.toSpringDataSort(query);
            if (sort.isUnsorted()) {
                sort = Sort.by("company", "roleTitle", "region");
            }
            return bands.list(currentFilter(), PageRequest.of(query.getPage(), query.getPageSize(), sort)).stream();
        });
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate(BandView.class, BandView.parameters(event.getItem().id()))));
    }

    static String range(BandDetails band, @Nullable Range range) {
        return range == null
                ? ""
                : band.money(range.min()).format(Formats.locale()) + " – "
                        + band.money(range.max()).format(Formats.locale());
    }

    private static Div flags(BandDetails band) {
        var box = new Div(new Span(Formats.date(band.draft().asOf())));
        box.addClassName("badges");
        box.add(new Badge(
                band.draft().shared() ? "Shared" : "Private", band.draft().shared() ? "neutral" : "accent"));
        if (band.stale()) {
            box.add(new Badge("Stale", "error"));
        }
        return box;
    }

    BandFilter currentFilter() {
        return new BandFilter(
                company.getValue(),
                nullToEmpty(roleFamily.getValue()),
                nullToEmpty(region.getValue()),
                level.getValue(),
                nullToEmpty(currency.getValue()),
                scope.getValue() == null ? BandFilter.Scope.ALL : scope.getValue());
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        for (var list : List.of(roleFamily, region, currency)) {
            list.getDataProvider().refreshAll();
        }
    }
}
