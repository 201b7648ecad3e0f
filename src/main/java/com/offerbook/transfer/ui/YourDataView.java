package com.offerbook.transfer.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.ui.LimitedUpload;
import com.offerbook.transfer.UserData;
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
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Download all of your data as one JSON file, or bring such a file into an empty account. */
@Route("account/data")
@PageTitle("Your data")
@Menu(order = 9, icon = "icons/data.svg", title = "Your data")
@PermitAll
class YourDataView extends VerticalLayout {

    static final long MAX_BYTES = Limits.JSON_UPLOAD_MAX_BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(YourDataView.class);

    final Paragraph result = new Paragraph();
    private final UserDataService data;

    YourDataView(UserDataService data) {
        this.data = data;
        addClassName("view");
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    // Written whole before it is sent: a refusal or an error never leaves a cut file behind.
                    var out = new ByteArrayOutputStream();
                    try {
                        data.writeJson(out);
                    } catch (InvalidInputException refused) {
                        return DownloadResponse.error(409, message(refused));
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(out.toByteArray()),
                            "offerbook-data.json",
                            "application/json",
                            out.size());
                }),
                "");
        var button = new Button("Download my data (JSON)");
        download.add(button);
        download.setId("download-data");
        var exportRefusal = new Paragraph();
        exportRefusal.setId("export-refusal");
        data.exportRefusal()
                .ifPresentOrElse(
                        refusal -> {
                            exportRefusal.setText(refusal);
                            button.setEnabled(false);
                            download.setEnabled(false);
                        },
                        () -> exportRefusal.setVisible(false));

        var ui = UI.getCurrent();
        var upload = new Upload(handler(outcome -> ui.access(() -> result.setText(message(outcome)))));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setId("import-data");
        upload.addFileRejectedListener(event ->
                result.setText("Nothing was imported: " + event.getErrorMessage() + " (at most 20 MB, a .json file)"));
        result.setId("import-result");

        add(
                new H3("Download"),
                new Paragraph(
                        "One JSON file with every offer and revision, your private bands, your own premium levers, "
                                + "your negotiation plans, each offer's valuation assumptions, your default "
                                + "assumptions and the job you would leave. Keep it as a backup or move to another "
                                + "Offerbook."),
                download,
                exportRefusal,
                new H3("Import"),
                new Paragraph(
                        "Bring a downloaded file into this account. This works only while the account has no offers, "
                                + "no private bands, no job to leave and no default assumptions, and either everything "
                                + "is imported or nothing. "
                                + "At most 20 MB and %,d offers.".formatted(Limits.IMPORT_MAX_OFFERS)),
                upload,
                result);
    }

    /**
     * Reads the upload as a stream, at most {@link #MAX_BYTES} of it (the browser's check can be bypassed), and
     * imports it only when the whole file was within the limit.
     */
    LimitedUpload<ReadFile, String> handler(Consumer<LimitedUpload.Outcome<String>> done) {
        return new LimitedUpload<>(MAX_BYTES, this::read, this::apply, done);
    }

    /** A parsed file, or why it is not one (that is the file's problem, not an error of the upload). */
    record ReadFile(@Nullable UserData file, String refusal) {}

    private ReadFile read(InputStream body) {
        try {
            return new ReadFile(data.readJson(body), "");
        } catch (InvalidInputException refused) {
            return new ReadFile(null, message(refused));
        }
    }

    private String apply(ReadFile parsed) {
        var file = parsed.file();
        if (file == null) {
            return "Nothing was imported: " + parsed.refusal();
        }
        try {
            data.importInto(file);
            return "Imported %d offer(s), %d private band(s) and %d plan(s)."
                    .formatted(
                            file.offers().size(),
                            file.privateBands().size(),
                            file.plans().size());
        } catch (InvalidInputException refused) {
            return "Nothing was imported: " + message(refused);
        } catch (RuntimeException unexpected) {
            var id = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Import {} failed", id, unexpected);
            return "Nothing was imported: the file could not be imported (error " + id + ").";
        }
    }

    /** Imports one file from a stream, as an upload does (at most 20 MB of it, one at a time), and says what happened. */
    String importFile(InputStream body, String user) {
        return message(handler(outcome -> {}).receive(body, -1, user));
    }

    private static String message(LimitedUpload.Outcome<String> outcome) {
        return switch (outcome) {
            case LimitedUpload.Outcome.Done<String>(var message) -> message;
            case LimitedUpload.Outcome.Refused<String>(var message) -> message;
        };
    }

    private static String message(InvalidInputException refused) {
        return String.join(" ", refused.problems().values());
    }
}
