package com.offerbook.offers.ui;

import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Icons;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.OfferSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** All offers of the signed-in user in a lazy grid, with filters and a search box. */
@Route("offers")
@PageTitle("Offers")
@Menu(order = 1, icon = "icons/briefcase.svg", title = "Offers")
@PermitAll
class OffersView extends VerticalLayout {

    final TextField search = new TextField();
    final Select<OfferStatus> status = new Select<>();
    final ComboBox<String> company = new ComboBox<>();
    final Grid<OfferSummary> grid = new Grid<>();
    final Div emptyState = new Div();

    private final OfferService offers;

    OffersView(OfferService offers, Clock clock) {
        this.offers = offers;
        addClassName("view");
        setSizeFull();

        var newOffer = new Button(
                "New offer", Icons.PLUS.create(), event -> getUI().ifPresent(ui -> ui.navigate(NewOfferView.class)));
        newOffer.addThemeVariants(ButtonVariant.PRIMARY);
        newOffer.setId("new-offer");

        search.setPlaceholder("Search company, role, level, location");
        search.setPrefixComponent(Icons.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search offers");
        search.setId("search");
        status.setPlaceholder("Any status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(OfferStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setAriaLabel("Status");
        status.setId("status-filter");
        company.setPlaceholder("Any company");
        company.setClearButtonVisible(true);
        company.setItems(offers.companies());
        company.setAriaLabel("Company");
        company.setId("company-filter");

        var toolbar = new HorizontalLayout(search, status, company, newOffer);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        configureGrid(LocalDate.now(clock));
        configureEmptyState();

        search.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        company.addValueChangeListener(event -> refresh());

        add(toolbar, emptyState, grid);
        refresh();
    }

    private void configureGrid(LocalDate today) {
        grid.setId("offers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(OfferSummary::company)
                .setHeader("Company")
                .setSortProperty("company")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(OfferSummary::roleTitle)
                .setHeader("Role")
                .setSortProperty("roleTitle")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(OfferSummary::levelLabel)
                .setHeader("Level")
                .setSortProperty("levelLabel")
                .setAutoWidth(true);
        grid.addColumn(OfferSummary::location)
                .setHeader("Location")
                .setSortProperty("location")
                .setAutoWidth(true);
        grid.addComponentColumn(o -> new Badge(o.status().label(), o.status().isActive() ? "accent" : "neutral"))
                .setHeader("Status")
                .setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(o -> o.latestRecurring().format(Formats.locale()))
                .setHeader("Recurring total")
                .setKey("recurring")
                .setTooltipGenerator(o -> "Latest revision: base + equity grant / vesting years + target bonus")
                .setSortProperty("latestRecurring")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(o -> Formats.instant(o.lastChangeAt()))
                .setHeader("Last change")
                .setSortProperty("lastChangeAt")
                .setAutoWidth(true);
        grid.addColumn(o -> o.deadline() == null ? "" : Formats.deadline(o.deadline(), today))
                .setHeader("Decide by")
                .setSortProperty("deadline")
                .setAutoWidth(true);
        grid.setItems(query -> {
            var sort = VaadinSpringDataHelpers.toSpringDataSort(query);
            if (sort.isUnsorted()) {
                sort = Sort.by(Sort.Direction.DESC, "lastChangeAt");
            }
            var page = PageRequest.of(query.getPage(), query.getPageSize(), sort);
            return offers.list(currentFilter(), page).stream();
        });
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                OfferView.class, OfferView.parameters(event.getItem().id()))));
    }

    private void configureEmptyState() {
        emptyState.addClassNames("card", "empty-state");
        emptyState.setId("empty-state");
        var start = new Button(
                "Record your first offer", event -> getUI().ifPresent(ui -> ui.navigate(NewOfferView.class)));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        emptyState.add(
                new H2("No offers yet"),
                new Paragraph("Start with the offer you received: the company, the role, and the package as they "
                        + "stated it. Each time the negotiation moves, add a revision — your counter, their revised "
                        + "offer — and Offerbook keeps the whole history and does the arithmetic."),
                start);
    }

    private OfferFilter currentFilter() {
        return new OfferFilter(status.getValue(), company.getValue(), search.getValue());
    }

    private void refresh() {
        boolean hasAny = offers.count() > 0;
        emptyState.setVisible(!hasAny);
        grid.setVisible(hasAny);
        grid.getDataProvider().refreshAll();
    }
}
