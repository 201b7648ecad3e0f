package com.offerbook.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.jspecify.annotations.Nullable;

/**
 * Our chart web component ({@code frontend/offerbook-chart.ts}, Apache ECharts inside). Give it a {@link ChartSpec}.
 * The spec travels to the browser once, with the next response, and is not kept on the server after that: a
 * heavy user's dashboard would otherwise hold its chart data in every session's state (issue 15). Whoever shows
 * a chart again after it was detached sets its spec again.
 */
@Tag("offerbook-chart")
@JsModule("./offerbook-chart.ts")
@NpmPackage(value = "echarts", version = "6.1.0")
public class Chart extends Component implements HasSize {

    /** The spec not yet sent to the browser. */
    private @Nullable ChartSpec pending;

    public Chart() {
        setWidthFull();
        setHeight("20rem");
    }

    public void setSpec(ChartSpec spec) {
        pending = spec;
        // Sent before the response that follows; when the chart is not attached yet, once it is.
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> send()));
    }

    /** The spec that the next response carries, if any (what tests look at before the browser gets it). */
    public @Nullable ChartSpec getSpec() {
        return pending;
    }

    private void send() {
        var spec = pending;
        if (spec != null) {
            getElement().executeJs("this.spec = $0", spec);
            pending = null;
        }
    }
}
