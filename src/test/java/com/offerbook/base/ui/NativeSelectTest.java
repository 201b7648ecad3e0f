package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NativeSelectTest extends BrowserlessTestBase {

    record Offer(long id, String label) {}

    static final Offer ACME = new Offer(1, "Acme · Engineer"), GLOBEX = new Offer(2, "Globex <b>&</b> \"Co\"");

    final NativeSelect<Offer> select = new NativeSelect<>();
    final List<Boolean> changesFromClient = new ArrayList<>();

    @BeforeEach
    void onPage() {
        select.setLabel("Offer <to> show");
        select.setItems(ACME, GLOBEX);
        select.setItemLabelGenerator(Offer::label);
        select.addValueChangeListener(event -> changesFromClient.add(event.isFromClient()));
        UI.getCurrent().add(select);
    }

    /** What the browser draws from the markup the server sent. */
    private Document drawn() {
        return Jsoup.parseBodyFragment(select.getElement().getProperty("innerHTML", ""));
    }

    private List<String> selectedTexts() {
        return drawn().select("option[selected]").eachText();
    }

    @Test
    void label_and_options_are_text_never_markup() {
        var page = drawn();

        assertThat(Objects.requireNonNull(page.selectFirst(".native-select-label"))
                        .text())
                .isEqualTo("Offer <to> show");
        assertThat(page.select("option:not([hidden])").eachText()).containsExactly("Acme · Engineer", GLOBEX.label());
        assertThat(page.select("b")).as("no element from a label").isEmpty();
        assertThat(select.getElement().getTag()).isEqualTo("label");
    }

    @Test
    void nothing_chosen_shows_an_empty_choice_and_a_value_set_on_the_server_is_drawn_selected() {
        assertThat(select.getValue()).isNull();
        assertThat(drawn().select("option[selected]").attr("value")).isEmpty();

        select.setValue(GLOBEX);

        assertThat(selectedTexts()).containsExactly(GLOBEX.label());
        assertThat(drawn().select("option[hidden]")).isEmpty();
        assertThat(changesFromClient).containsExactly(false);
    }

    @Test
    void a_choice_in_the_browser_becomes_the_value_as_a_user_change() {
        select.setValue(ACME);

        new NativeSelectTester<>(select).selectItem(GLOBEX.label());

        assertThat(select.getValue()).isEqualTo(GLOBEX);
        assertThat(changesFromClient).containsExactly(false, true);
    }

    @Test
    void a_position_the_list_never_offered_changes_nothing() {
        select.setValue(GLOBEX);
        var tester = new NativeSelectTester<>(select);

        for (var sent : List.of("2", "-1", "1.0", "x", "", "99999999999", " 0")) {
            tester.sendValue(sent);
            assertThat(select.getValue()).as(sent).isEqualTo(GLOBEX);
            assertThat(selectedTexts()).as(sent).containsExactly(GLOBEX.label());
        }
        assertThat(changesFromClient).containsExactly(false);
        assertThatThrownBy(() -> tester.selectItem("Initech")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void new_items_without_the_chosen_one_clear_the_value() {
        select.setValue(ACME);

        select.setItems(GLOBEX);

        assertThat(select.getValue()).isNull();
        assertThat(new NativeSelectTester<>(select).labels()).containsExactly(GLOBEX.label());
    }

    @Test
    void a_disabled_list_is_drawn_disabled_and_takes_no_choice() {
        select.setValue(ACME);
        select.setEnabled(false);

        assertThat(drawn().select("select[disabled]")).hasSize(1);
        assertThatThrownBy(() -> new NativeSelectTester<>(select).selectItem(GLOBEX.label()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(select.getValue()).isEqualTo(ACME);
    }
}
