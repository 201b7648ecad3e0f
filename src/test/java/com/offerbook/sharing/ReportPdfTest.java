package com.offerbook.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox, a parser other than the writer. */
class ReportPdfTest {

    static Report report(String title) {
        return new Report(
                title,
                "Senior · Berlin · Negotiating",
                LocalDate.of(2026, 11, 28),
                List.of(
                        new Report.Table(
                                "Key figures",
                                List.of("Figure", "Amount"),
                                List.of(List.of("Base salary", "€95,000"), List.of("Year 1", "€120,500"))),
                        new Report.Graph(
                                "Year by year",
                                "EUR",
                                "Base and equity in each year, stacked.",
                                true,
                                List.of("Year 1", "Year 2"),
                                List.of(
                                        new Report.Series("Base", List.of(95_000.0, 95_000.0)),
                                        new Report.Series("Equity", List.of(25_500.0, 25_500.0))))),
                List.of("Bonus counted at its target."),
                List.of("Band: Example GmbH · Engineer — a survey, as of 2026-01-01."));
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void the_pdf_holds_the_title_date_figures_assumptions_and_sources_as_text() throws IOException {
        var text = text(ReportPdf.write(report("Example GmbH · Engineer")));

        assertThat(text)
                .contains("Example GmbH · Engineer")
                .contains("Made on 2026-11-28")
                .contains("Base salary", "€95,000", "€120,500")
                .contains("Assumptions", "Bonus counted at its target.")
                .contains("Sources", "a survey, as of 2026-01-01");
    }

    @Test
    void each_chart_is_an_image_in_the_pdf() throws IOException {
        try (var document = Loader.loadPDF(ReportPdf.write(report("Charted")))) {
            var resources = document.getPage(0).getResources();
            int images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void markup_in_a_users_text_is_written_as_text() throws IOException {
        var text = text(ReportPdf.write(report("<b>Evil & Co</b> <script>alert(1)</script>")));

        assertThat(text).contains("<b>Evil & Co</b> <script>alert(1)</script>");
    }
}
