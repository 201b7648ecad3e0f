package com.offerbook.transfer.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.transfer.UserDataService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Download all of your data as one JSON file, or bring such a file into an empty account. */
@Route("account/data")
@PageTitle("Your data")
@Menu(order = 9, icon = "icons/data.svg", title = "Your data")
@PermitAll
class YourDataView extends VerticalLayout {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    final Paragraph result = new Paragraph();
    private final UserDataService data;

    YourDataView(UserDataService data) {
        this.data = data;
        addClassName("view");
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var out = new ByteArrayOutputStream();
                    data.writeJson(out);
                    return new DownloadResponse(
                            new ByteArrayInputStream(out.toByteArray()),
                            "offerbook-data.json",
                            "application/json",
                            out.size());
                }),
                "");
        download.add(new Button("Download my data (JSON)"));
        download.setId("download-data");

        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var message = importFile(bytes);
            ui.access(() -> result.setText(message));
        }));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setId("import-data");
        result.setId("import-result");

        add(
                new H3("Download"),
                new Paragraph(
                        "One JSON file with every offer and revision, your private bands, your own premium levers "
                                + "and your negotiation plans. Keep it as a backup or move to another Offerbook."),
                download,
                new H3("Import"),
                new Paragraph(
                        "Bring a downloaded file into this account. This works only while the account has no offers "
                                + "and no private bands, and either everything is imported or nothing."),
                upload,
                result);
    }

    /** Imports one uploaded file and says what happened. */
    String importFile(byte[] bytes) {
        try {
            var parsed = data.readJson(new ByteArrayInputStream(bytes));
            data.importInto(parsed);
            return "Imported %d offer(s), %d private band(s) and %d plan(s)."
                    .formatted(
                            parsed.offers().size(),
                            parsed.privateBands().size(),
                            parsed.plans().size());
        } catch (InvalidInputException refused) {
            return "Nothing was imported: "
                    + String.join(" ", refused.problems().values());
        }
    }
}
