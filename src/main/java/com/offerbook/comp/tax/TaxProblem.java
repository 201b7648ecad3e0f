package com.offerbook.comp.tax;

/**
 * One reason a profile is refused.
 *
 * @param row the row's position (from 0), or {@link #PROFILE} for the profile itself
 * @param field the field at fault ("taxYear", "source", "bands", "rate", …)
 * @param message what is wrong, in words, naming the row
 */
public record TaxProblem(int row, String field, String message) {

    public static final int PROFILE = -1;

    @Override
    public String toString() {
        return message;
    }
}
