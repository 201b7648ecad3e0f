package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.Test;

class TableMarkupTest {

    @Test
    void writes_a_header_and_body_rows_with_every_text_escaped() {
        var markup = new TableMarkup()
                .headRow()
                .heading("")
                .cell("th", "Stay at <Acme>", "stay", null)
                .bodyRow("chosen")
                .heading("Total \"year 1\"")
                .cell("td", "$1 ★", "best", "Best in this row")
                .bodyRow(null)
                .heading("Base")
                .data("a & b");

        assertThat(markup.html())
                .isEqualTo("<thead><tr><th></th><th class=\"stay\">Stay at &lt;Acme&gt;</th></tr></thead>"
                        + "<tbody><tr class=\"chosen\"><th>Total &quot;year 1&quot;</th>"
                        + "<td class=\"best\" title=\"Best in this row\">$1 ★</td></tr>"
                        + "<tr><th>Base</th><td>a &amp; b</td></tr></tbody>");
    }

    @Test
    void a_header_alone_and_nothing_at_all_are_closed_too() {
        assertThat(new TableMarkup().headRow().heading("Year").html())
                .isEqualTo("<thead><tr><th>Year</th></tr></thead>");
        assertThat(new TableMarkup().html()).isEmpty();
        assertThat(new TableMarkup().bodyRow(null).data("1").html()).isEqualTo("<tbody><tr><td>1</td></tr></tbody>");
    }

    @Test
    void a_badge_cell_escapes_its_text() {
        assertThat(new TableMarkup()
                        .bodyRow(null)
                        .badge("<b>Below</b>", "error")
                        .html())
                .isEqualTo("<tbody><tr><td><span class=\"badge badge-error\">&lt;b&gt;Below&lt;/b&gt;</span></td></tr>"
                        + "</tbody>");
    }

    @Test
    void writes_into_the_table_element_and_takes_only_table_cells() {
        var table = new NativeTable();
        new TableMarkup().bodyRow(null).data("<script>").writeTo(table);
        assertThat(table.getElement().getProperty("innerHTML"))
                .isEqualTo("<tbody><tr><td>&lt;script&gt;</td></tr></tbody>");
        assertThatThrownBy(() -> new TableMarkup().cell("script", "x", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
