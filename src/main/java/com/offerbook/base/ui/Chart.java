package com.offerbook.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.jspecify.annotations.Nullable;

/** Our chart web component ({@code frontend/offerbook-chart.ts}, Apache ECharts inside). Give it a {@link ChartSpec}. */
@Tag("offerbook-chart")
@JsModule("./offerbook-chart.ts")
@NpmPackage(value = "echarts", version = "6.1.0")
public class Chart extends Component implements HasSize {

    private @Nullable ChartSpec spec;

    public Chart() {
        setWidthFull();
        setHeight("20rem");
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().setPropertyBean("spec", spec);
    }

    public @Nullable ChartSpec getSpec() {
        return spec;
    }
}
