package com.offerbook.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

/**
 * "Share", "Print" and "Download PDF" for a page that has a one-pager (an offer, Compare, the dashboard): the same three
 * actions, in the same place, on each. Share goes by address to the shared-links page, which opens its dialog (views
 * of one feature reach another's by address); the PDF is made on the server. None of them prints.
 */
public final class ReportActions extends Div {

    /**
     * @param pdfAddress the PDF download's address, relative to the app ({@code pdf/offer/42})
     * @param shareAddress where "Share" goes ({@code shared?offer=42}); null when sharing is off
     */
    public ReportActions(String pdfAddress, @Nullable String shareAddress) {
        addClassNames("report-actions", "no-print");
        if (shareAddress != null) {
            int query = shareAddress.indexOf('?');
            var path = query < 0 ? shareAddress : shareAddress.substring(0, query);
            var parameters = QueryParameters.fromString(query < 0 ? "" : shareAddress.substring(query + 1));
            var share = new Button(
                    "Share", Icons.SHARE.create(), click -> getUI().ifPresent(ui -> ui.navigate(path, parameters)));
            share.setId("share");
            add(share);
        }
        var print = new Button(
                "Print", click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        var pdf = new Anchor(pdfAddress, "Download PDF");
        pdf.setId("download-pdf");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", "");
        pdf.addClassName("pdf-link");
        add(print, pdf);
    }
}
