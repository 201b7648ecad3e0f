package com.offerbook.sharing.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.sharing.ShareKind;
import com.offerbook.sharing.ShareTarget;
import com.offerbook.sharing.SharedLink;
import com.offerbook.sharing.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Every share link the user made (what, created, expiry, last opened, how often), each revocable at once; and, when
 * the address names something to share, the form that makes a link to it. Other pages link here by address:
 * {@code /shared?offer=42}, {@code /shared?offers=1,2,stay&figure=bull&years=5}, {@code /shared?dashboard}.
 */
@Route("shared")
@PageTitle("Shared links")
@Menu(order = 19, icon = "icons/share.svg", title = "Shared links")
@PermitAll
class SharedLinksView extends VerticalLayout implements BeforeEnterObserver {

    static final String OFFER = "offer", OFFERS = "offers", FIGURE = "figure", YEARS = "years", DASHBOARD = "dashboard";

    final Grid<SharedLink> grid = new Grid<>();
    final Div createCard = new Div();
    final Paragraph what = new Paragraph();
    final IntegerField days = new IntegerField("Opens for (days)");
    final Button create = new Button("Create link");
    final TextField url = new TextField("Link (copy it now: it is shown only this once)");
    final Paragraph off = new Paragraph("Sharing is turned off on this server.");
    private final SharingService sharing;
    private @Nullable ShareTarget target;

    SharedLinksView(SharingService sharing) {
        this.sharing = sharing;
        addClassName("view");
        var intro =
                new Paragraph("Anyone with a link sees a read-only page of figures, charts and band positions until "
                        + "it expires or you revoke it; never your notes, your planner or your walk-away floor.");
        intro.addClassName("caption");
        days.setMin(Limits.SHARE_MIN_DAYS);
        days.setMax(Limits.SHARE_MAX_DAYS);
        days.setValue(Limits.SHARE_DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        days.setId("share-days");
        days.setHelperText(Limits.SHARE_MIN_DAYS + " to " + Limits.SHARE_MAX_DAYS + " days");
        create.setId("share-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> createLink());
        url.setId("share-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        what.setId("share-what");
        createCard.add(new H3("New share link"), what, days, create, url);
        createCard.addClassName("card");
        createCard.setWidth("min(40rem, 100%)");
        createCard.setVisible(false);
        off.setId("share-off");
        off.setVisible(!sharing.isEnabled());

        grid.setId("shared-links");
        grid.addColumn(link -> link.kind().label() + ": " + link.label())
                .setHeader("What")
                .setFlexGrow(3);
        grid.addColumn(link -> Formats.dateTime(link.createdAt())).setHeader("Created");
        grid.addColumn(link -> Formats.dateTime(link.expiresAt())).setHeader("Expires");
        grid.addColumn(link -> link.lastOpenedAt() instanceof Instant at ? Formats.dateTime(at) : "Never")
                .setHeader("Last opened");
        grid.addColumn(SharedLink::openCount).setHeader("Opened");
        grid.addColumn(link -> link.state().label()).setHeader("State");
        grid.addComponentColumn(link -> {
                    var revoke = new Button("Revoke", click -> revoke(link));
                    revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
                    revoke.setEnabled(link.state() == SharedLink.State.ACTIVE);
                    revoke.setId("revoke-" + link.id());
                    return revoke;
                })
                .setHeader("");
        grid.setItems(query -> sharing.list(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText("No links yet. Share an offer, a comparison or the dashboard from its page.");
        add(intro, off, createCard, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        target = sharing.isEnabled() ? target(event.getLocation().getQueryParameters()) : null;
        createCard.setVisible(target != null);
        url.setVisible(false);
        if (target != null) {
            what.setText(
                    switch (target.kind()) {
                        case OFFER -> "A link to this offer's page.";
                        case COMPARISON -> "A link to this comparison, by the figure you chose.";
                        case DASHBOARD -> "A link to your dashboard.";
                    });
        }
    }

    /** What the address asks to share; null when it names nothing (or nothing that reads). */
    static @Nullable ShareTarget target(QueryParameters query) {
        var offer = query.getSingleParameter(OFFER).filter(s -> s.matches("\\d{1,18}"));
        if (offer.isPresent()) {
            return ShareTarget.offer(Long.parseLong(offer.get()));
        }
        var offers = query.getSingleParameter(OFFERS);
        if (offers.isPresent()) {
            return ShareTarget.comparison(
                    offers.get(),
                    query.getSingleParameter(FIGURE).orElse(null),
                    query.getSingleParameter(YEARS).orElse(null));
        }
        return query.getParameters().containsKey(DASHBOARD) ? ShareTarget.dashboard() : null;
    }

    private void createLink() {
        var chosen = target;
        if (chosen == null) {
            return;
        }
        var value = days.getValue();
        if (value == null || days.isInvalid()) {
            days.setInvalid(true);
            days.setErrorMessage(Limits.SHARE_MIN_DAYS + " to " + Limits.SHARE_MAX_DAYS + " days");
            return;
        }
        try {
            var created = sharing.create(chosen, value);
            var path = "/" + created.path();
            url.setValue(path);
            url.setVisible(true);
            getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(current -> {
                var origin = URI.create(current.getProtocol() + "://" + current.getAuthority());
                url.setValue(origin.resolve(path).toString());
            }));
            grid.getDataProvider().refreshAll();
            Notifications.success(kindName(chosen.kind()) + " shared until "
                    + Formats.dateTime(created.link().expiresAt()));
        } catch (InvalidInputException refused) {
            days.setInvalid(true);
            days.setErrorMessage(Optional.ofNullable(refused.problems().get("days"))
                    .or(() -> Optional.ofNullable(refused.problems().get("target")))
                    .orElse("Not shared"));
        }
    }

    private static String kindName(ShareKind kind) {
        return switch (kind) {
            case OFFER -> "The offer is";
            case COMPARISON -> "The comparison is";
            case DASHBOARD -> "The dashboard is";
        };
    }

    private void revoke(SharedLink link) {
        sharing.revoke(link.id());
        grid.getDataProvider().refreshAll();
        Notifications.success("Revoked: the link no longer opens.");
    }
}
