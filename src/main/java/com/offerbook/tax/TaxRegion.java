package com.offerbook.tax;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** The places a region's wages are taxed in: "San Francisco Bay Area" → US federal and California. */
@Entity
@Table(name = "tax_region")
class TaxRegion {

    @Id
    @Column(name = "region")
    private String region = "";

    @Column(name = "jurisdictions", nullable = false)
    private String jurisdictions = "";

    protected TaxRegion() {
        // for JPA
    }

    String region() {
        return region;
    }

    /** The jurisdiction codes in the order their profiles stack ("US", "US-CA"). */
    List<String> jurisdictions() {
        return Arrays.stream(jurisdictions.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
