package com.offerbook.dashboard.ui;

import com.offerbook.base.Limits;
import com.offerbook.base.ui.NativeSelect;
import com.offerbook.dashboard.Figure;
import java.util.stream.IntStream;

/** The figure and horizon choices as Compare and the dashboard both show them. */
final class FigureFields {

    private FigureFields() {}

    static void setUp(NativeSelect<Figure> figure, NativeSelect<Integer> years, String figureLabel, String idPrefix) {
        figure.setLabel(figureLabel);
        figure.setItems(Figure.values());
        figure.setWidth("min(17rem, 100%)");
        figure.setItemLabelGenerator(Figure::label);
        figure.setId(idPrefix + "-figure");
        years.setLabel("Years");
        years.setItems(IntStream.rangeClosed(Limits.MIN_HORIZON_YEARS, Limits.MAX_HORIZON_YEARS)
                .boxed()
                .toList());
        years.setItemLabelGenerator(DashboardView::years);
        years.setId(idPrefix + "-years");
        years.setWidth("8rem");
    }
}
