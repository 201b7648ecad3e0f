package com.offerbook.sharing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link Report} as an A4 PDF with OpenPDF, its charts drawn by JFreeChart as images (see
 * docs/decisions/015-pdf-library.md). Every piece of text goes in as a plain text chunk: nothing the user typed is
 * read as markup. Tables repeat their header row on a new page and a row never splits across pages.
 */
final class ReportPdf {

    /** A font with the characters of most languages, where the system has one (embedded, so any reader shows it). */
    private static final List<Path> UNICODE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final Color GREY = new Color(0x55, 0x5f, 0x6d);
    private static final Color[] SERIES_COLOURS = {
        new Color(0x1f, 0x6f, 0xeb),
        new Color(0x2e, 0xa0, 0x43),
        new Color(0xd2, 0x99, 0x22),
        new Color(0x8b, 0x5c, 0xf6)
    };

    private ReportPdf() {}

    static byte[] write(Report report) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        var fonts = Fonts.load();
        document.addTitle(fonts.text(report.title()));
        document.addCreator("Offerbook");
        document.open();
        document.add(new Paragraph(fonts.text(report.title()), fonts.title));
        if (!report.subtitle().isBlank()) {
            document.add(new Paragraph(fonts.text(report.subtitle()), fonts.small));
        }
        document.add(new Paragraph(
                "Made on " + report.date().format(DateTimeFormatter.ISO_LOCAL_DATE)
                        + " by Offerbook. Read-only; figures as the owner entered them.",
                fonts.small));
        for (var part : report.parts()) {
            var heading = new Paragraph(fonts.text(part.title()), fonts.heading);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            document.add(heading);
            switch (part) {
                case Report.Table table -> document.add(table(table, fonts));
                case Report.Graph graph -> {
                    document.add(chart(graph, document.getPageSize().getWidth() - 84));
                    document.add(new Paragraph(fonts.text(graph.description()), fonts.small));
                    document.add(table(Report.Table.of(graph), fonts)); // the chart's data, as the page shows it
                }
            }
        }
        list(document, "Assumptions", report.assumptions(), fonts);
        list(
                document,
                "Sources",
                report.sources().isEmpty() ? List.of("None: only figures the owner entered.") : report.sources(),
                fonts);
        document.close();
        return out.toByteArray();
    }

    private static void list(Document document, String title, List<String> lines, Fonts fonts) {
        var heading = new Paragraph(title, fonts.heading);
        heading.setSpacingBefore(12);
        document.add(heading);
        for (var line : lines) {
            document.add(new Paragraph(new Chunk("• " + fonts.text(line), fonts.body)));
        }
    }

    private static PdfPTable table(Report.Table table, Fonts fonts) {
        var pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSplitRows(false);
        pdf.setSpacingAfter(4);
        for (var header : table.headers()) {
            pdf.addCell(cell(fonts.text(header), fonts.bold, true));
        }
        for (var row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                var cell = cell(fonts.text(row.get(i)), i == 0 ? fonts.bold : fonts.body, false);
                if (i > 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private static PdfPCell cell(String text, Font font, boolean header) {
        var cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xd0, 0xd7, 0xde));
        if (header) {
            cell.setBackgroundColor(new Color(0xf0, 0xf3, 0xf6));
        }
        return cell;
    }

    private static Image chart(Report.Graph graph, float width) {
        var data = new DefaultCategoryDataset();
        for (var series : graph.series()) {
            for (int i = 0; i < graph.categories().size() && i < series.values().size(); i++) {
                data.addValue(
                        series.values().get(i),
                        series.name(),
                        graph.categories().get(i));
            }
        }
        String axis = graph.currency();
        JFreeChart chart = graph.stacked()
                ? ChartFactory.createStackedBarChart(
                        null, null, axis, data, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(null, null, axis, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        var plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd7, 0xde));
        plot.getDomainAxis().setTickLabelPaint(GREY);
        plot.getRangeAxis().setTickLabelPaint(GREY);
        var renderer = plot.getRenderer();
        for (int i = 0; i < graph.series().size(); i++) {
            renderer.setSeriesPaint(i, SERIES_COLOURS[i % SERIES_COLOURS.length]);
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setShadowVisible(false);
            bars.setBarPainter(new StandardBarPainter());
        }
        // Drawn at twice the size it prints, so it stays sharp on paper.
        var image = chart.createBufferedImage(1400, 600, 700, 300, null);
        try {
            var pdfImage = Image.getInstance(image, null);
            pdfImage.scaleToFit(width, width * 300 / 700);
            return pdfImage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of the document: a Unicode font where the system has one, else Helvetica with what it can show. */
    private record Fonts(Font title, Font heading, Font body, Font bold, Font small, boolean unicode) {

        static Fonts load() {
            var base = unicodeFont();
            if (base != null) {
                return new Fonts(
                        new Font(base, 18, Font.BOLD),
                        new Font(base, 13, Font.BOLD),
                        new Font(base, 9),
                        new Font(base, 9, Font.BOLD),
                        new Font(base, 8, Font.NORMAL, GREY),
                        true);
            }
            return new Fonts(
                    new Font(Font.HELVETICA, 18, Font.BOLD),
                    new Font(Font.HELVETICA, 13, Font.BOLD),
                    new Font(Font.HELVETICA, 9),
                    new Font(Font.HELVETICA, 9, Font.BOLD),
                    new Font(Font.HELVETICA, 8, Font.NORMAL, GREY),
                    false);
        }

        private static @Nullable BaseFont unicodeFont() {
            for (var path : UNICODE_FONTS) {
                if (Files.isReadable(path)) {
                    try {
                        return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    } catch (IOException | RuntimeException unreadable) {
                        // try the next one, or fall back to Helvetica
                    }
                }
            }
            return null;
        }

        /** Text as the font can show it: with Helvetica, characters outside Windows-1252 become "?". */
        String text(String text) {
            if (unicode) {
                return text;
            }
            var encoder = WIN_ANSI.newEncoder();
            var shown = new StringBuilder(text.length());
            text.codePoints()
                    .forEach(c -> shown.append(encoder.canEncode(Character.toString(c)) ? Character.toString(c) : "?"));
            return shown.toString();
        }
    }
}
