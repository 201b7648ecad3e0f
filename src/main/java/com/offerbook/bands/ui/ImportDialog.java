package com.offerbook.bands.ui;

import com.offerbook.bands.BandCsv;
import com.offerbook.bands.BandService;
import com.offerbook.bands.ImportReport;
import com.offerbook.base.ui.LimitedUpload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Upload a band CSV. The whole file is checked first; either every row is saved or none, and every rejected row
 * is listed with its line, column and reason.
 */
class ImportDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final Grid<ImportReport.Problem> problems = new Grid<>();
    final Div warnings = new Div();
    final ProgressBar progress = new ProgressBar();

    private final BandService bands;
    private final Runnable onImported;

    ImportDialog(BandService bands, Runnable onImported) {
        this.bands = bands;
        this.onImported = onImported;
        setHeaderTitle("Import bands from CSV");
        setWidth("min(52rem, 95vw)");
        setId("import-dialog");

        var ui = UI.getCurrent();
        var upload = new Upload(handler(bands, outcome -> ui.access(() -> show(report(outcome)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) BandCsv.MAX_BYTES);
        upload.setId("band-upload");
        upload.addFileRejectedListener(event -> show(new ImportReport(
                0,
                List.of(new ImportReport.Problem(0, "", event.getErrorMessage() + " (at most 10 MB, a .csv file)")),
                List.of())));
        upload.addStartedListener(event -> {
            progress.setVisible(true);
            summary.setText("Checking the file…");
        });

        progress.setIndeterminate(true);
        progress.setVisible(false);
        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.addColumn(p -> p.line() == 0 ? "" : String.valueOf(p.line()))
                .setHeader("Line")
                .setWidth("5rem")
                .setFlexGrow(0);
        problems.addColumn(ImportReport.Problem::column)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportReport.Problem::reason).setHeader("Problem").setFlexGrow(1);
        problems.setVisible(false);
        problems.setHeight("16rem");
        warnings.addClassName("caption");

        add(
                new Paragraph(
                        "One band per row with a header row; the README's \"Band CSV format\" lists the columns. "
                                + "Required: company, role_title, role_family, region, currency, base_min, base_max, source_title, "
                                + "as_of (YYYY-MM-DD). At most 10 MB and 100,000 rows. Nothing is saved unless every row is valid."),
                upload,
                progress,
                summary,
                problems,
                warnings);
        getFooter().add(new Button("Close", event -> close()));
    }

    /**
     * Reads the upload as a stream, at most {@link BandCsv#MAX_BYTES} of it (the browser's check can be bypassed),
     * and imports it only when the whole file was within the limit; called on the upload's request thread.
     */
    static LimitedUpload<BandCsv.Parsed, ImportReport> handler(
            BandService bands, Consumer<LimitedUpload.Outcome<ImportReport>> done) {
        return new LimitedUpload<>(
                BandCsv.MAX_BYTES,
                body -> BandCsv.parse(new InputStreamReader(body, StandardCharsets.UTF_8)),
                parsed -> bands.importAll(parsed.rows(), parsed.problems()),
                done);
    }

    static ImportReport report(LimitedUpload.Outcome<ImportReport> outcome) {
        return switch (outcome) {
            case LimitedUpload.Outcome.Done<ImportReport>(var report) -> report;
            case LimitedUpload.Outcome.Refused<ImportReport>(var message) ->
                new ImportReport(0, List.of(new ImportReport.Problem(0, "", message)), List.of());
        };
    }

    /** Parses and imports one file from a stream, as an upload does (at most 10 MB of it, one at a time). */
    ImportReport importFile(InputStream data, String user) {
        return report(handler(bands, outcome -> {}).receive(data, -1, user));
    }

    void show(ImportReport report) {
        progress.setVisible(false);
        if (report.succeeded()) {
            summary.setText("Imported %d band%s.".formatted(report.saved(), report.saved() == 1 ? "" : "s"));
            summary.getElement().setAttribute("data-outcome", "ok");
            problems.setVisible(false);
            onImported.run();
        } else {
            summary.setText("Nothing was imported: %d problem%s to fix first."
                    .formatted(report.problems().size(), report.problems().size() == 1 ? "" : "s"));
            summary.getElement().setAttribute("data-outcome", "rejected");
            problems.setItems(report.problems());
            problems.setVisible(true);
        }
        warnings.removeAll();
        report.warnings().stream().limit(20).forEach(w -> warnings.add(new Paragraph(w)));
    }
}
