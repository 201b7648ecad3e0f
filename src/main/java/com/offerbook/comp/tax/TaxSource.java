package com.offerbook.comp.tax;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a figure comes from: the publication's title, its address and the date it was published or read. */
public record TaxSource(String title, String url, @Nullable LocalDate asOf) {

    public TaxSource {
        title = title == null ? "" : title.strip();
        url = url == null ? "" : url.strip();
    }

    /** What is missing for the source to be citable, or an empty text. */
    String missing() {
        if (title.isEmpty()) {
            return "the source has no title";
        }
        if (url.isEmpty()) {
            return "the source has no address";
        }
        if (asOf == null) {
            return "the source has no date";
        }
        return "";
    }
}
