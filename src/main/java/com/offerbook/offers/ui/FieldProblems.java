package com.offerbook.offers.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Puts each problem reported by a service next to the field it belongs to. */
final class FieldProblems {

    private FieldProblems() {}

    /** Returns the problems no field was found for, so the caller can show them elsewhere. */
    static Map<String, String> show(Map<String, String> problems, Map<String, HasValidation> fields) {
        var unplaced = new LinkedHashMap<String, String>();
        problems.forEach((name, message) -> {
            var field = fields.get(name);
            if (field == null) {
                unplaced.put(name, message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unplaced;
    }
}
