package com.offerbook.offers;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandMatch;
import com.offerbook.comp.BandPosition;
import com.offerbook.currencies.ExchangeRate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An offer's latest revision against its band, component by component, in the band's currency.
 * {@code rate} says how the offer's figures were converted when the currencies differ.
 */
public record BandComparison(
        BandMatch match, List<Position> positions, @Nullable ExchangeRate rate, List<String> notes) {

    /** One component: where the offer's value sits in the band's range. */
    public record Position(BandDetails.Component component, BandPosition position) {}
}
