package com.offerbook.bands;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A band as entered or imported. Base is required; equity, bonus and total comp are optional. */
public record BandDraft(
        String company,
        String roleTitle,
        String roleFamily,
        String levelLabel,
        String region,
        String currency,
        Range base,
        @Nullable Range equity,
        int equityVestingYears,
        @Nullable Range bonus,
        @Nullable Range totalComp,
        String sourceTitle,
        String sourceUrl,
        LocalDate asOf,
        boolean shared) {}
