package com.offerbook.sharing.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.sharing.CreatedLink;
import com.offerbook.sharing.ShareTarget;
import com.offerbook.sharing.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Share": how long the link opens (1 to 30 days, 7 unless changed), then the link itself, shown this once with a
 * copy button (only its hash is kept). Opened by the shared-links page when another page sends the user there with
 * something to share ({@code /shared?offer=42}); views of other features reach it by address.
 */
class ShareDialog extends Dialog {

    final Paragraph what = new Paragraph();
    final IntegerField days = new IntegerField("Opens for (days)");
    final Button create = new Button("Create link");
    final TextField url = new TextField("The link (copy it now: it is shown only this once)");
    final Button copy = new Button("Copy link");
    final Paragraph copied = new Paragraph();
    private final SharingService sharing;
    private final ShareTarget target;
    private final Consumer<CreatedLink> onCreated;

    ShareDialog(SharingService sharing, ShareTarget target, String label, Consumer<CreatedLink> onCreated) {
        this.sharing = sharing;
        this.target = target;
        this.onCreated = onCreated;
        setId("share-dialog");
        setHeaderTitle(
                switch (target.kind()) {
                    case OFFER -> "Share this offer";
                    case COMPARISON -> "Share this comparison";
                    case DASHBOARD -> "Share your dashboard";
                });
        setWidth("min(36rem, 100vw)");
        what.setId("share-what");
        what.setText(label + ". Anyone with the link sees a read-only page of "
                + switch (target.kind()) {
                    case OFFER -> "this offer's figures, charts and band positions";
                    case COMPARISON -> "this comparison, by the figure you chose";
                    case DASHBOARD -> "your dashboard's figures and charts";
                }
                + " until it expires or you revoke it: never your notes, your planner or your walk-away floor.");
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
        copy.setId("share-copy");
        copy.setVisible(false);
        copy.addClickListener(click -> {
            url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url.getValue());
            copied.setText("Copied.");
        });
        copied.setId("share-copied");
        copied.addClassName("caption");
        add(what, days, create, url, copy, copied);
        var close = new Button("Close", click -> close());
        close.setId("share-close");
        getFooter().add(close);
    }

    private void createLink() {
        var value = days.getValue();
        if (value == null || value < Limits.SHARE_MIN_DAYS || value > Limits.SHARE_MAX_DAYS) {
            days.setInvalid(true);
            days.setErrorMessage("Between " + Limits.SHARE_MIN_DAYS + " and " + Limits.SHARE_MAX_DAYS + " days");
            return;
        }
        CreatedLink created;
        try {
            created = sharing.create(target, value);
        } catch (NotFoundException gone) {
            days.setInvalid(true);
            days.setErrorMessage("This no longer exists: nothing was shared");
            return;
        } catch (InvalidInputException refused) {
            days.setInvalid(true);
            days.setErrorMessage(Optional.ofNullable(refused.problems().get("days"))
                    .or(() -> Optional.ofNullable(refused.problems().get("target")))
                    .orElse("Not shared"));
            return;
        }
        var path = "/" + created.path();
        url.setValue(path);
        url.setVisible(true);
        copy.setVisible(true);
        days.setReadOnly(true);
        create.setVisible(false);
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(current -> {
            var origin = URI.create(current.getProtocol() + "://" + current.getAuthority());
            url.setValue(origin.resolve(path).toString());
        }));
        Notifications.success("Shared until " + Formats.dateTime(created.link().expiresAt()));
        onCreated.accept(created);
    }
}
