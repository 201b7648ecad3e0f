package com.offerbook.sharing.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.sharing.ShareTarget;
import com.offerbook.sharing.SharedLink;
import com.offerbook.sharing.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Every share link the user made (what, created, expiry, last opened, how often), each revocable at once; and, when
 * the address names something to share, the dialog that makes a link to it ({@link ShareDialog}). Other pages link here by address:
 * {@code /shared?offer=42}, {@code /shared?offers=1,2,stay&figure=bull&years=5}, {@code /shared?dashboard}.
 */
@Route("shared")
@PageTitle("Shared links")
@Menu(order = 19, icon = "icons/share.svg", title = "Shared links")
@PermitAll
class SharedLinksView extends VerticalLayout implements BeforeEnterObserver {

    static final String OFFER = "offer", OFFERS = "offers", FIGURE = "figure", YEARS = "years", DASHBOARD = "dashboard";

    final Grid<SharedLink> grid = new Grid<>();
    final Paragraph off = new Paragraph("Sharing is turned off on this server: no link opens, and none can be made.");
    private final SharingService sharing;

    @Nullable
    ShareDialog dialog;

    SharedLinksView(SharingService sharing) {
        this.sharing = sharing;
        addClassName("view");
        var intro =
                new Paragraph("Every link you made. Anyone with a link sees a read-only page of figures, charts and "
                        + "band positions until it expires or you revoke it; never your notes, your planner or your walk-away "
                        + "floor. To make one, use \"Share\" on an offer, on Compare or on the dashboard.");
        intro.addClassName("caption");
        off.setId("share-off");

        grid.setId("shared-links");
        grid.addColumn(link -> link.kind().label() + ": " + link.label())
                .setHeader("What it shows")
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
        add(intro, off, grid);
        // The dialog belongs to the UI, not to this page: leaving the page (back button, another address) closes it.
        addDetachListener(detach -> {
            var open = dialog;
            dialog = null;
            if (open != null) {
                open.close();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var previous = dialog;
        dialog = null;
        if (previous != null) {
            previous.close();
        }
        boolean on = sharing.isEnabled(); // asked on every visit: the property is read at run time
        off.setVisible(!on);
        var target = on ? target(event.getLocation().getQueryParameters()) : null;
        if (target != null) {
            // Another user's offer (or one deleted) answers not found here, before anything is offered: the router
            // then shows the not-found page, as for any other address with someone else's id.
            String label;
            try {
                label = sharing.describe(target);
            } catch (InvalidInputException odd) {
                Notifications.error("Share one offer, two to four compared, or the dashboard.");
                return;
            }
            var opened = new ShareDialog(
                    sharing, target, label, created -> grid.getDataProvider().refreshAll());
            // Closing it leaves the address without the target, so that a reload does not offer it again.
            opened.addOpenedChangeListener(change -> {
                if (!change.isOpened() && dialog == opened) {
                    dialog = null;
                    getUI().ifPresent(ui -> ui.navigate(SharedLinksView.class));
                }
            });
            dialog = opened;
            opened.open();
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

    private void revoke(SharedLink link) {
        sharing.revoke(link.id());
        grid.getDataProvider().refreshAll();
        Notifications.success("Revoked: the link no longer opens.");
    }
}
