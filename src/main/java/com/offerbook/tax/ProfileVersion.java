package com.offerbook.tax;

import com.offerbook.comp.tax.TaxProfile;
import java.time.Instant;

/** One stored version of a profile: its rules, when and by whom it was written, and its document as stored. */
public record ProfileVersion(TaxProfile profile, Instant changedAt, String changedBy, String document) {}
