package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals.JavaScriptInvocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: a chart's data goes to the browser with the next response and is not kept in the session after. */
class ChartTest extends BrowserlessTestBase {

    private static final ChartSpec SPEC = ChartSpec.series(
            ChartSpec.Kind.STACKED_BAR,
            "USD",
            "Two packages",
            List.of("Anthropic", "Google"),
            List.of(new ChartSpec.Series(
                    "Base",
                    "total",
                    List.of(new ChartSpec.Point("Anthropic", 315_000), new ChartSpec.Point("Google", 290_000)))));

    @Test
    void the_spec_is_sent_once_with_the_next_response_and_then_forgotten() {
        var chart = new Chart();
        UI.getCurrent().add(chart);
        chart.setSpec(SPEC);
        assertThat(chart.getSpec()).isSameAs(SPEC);

        var sent = specsSentWithTheNextResponse();

        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getParameters()).contains(SPEC);
        assertThat(chart.getSpec()).isNull();
        assertThat(chart.getElement().hasProperty("spec")).isFalse();
    }

    @Test
    void a_chart_not_yet_on_a_page_sends_its_latest_spec_once_it_is() {
        var chart = new Chart();
        chart.setSpec(ChartSpec.series(ChartSpec.Kind.STACKED_BAR, "USD", "Old", List.of(), List.of()));
        chart.setSpec(SPEC);
        UI.getCurrent().add(chart);

        var sent = specsSentWithTheNextResponse();

        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getParameters()).contains(SPEC);
    }

    /** What the next response would carry: the "this.spec = …" calls among the page's pending JavaScript. */
    private static List<JavaScriptInvocation> specsSentWithTheNextResponse() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("this.spec = $0"))
                .toList();
    }
}
