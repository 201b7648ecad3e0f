package com.offerbook.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * Offerbook's icons: small SVG files under {@code META-INF/resources/icons/}. Using them instead of the Vaadin
 * icon set keeps that set's 68 KB (gzip) of JavaScript out of the dashboard (see docs/performance.md).
 * Menu entries name their file directly ({@code @Menu(icon = "icons/…svg")}), as annotations need constants.
 */
public enum Icons {
    SCALE,
    PLUS,
    EDIT,
    TRASH,
    SEARCH,
    UPLOAD,
    DOWNLOAD,
    HANDSHAKE,
    SHARE;

    /** The path to give {@code @Menu(icon = …)}. */
    public String path() {
        return "icons/" + name().toLowerCase(Locale.ROOT) + ".svg";
    }

    public SvgIcon create() {
        var icon = new SvgIcon(path());
        icon.addClassName("icon");
        return icon;
    }
}
