package com.offerbook.negotiation;

import com.offerbook.base.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plan settings the planner refuses; nothing was saved or recorded. A problem with an ask or a floor names its
 * component and figure ({@link #figures()}); the others name the setting ({@link #settings()}: "aimPercent",
 * "bandId", "leverIds", "mentionedOfferIds", "message"). {@link #problems()} holds both by field name.
 */
public class PlanRefusal extends InvalidInputException {

    /** Where a problem is: one component's ask or floor. */
    public record At(PlanComponent component, PlanComponent.Figure figure) {

        public String field() {
            return component.field(figure);
        }
    }

    private final Map<At, String> figures;
    private final Map<String, String> settings;

    PlanRefusal(Map<At, String> figures, Map<String, String> settings) {
        super(all(figures, settings));
        this.figures = Map.copyOf(figures);
        this.settings = Map.copyOf(settings);
    }

    static PlanRefusal at(PlanComponent component, PlanComponent.Figure figure, String message) {
        return new PlanRefusal(Map.of(new At(component, figure), message), Map.of());
    }

    public Map<At, String> figures() {
        return figures;
    }

    public Map<String, String> settings() {
        return settings;
    }

    private static Map<String, String> all(Map<At, String> figures, Map<String, String> settings) {
        var all = new LinkedHashMap<String, String>();
        figures.forEach((at, message) -> all.put(at.field(), message));
        all.putAll(settings);
        return all;
    }
}
