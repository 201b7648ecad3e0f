package com.offerbook.base.ui;

import com.offerbook.comp.tax.TaxKind;
import com.offerbook.comp.tax.TaxLine;
import com.offerbook.comp.tax.TaxResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * "How this was computed": every line of an after-tax figure (each band with the income in it and its rate, each
 * flat rate, deduction and credit) with the row's source, and the totals they add up to.
 */
public final class TaxBreakdown extends Dialog {

    final Grid<TaxLine> lines = new Grid<>();

    public TaxBreakdown(String title, TaxResult result, List<String> notes) {
        setHeaderTitle(title);
        setWidth("min(960px, 96vw)");
        lines.setId("tax-breakdown");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addColumn(TaxLine::profile).setHeader("Profile").setFlexGrow(2);
        lines.addColumn(line -> line.row() + (line.what().isBlank() ? "" : " · " + line.what()))
                .setHeader("Rule")
                .setFlexGrow(3);
        lines.addColumn(line -> line.kind() == TaxKind.INCOME ? "Income tax" : "Payroll tax")
                .setHeader("Kind")
                .setAutoWidth(true);
        lines.addColumn(line -> line.base().format(Formats.locale()))
                .setHeader("On")
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(line -> line.rate() == null ? "" : percent(line.rate()))
                .setHeader("Rate")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        lines.addColumn(line -> line.tax().format(Formats.locale()))
                .setHeader("Tax")
                .setTextAlign(ColumnTextAlign.END);
        lines.addComponentColumn(TaxBreakdown::source).setHeader("Source").setFlexGrow(4);
        lines.setItems(result.lines());
        lines.setAllRowsVisible(true);

        var totals = new Paragraph("Gross %s − income tax %s − payroll tax %s = take-home %s."
                .formatted(
                        result.gross().format(Formats.locale()),
                        result.incomeTax().format(Formats.locale()),
                        result.payrollTax().format(Formats.locale()),
                        result.takeHome().format(Formats.locale())));
        totals.setId("tax-breakdown-totals");
        add(totals, lines);
        for (var note : notes) {
            if (!note.isBlank()) {
                var caption = new Paragraph(note);
                caption.addClassName("caption");
                add(caption);
            }
        }
        var close = new Button("Close", event -> close());
        getFooter().add(close);
    }

    private static Span source(TaxLine line) {
        var source = line.source();
        var span = new Span();
        if (!source.url().isBlank()) {
            var link = new Anchor(source.url(), source.title());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            span.add(link);
        } else {
            span.add(source.title());
        }
        if (source.asOf() != null) {
            span.add(" (" + Formats.date(source.asOf()) + ")");
        }
        return span;
    }

    private static String percent(BigDecimal rate) {
        return Formats.number(rate) + " %";
    }
}
