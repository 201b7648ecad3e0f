package com.offerbook.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.vaadin.flow.component.html.NativeTable;
import org.jspecify.annotations.Nullable;

/**
 * A table's rows written as static markup inside a {@link NativeTable}: one state node for all its cells (issue 15: a
 * cell of components is two nodes, and a comparison of four offers has a hundred cells). Every text is escaped. The
 * table is written again whole on a change ({@link #writeTo}).
 */
public final class TableMarkup {

    private final StringBuilder html = new StringBuilder();
    private boolean inRow;
    private boolean inBody;

    /** Starts the header row. */
    public TableMarkup headRow() {
        endRow();
        html.append("<thead><tr>");
        inRow = true;
        return this;
    }

    /** Starts a body row, with a class name or none. */
    public TableMarkup bodyRow(@Nullable String cssClass) {
        endRow();
        if (!inBody) {
            html.append(html.isEmpty() ? "<tbody>" : "</thead><tbody>");
            inBody = true;
        }
        html.append(cssClass == null ? "<tr>" : "<tr class=\"" + htmlEscape(cssClass) + "\">");
        inRow = true;
        return this;
    }

    /** A header cell ({@code th}): a column's heading, or a row's label. */
    public TableMarkup heading(String text) {
        return cell("th", text, null, null);
    }

    /** A data cell ({@code td}). */
    public TableMarkup data(String text) {
        return cell("td", text, null, null);
    }

    /** A data cell holding a {@link Badge} (its text escaped, its tone one of Badge's). */
    public TableMarkup badge(String text, String tone) {
        html.append("<td>").append(Badge.markup(text, tone)).append("</td>");
        return this;
    }

    /** A cell with a class name and a tooltip, each optional. */
    public TableMarkup cell(String tag, String text, @Nullable String cssClass, @Nullable String title) {
        if (!tag.equals("th") && !tag.equals("td")) {
            throw new IllegalArgumentException("A table cell is th or td, not " + tag);
        }
        html.append('<').append(tag);
        if (cssClass != null) {
            html.append(" class=\"").append(htmlEscape(cssClass)).append('"');
        }
        if (title != null) {
            html.append(" title=\"").append(htmlEscape(title)).append('"');
        }
        html.append('>').append(htmlEscape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** The markup so far, each open element closed. */
    public String html() {
        var closed = new StringBuilder(html);
        if (inRow) {
            closed.append("</tr>");
        }
        if (inBody) {
            closed.append("</tbody>");
        } else if (!closed.isEmpty()) {
            closed.append("</thead>");
        }
        return closed.toString();
    }

    /** Replaces the table's content with these rows. */
    public void writeTo(NativeTable table) {
        Markup.set(table, html());
    }

    private void endRow() {
        if (inRow) {
            html.append("</tr>");
            inRow = false;
        }
    }
}
