package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void sends_the_markup_as_it_is_inside_an_element_with_its_classes() {
        var div = Markup.div("<span class=\"caption\">Year 1</span>", "figure-card", "wide");

        assertThat(div.getClassNames()).containsExactly("figure-card", "wide");
        assertThat(Markup.of(div)).isEqualTo("<span class=\"caption\">Year 1</span>");
        assertThat(div.getChildren()).isEmpty(); // one state node, whatever the markup holds
    }

    @Test
    void replaces_what_an_element_holds() {
        var span = Markup.span("<b>old</b>", "revision-what");
        Markup.set(span, "new");

        assertThat(Markup.of(span)).isEqualTo("new");
        assertThat(span.getElement().getTag()).isEqualTo("span");
    }
}
