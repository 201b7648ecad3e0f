package com.offerbook.tax.ui;

import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.Formats;
import com.offerbook.comp.tax.TaxProfile;
import com.offerbook.comp.tax.TaxRow;
import com.offerbook.comp.tax.TaxSource;
import com.offerbook.tax.AfterTax;
import com.offerbook.tax.ProfileVersion;
import com.offerbook.tax.TaxService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One tax profile: every row in words with its source, the profile's note, and its versions with their documents. */
@Route("tax/:key([a-z0-9-]{1,60})/:year([0-9]{4})")
@PermitAll
class TaxProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<TaxRow> rows = new Grid<>();
    final Grid<ProfileVersion> versions = new Grid<>();
    private final TaxService tax;
    private String title = "Tax profile";

    TaxProfileView(TaxService tax) {
        this.tax = tax;
        addClassName("view");
    }

    static RouteParameters parameters(TaxProfile profile) {
        return new RouteParameters(Map.of("key", profile.key(), "year", String.valueOf(profile.taxYear())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var key = event.getRouteParameters().get("key").orElseThrow(() -> new NotFoundException("Tax profile"));
        var year = Integer.parseInt(
                event.getRouteParameters().get("year").orElseThrow(() -> new NotFoundException("Tax profile")));
        show(tax.history(key, year)); // not found: the router shows the not-found page
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(List<ProfileVersion> history) {
        removeAll();
        var newest = history.getFirst();
        var profile = newest.profile();
        title = profile.title();
        var heading = new H2(profile.title());
        heading.setId("profile-title");
        var about = new Paragraph("%s · tax year %s · %s · amounts in %s · version %d of %s by %s"
                .formatted(
                        profile.jurisdiction(),
                        profile.yearLabel(),
                        profile.filingStatus() == null
                                ? "for everybody"
                                : profile.filingStatus().label(),
                        profile.currency().getCurrencyCode(),
                        profile.version(),
                        Formats.dateTime(newest.changedAt()),
                        newest.changedBy()));
        about.addClassName("subtitle");
        var source = new Paragraph(new Span("Source: "), link(profile.source()));
        var note = new Paragraph(profile.note());
        note.addClassName("caption");
        note.setVisible(!profile.note().isBlank());
        var disclaimer = new Paragraph(AfterTax.DISCLAIMER);
        disclaimer.addClassName("caption");
        add(new RouterLink("← All tax profiles", TaxProfilesView.class), heading, about, source, note, disclaimer);

        rows.setId("profile-rows");
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(TaxRow::label).setHeader("Rule").setFlexGrow(2);
        rows.addColumn(TaxRows::kind).setHeader("Kind").setAutoWidth(true);
        rows.addColumn(row -> TaxRows.describe(row, profile.currency()))
                .setHeader("What it does")
                .setFlexGrow(4);
        rows.addComponentColumn(row -> link(row.source())).setHeader("Source").setFlexGrow(2);
        rows.setItems(profile.rows());
        rows.setAllRowsVisible(true);

        versions.setId("profile-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.addColumn(v -> "v" + v.profile().version())
                .setHeader("Version")
                .setAutoWidth(true);
        versions.addColumn(v -> Formats.dateTime(v.changedAt()))
                .setHeader("Written")
                .setAutoWidth(true);
        versions.addColumn(ProfileVersion::changedBy).setHeader("By").setAutoWidth(true);
        versions.addComponentColumn(TaxProfileView::download)
                .setHeader("Document")
                .setAutoWidth(true);
        versions.setItems(history);
        versions.setAllRowsVisible(true);

        add(new H3("Rows"), rows, new H3("Versions"), versions);
    }

    private static Component link(TaxSource source) {
        var span = new Span();
        if (source.url().isBlank()) {
            span.add(source.title());
        } else {
            var anchor = new Anchor(source.url(), source.title());
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            span.add(anchor);
        }
        if (source.asOf() != null) {
            span.add(" (" + Formats.date(source.asOf()) + ")");
        }
        return span;
    }

    private static Anchor download(ProfileVersion version) {
        var profile = version.profile();
        var name = "%s-%d-v%d.json".formatted(profile.key(), profile.taxYear(), profile.version());
        var bytes = version.document().getBytes(StandardCharsets.UTF_8);
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/json", bytes.length)),
                "Download " + name);
        anchor.setId("download-" + profile.key() + "-v" + profile.version());
        return anchor;
    }
}
