package com.offerbook.bands;

import com.offerbook.comp.Money;
import java.util.List;

/**
 * The signed-in user's offers that are compared with a band, as points to mark on its chart. Implemented by the
 * offers feature, so that bands do not depend on offers.
 */
public interface OfferMarkers {

    List<Marker> forBand(BandDetails band);

    /** One offer's value for one component, in the band's currency. */
    record Marker(long offerId, String label, BandDetails.Component component, Money value) {}
}
