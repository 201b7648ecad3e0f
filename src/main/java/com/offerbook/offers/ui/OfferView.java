package com.offerbook.offers.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandMatch;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.SharingSwitch;
import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Icons;
import com.offerbook.base.ui.Markup;
import com.offerbook.base.ui.Notifications;
import com.offerbook.base.ui.ReportActions;
import com.offerbook.base.ui.TableMarkup;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.Benefits;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.Money;
import com.offerbook.offers.BandComparison;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferService;
import com.offerbook.tax.AfterTax;
import com.offerbook.tax.TaxService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
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
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One offer: its headline figures, how they are made year by year, and the whole negotiation history. */
@Route("offers/:offerId([0-9]{1,18})")
@PermitAll
class OfferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "offerId";

    final Div headline = new Div();
    /** The year-by-year figures: a static table (see {@link TableMarkup}), as are the band positions. */
    final NativeTable years = new NativeTable();

    final VerticalLayout timeline = new VerticalLayout();
    /** The newest revisions the history shows at first; the earlier ones on request. */
    static final int REVISIONS_SHOWN = 4;

    private final OfferService offers;
    private final BandService bands;
    private final TaxService tax;
    private final Clock clock;
    private final SharingSwitch sharing;
    private String title = "Offer";
    private long offerId;

    OfferView(OfferService offers, BandService bands, TaxService tax, Clock clock, SharingSwitch sharing) {
        this.offers = offers;
        this.sharing = sharing;
        this.tax = tax;
        this.bands = bands;
        this.clock = clock;
        addClassName("view");
    }

    static RouteParameters parameters(long offerId) {
        return new RouteParameters(PARAMETER, String.valueOf(offerId));
    }

    static long offerId(BeforeEnterEvent event) {
        return Long.parseLong(
                event.getRouteParameters().get(PARAMETER).orElseThrow(() -> new NotFoundException("Offer")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offerId = offerId(event);
        show(offers.getWithBand(offerId)); // not found: the router shows the not-found page
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(OfferService.WithBand withBand) {
        var offer = withBand.offer();
        removeAll();
        var details = offer.details();
        title = offer.label();
        var latest = offer.latest();

        var afterTax = tax.afterTax(details.region(), offer.taxedAs(), latest.compPackage());
        add(
                header(offer),
                headlineFigures(latest, afterTax, offer.benefits()),
                bandSection(offer, Optional.ofNullable(withBand.band())),
                yearTable(latest.compPackage()),
                new AfterTaxSection(offer, afterTax, tax, offers, () -> show(offers.getWithBand(offerId))),
                new BenefitsSection(offer, offers, () -> show(offers.getWithBand(offerId))),
                logLink(offerId),
                history(offer));
    }

    /** The negotiation log is its own page (journal.ui): views reach other features' views by address. */
    private static Component logLink(long offerId) {
        var link = new Anchor("offers/" + offerId + "/log", "Negotiation log: calls, promises and follow-ups");
        link.setId("negotiation-log");
        return link;
    }

    private Component header(OfferDetails offer) {
        var d = offer.details();
        var name = new H2(d.company());
        name.setId("offer-company");
        var subtitle =
                new Paragraph(String.join(" · ", nonBlank(d.roleTitle(), d.levelLabel(), d.location(), d.region())));
        subtitle.addClassName("subtitle");
        var badges = new Div(
                new Badge(d.status().label(), d.status().isActive() ? "accent" : "neutral"),
                new Badge(d.currency(), "neutral"));
        badges.addClassName("badges");
        if (d.deadline() != null) {
            badges.add(new Badge("Decide by " + Formats.deadline(d.deadline(), LocalDate.now(clock)), "neutral"));
        }

        var addRevision = new Button(
                "Add revision",
                Icons.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(NewRevisionView.class, parameters(offerId))));
        addRevision.addThemeVariants(ButtonVariant.PRIMARY);
        addRevision.setId("add-revision");
        var edit = new Button(
                "Edit details",
                Icons.EDIT.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(EditOfferView.class, parameters(offerId))));
        edit.setId("edit-offer");
        var delete = new Button("Delete offer", Icons.TRASH.create(), event -> confirmDeleteOffer(d.company()));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setId("delete-offer");
        var negotiate = new Button(
                "Plan the counter",
                Icons.HANDSHAKE.create(),
                event -> getUI().ifPresent(ui -> ui.navigate("offers/" + offerId + "/negotiate")));
        negotiate.setId("plan-counter");
        var worth = new Button(
                "What it is worth",
                Icons.SCALE.create(),
                event -> getUI().ifPresent(ui -> ui.navigate("offers/" + offerId + "/worth")));
        worth.setId("what-it-is-worth");
        var actions = new HorizontalLayout(addRevision, negotiate, worth, edit, delete);
        actions.addClassName("no-print");
        actions.setWrap(true);

        // Issue 14: share, print or download the offer's one-pager (never its notes)
        var report = new ReportActions("pdf/offer/" + offerId, sharing.isOn() ? "shared?offer=" + offerId : null);
        var header = new Div(name, subtitle, badges, actions, report);
        header.addClassName("offer-header");
        if (!d.notes().isBlank()) {
            var notes = new Paragraph(d.notes());
            notes.addClassName("notes");
            notes.setId("offer-notes");
            header.add(notes);
        }
        return header;
    }

    private Component headlineFigures(OfferDetails.Revision latest, AfterTax afterTax, Benefits benefits) {
        headline.removeAll();
        headline.addClassName("figure-grid");
        headline.setId("headline");
        var p = latest.compPackage();
        var h = latest.headline();
        var recurring = new FigureCard(
                "recurring",
                "Recurring total comp",
                h.recurring().format(Formats.locale()),
                "Every year: base + equity grant / %d vesting years + target bonus. One-time money is left out."
                        .formatted(p.vesting().years()));
        var yearOne = new FigureCard(
                "year-one",
                "Year 1",
                h.yearOne().format(Formats.locale()),
                "Base + bonus + the equity vesting in year 1 (%s %% under the schedule and cliff) + one-time money paid in year 1."
                        .formatted(percent(p.vesting().percentVestingInYear(1))));
        var average = new FigureCard(
                "four-year-average",
                "4-year average",
                h.fourYearAverage().format(Formats.locale()),
                "Years 1 to 4 added up and divided by 4; one-time money counts once, in year 1.");
        if (afterTax instanceof AfterTax.Estimate estimate) {
            // Headline figures in whole units, like the figures above them; the table below keeps the cents.
            recurring.afterTax(
                    "After tax " + Formats.moneyWhole(estimate.recurring().takeHome()));
            yearOne.afterTax(
                    "After tax " + Formats.moneyWhole(estimate.yearOne().takeHome()));
            average.afterTax("After tax " + Formats.moneyWhole(estimate.averageTakeHome()));
        }
        headline.add(recurring, yearOne, average);
        if (!benefits.isNone()) {
            headline.add(new FigureCard(
                    "total-rewards",
                    "Total rewards",
                    benefits.totalRewards(h.recurring(), p.base()).format(Formats.locale()),
                    "Recurring total comp + benefits a year (%s): retirement match, health cover and other benefits."
                            .formatted(benefits.yearly(p.base()).format(Formats.locale()))));
        }
        if (!p.equityKind().isLiquid()) {
            headline.add(new FigureCard(
                    "risk-adjusted",
                    "Risk-adjusted",
                    h.riskAdjusted().format(Formats.locale()),
                    "Recurring, with the equity (%s) valued %s %% lower because it cannot be sold yet."
                            .formatted(p.equityKind().label(), percent(p.liquidityDiscountPercent()))));
        }
        var signing = p.signingBonus();
        if (!signing.amount().isZero() && signing.clawbackMonths() > 0) {
            int months = signing.clawbackMonths();
            var marks = List.of(Math.max(1, months / 4), Math.max(1, months / 2), Math.max(1, 3 * months / 4));
            var lines = marks.stream()
                    .distinct()
                    .map(m -> "after " + m + " mo: " + signing.exposureAfter(m).format(Formats.locale()))
                    .toList();
            headline.add(new FigureCard(
                    "signing-exposure",
                    "Signing bonus at risk",
                    signing.exposureAfter(0).format(Formats.locale()),
                    "Repayable if you leave within %d months%s: %s."
                            .formatted(
                                    months,
                                    signing.proRated() ? ", pro-rated" : ", in full",
                                    String.join(", ", lines))));
        }
        var caption = new Paragraph(latest.draft().kind().label() + " of "
                + Formats.date(latest.draft().date()));
        caption.addClassName("caption");
        var section = new Div(new H3("Latest figures"), caption, headline);
        section.addClassName("section");
        return section;
    }

    private Component bandSection(OfferDetails offer, Optional<BandComparison> comparison) {
        var section = new Div(new H3("Against the band"));
        section.addClassName("section");
        section.setId("band-comparison");
        if (comparison.isEmpty()) {
            var none = new Paragraph("No band matches this offer: none for the same company, role family and region, "
                    + "and none at an equivalent level in the region. Choose a band below, or add one under Bands.");
            none.setId("no-band");
            section.add(none);
        } else {
            var c = comparison.get();
            var band = c.match().band();
            var link = new Anchor("bands/" + band.id(), band.title());
            link.setId("matched-band");
            var line = new Paragraph(
                    new Span("Compared with "),
                    link,
                    new Span(" · " + c.match().kind().label() + " · as of "
                            + Formats.date(band.draft().asOf())));
            line.addClassName("caption");
            section.add(line);
            if (band.stale()) {
                section.add(new Badge("This band is more than 12 months old", "error"));
            }
            if (c.rate() != null) {
                var rate = new Paragraph("Offer figures converted to "
                        + band.draft().currency() + ": " + c.rate().explanation());
                rate.addClassName("caption");
                rate.setId("conversion");
                section.add(rate);
            }
            c.notes().forEach(note -> section.add(new Paragraph(note)));
            section.add(positionTable(c.positions()));
        }
        var tier = offers.equivalentLevels(offer);
        if (!tier.isEmpty()) {
            var levels = new Paragraph("Same tier as this role: " + String.join(", ", tier) + ".");
            levels.addClassName("caption");
            levels.setId("equivalent-levels");
            section.add(levels);
        }
        section.add(bandPicker(comparison.map(c -> c.match()).orElse(null)));
        return section;
    }

    private Component bandPicker(@Nullable BandMatch match) {
        var picker = new ComboBox<BandDetails>("Compare with another band");
        picker.setId("band-picker");
        picker.setItemLabelGenerator(BandDetails::title);
        picker.setItems(
                query -> bands.pick(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
        picker.setPlaceholder("Type a company");
        picker.setWidth("min(30rem, 100%)");
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                offers.pinBand(offerId, event.getValue().id());
                show(offers.getWithBand(offerId));
            }
        });
        var row = new HorizontalLayout(picker);
        row.setAlignItems(Alignment.BASELINE);
        if (match != null && match.kind() == BandMatch.Kind.PINNED) {
            var automatic = new Button("Match automatically", event -> {
                offers.pinBand(offerId, null);
                show(offers.getWithBand(offerId));
            });
            automatic.setId("unpin-band");
            row.add(automatic);
        }
        return row;
    }

    private static NativeTable positionTable(List<BandComparison.Position> positions) {
        var markup = new TableMarkup()
                .headRow()
                .heading("Component")
                .heading("This offer")
                .heading("Band range")
                .heading("Where")
                .heading("Through the range")
                .heading("To the top");
        for (var pos : positions) {
            var p = pos.position();
            markup.bodyRow(null)
                    .heading(pos.component().label())
                    .data(p.value().rounded().format(Formats.locale()))
                    .data(p.min().format(Formats.locale()) + " – " + p.max().format(Formats.locale()))
                    .badge(p.zone().label(), tone(p.zone()))
                    .data(p.throughTheRange(Formats.locale()))
                    .data(p.gapToTop().rounded().formatSigned(Formats.locale()));
        }
        var table = new NativeTable();
        table.setId("band-positions");
        table.addClassName("data-table");
        markup.writeTo(table);
        return table;
    }

    private static String tone(BandPosition.Zone zone) {
        return switch (zone) {
            case BELOW -> "error";
            case LOWER_THIRD, MIDDLE_THIRD -> "neutral";
            case UPPER_THIRD, ABOVE -> "success";
        };
    }

    private Component yearTable(CompPackage p) {
        years.setId("year-table");
        years.addClassName("data-table");
        var markup = new TableMarkup()
                .headRow()
                .heading("Year")
                .heading("Base")
                .heading("Bonus")
                .heading("Equity vesting")
                .heading("One-time")
                .heading("Total");
        for (var y : p.yearByYear()) {
            markup.bodyRow(null)
                    .heading("Year " + y.year())
                    .data(y.base().format(Formats.locale()))
                    .data(y.bonus().format(Formats.locale()))
                    .data(y.equity().format(Formats.locale()) + " ("
                            + percent(p.vesting().percentVestingInYear(y.year())) + " %)")
                    .data(y.oneTime().format(Formats.locale()))
                    .data(y.total().format(Formats.locale()));
        }
        markup.writeTo(years);
        var explanation =
                new Paragraph("Equity vests %s %% a year with a %d-month cliff. The 4-year average is years 1–4 "
                                .formatted(p.vesting().format(), p.vesting().cliffMonths())
                        + "added up and divided by 4: " + p.fourYearAverage().format(Formats.locale()) + ".");
        explanation.addClassName("caption");
        var section = new Div(new H3("Year by year"), years, explanation);
        section.addClassName("section");
        return section;
    }

    private Component history(OfferDetails offer) {
        timeline.removeAll();
        timeline.setId("timeline");
        timeline.setPadding(false);
        boolean canDelete = offer.revisions().size() > 1;
        var newestFirst = offer.revisions().reversed();
        newestFirst.stream()
                .limit(REVISIONS_SHOWN)
                .forEach(revision -> timeline.add(revisionCard(revision, canDelete)));
        if (newestFirst.size() > REVISIONS_SHOWN) {
            // Issue 15: a long negotiation's earlier cards are made when asked for, not with every visit of the page.
            var earlier = newestFirst.subList(REVISIONS_SHOWN, newestFirst.size());
            var more = new Button(
                    earlier.size() == 1
                            ? "Show the first revision"
                            : "Show the " + earlier.size() + " earlier revisions");
            more.setId("show-earlier-revisions");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(event -> {
                timeline.remove(more);
                earlier.forEach(revision -> timeline.add(revisionCard(revision, canDelete)));
            });
            timeline.add(more);
        }
        var section = new Div(new H3("Negotiation history"), timeline);
        section.addClassName("section");
        return section;
    }

    /**
     * One revision: its kind and date, its three figures, what changed and its note. The text is static markup, two
     * state nodes however much it says; only Delete is a component (issue 15: a card of components was about thirty
     * nodes, and the offer page is the most visited page after the dashboard).
     */
    private Component revisionCard(OfferDetails.Revision revision, boolean canDelete) {
        var draft = revision.draft();
        var what = Markup.span(
                Badge.markup(draft.kind().label(), draft.kind().isFromCompany() ? "neutral" : "accent")
                        + " <span class=\"caption\">" + htmlEscape(Formats.date(draft.date())) + "</span>",
                "revision-what");
        var top = new Div(what);
        top.addClassName("revision-top");
        if (canDelete) {
            var delete = new Button(Icons.TRASH.create(), event -> confirmDeleteRevision(revision));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
            delete.setAriaLabel("Delete this revision");
            delete.addClassName("revision-delete");
            top.add(delete);
        }
        var h = revision.headline();
        var body = new StringBuilder("<div class=\"revision-figures\">")
                .append(figure("Recurring", h.recurring()))
                .append(figure("Year 1", h.yearOne()))
                .append(figure("4-year avg", h.fourYearAverage()))
                .append("</div>");
        var change = revision.changeFromPrevious();
        if (change != null) {
            body.append("<div class=\"changes\">");
            if (change.isEmpty()) {
                body.append("<span>No change in the package</span>");
            }
            change.changes()
                    .forEach(c -> body.append(Badge.markup(
                            c.name() + " " + c.delta().formatSigned(Formats.locale()),
                            c.delta().isNegative() ? "error" : "success")));
            body.append("</div>");
        }
        if (!draft.note().isBlank()) {
            body.append("<p class=\"notes\">").append(htmlEscape(draft.note())).append("</p>");
        }
        var card = new Div(top, Markup.div(body.toString(), "revision-body"));
        card.addClassNames("card", "revision");
        card.setId("revision-" + revision.sequenceNo());
        return card;
    }

    private static String figure(String label, Money value) {
        return "<div class=\"revision-figure\"><span class=\"caption\">" + htmlEscape(label)
                + "</span><span class=\"revision-figure-value\">" + htmlEscape(value.format(Formats.locale()))
                + "</span></div>";
    }

    private void confirmDeleteOffer(String company) {
        var dialog = new ConfirmDialog(
                "Delete the offer from " + company + "?",
                "The offer and all its revisions will be gone for good.",
                "Delete",
                event -> {
                    offers.delete(offerId);
                    Notifications.success("Offer deleted");
                    getUI().ifPresent(ui -> ui.navigate(OffersView.class));
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setId("confirm-delete-offer");
        dialog.open();
    }

    private void confirmDeleteRevision(OfferDetails.Revision revision) {
        var dialog = new ConfirmDialog(
                "Delete this revision?",
                revision.draft().kind().label() + " of "
                        + Formats.date(revision.draft().date()) + " will be removed from the history.",
                "Delete",
                event -> {
                    try {
                        offers.deleteRevision(offerId, revision.id());
                        show(offers.getWithBand(offerId));
                    } catch (InvalidInputException refused) {
                        Notifications.error(String.join(" ", refused.problems().values()));
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private static String percent(BigDecimal value) {
        return Formats.number(value.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(v -> !v.isBlank()).toList();
    }
}
