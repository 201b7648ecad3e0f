package com.offerbook.bands.ui;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandService;
import com.offerbook.bands.OfferMarkers;
import com.offerbook.bands.Range;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Icons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One band: its ranges drawn as bars with the user's matching offers marked, percentiles, source and date. */
@Route("bands/:bandId([0-9]{1,18})")
@PermitAll
class BandView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "bandId";

    private final BandService bands;
    private final OfferMarkers offerMarkers;
    private String title = "Band";

    BandView(BandService bands, OfferMarkers offerMarkers) {
        this.bands = bands;
        this.offerMarkers = offerMarkers;
        addClassName("view");
    }

    static RouteParameters parameters(long bandId) {
        return new RouteParameters(PARAMETER, String.valueOf(bandId));
    }

    static long bandId(BeforeEnterEvent event) {
        return Long.parseLong(
                event.getRouteParameters().get(PARAMETER).orElseThrow(() -> new NotFoundException("Band")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(bands.get(bandId(event))); // not found: the router shows the not-found page
    }

    private void show(BandDetails band) {
        removeAll();
        var d = band.draft();
        title = d.company() + " · " + d.roleTitle() + " band";
        var name = new H2(band.title());
        name.setId("band-title");
        var badges = new Div(
                new Badge(d.shared() ? "Shared" : "Private", d.shared() ? "neutral" : "accent"),
                new Badge(d.currency(), "neutral"),
                new Badge("Family: " + d.roleFamily(), "neutral"),
                new Badge(d.levelLabel().isBlank() ? "Any level" : "Level " + d.levelLabel(), "neutral"));
        badges.addClassName("badges");
        if (band.stale()) {
            var stale = new Badge("Stale: as of " + Formats.date(d.asOf()) + ", more than 12 months ago", "error");
            stale.setId("stale-flag");
            badges.add(stale);
        }
        var source = new Paragraph("Source: ");
        source.addClassName("caption");
        if (d.sourceUrl().isBlank()) {
            source.add(new Span(d.sourceTitle()));
        } else {
            var link = new Anchor(d.sourceUrl(), d.sourceTitle(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            source.add(link);
        }
        source.add(new Span(" · as of " + Formats.date(d.asOf())));
        add(name, badges, source);
        if (band.editable()) {
            add(actions(band));
        }
        add(ranges(band), percentiles(band));
    }

    private Component actions(BandDetails band) {
        var edit = new Button(
                "Edit",
                Icons.EDIT.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(BandEditorView.class, parameters(band.id()))));
        edit.setId("edit-band");
        var delete = new Button("Delete", Icons.TRASH.create(), event -> {
            var dialog = new ConfirmDialog(
                    "Delete this band?",
                    band.title() + " will be removed for everyone who can see it.",
                    "Delete",
                    confirmed -> {
                        bands.delete(band.id());
                        getUI().ifPresent(ui -> ui.navigate(BandsView.class));
                    });
            dialog.setConfirmButtonTheme("error primary");
            dialog.setCancelable(true);
            dialog.open();
        });
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setId("delete-band");
        return new HorizontalLayout(edit, delete);
    }

    private Component ranges(BandDetails band) {
        var markers = offerMarkers.forBand(band);
        var components = Arrays.stream(BandDetails.Component.values())
                .filter(c -> band.range(c) != null)
                .toList();
        var categories = components.stream()
                .map(c -> c.label()
                        + (c == BandDetails.Component.EQUITY
                                ? " (" + band.draft().equityVestingYears() + " yrs)"
                                : ""))
                .toList();
        var ranges = new ArrayList<ChartSpec.RangeBar>();
        var marks = new ArrayList<ChartSpec.Marker>();
        for (int i = 0; i < components.size(); i++) {
            var component = components.get(i);
            var range = Objects.requireNonNull(band.range(component));
            ranges.add(new ChartSpec.RangeBar(
                    categories.get(i), range.min().doubleValue(), range.max().doubleValue(), band.title()));
            for (var marker : markers) {
                if (marker.component() == component) {
                    marks.add(new ChartSpec.Marker(
                            categories.get(i),
                            marker.label(),
                            marker.value().rounded().amount().doubleValue()));
                }
            }
        }
        var panel = new ChartPanel("band-ranges", "Ranges");
        panel.setSpec(ChartSpec.ranges(
                band.draft().currency(),
                "The band's range for each component, with your offers compared with this band marked.",
                categories,
                ranges,
                marks));
        panel.setNote(
                markers.isEmpty()
                        ? "None of your offers is compared with this band yet."
                        : "Bars are the band's min–max ranges; markers are your offers compared with this band.");
        panel.setWidthFull();
        return panel;
    }

    private Component percentiles(BandDetails band) {
        var grid = new Grid<BandDetails.Component>();
        grid.setId("band-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(BandDetails.Component::label).setHeader("Component").setAutoWidth(true);
        column(grid, band, "Min", Range::min);
        column(grid, band, "25th pct", Range::p25);
        column(grid, band, "Median", Range::p50);
        column(grid, band, "75th pct", Range::p75);
        column(grid, band, "90th pct", Range::p90);
        column(grid, band, "Max", Range::max);
        grid.setItems(Arrays.stream(BandDetails.Component.values())
                .filter(c -> band.range(c) != null)
                .toList());
        grid.setAllRowsVisible(true);
        var note = new Paragraph(
                "Min and max are the range a source states, not percentiles. Percentiles are shown only where the source gives them.");
        note.addClassName("caption");
        var section = new Div(new H3("Figures"), grid, note);
        section.addClassName("section");
        return section;
    }

    private static void column(
            Grid<BandDetails.Component> grid,
            BandDetails band,
            String header,
            Function<Range, @Nullable BigDecimal> value) {
        grid.addColumn(c -> {
                    var range = band.range(c);
                    var amount = range == null ? null : value.apply(range);
                    return amount == null ? "—" : band.money(amount).format(Formats.locale());
                })
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END);
    }
}
