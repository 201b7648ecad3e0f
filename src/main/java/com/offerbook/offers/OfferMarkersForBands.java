package com.offerbook.offers;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.OfferMarkers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Marks on a band's chart the user's offers (most recent 50) that are compared with that band. */
@Component
class OfferMarkersForBands implements OfferMarkers {

    static final int MAX_OFFERS = 50;

    private final OfferService offers;

    OfferMarkersForBands(OfferService offers) {
        this.offers = offers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Marker> forBand(BandDetails band) {
        var markers = new ArrayList<Marker>();
        var recent = offers.list(OfferFilter.none(), PageRequest.of(0, MAX_OFFERS, OfferService.RECENT_FIRST));
        for (var offer : offers.getAllWithBands(recent.map(OfferSummary::id).toList())) {
            var comparison = offer.band();
            if (comparison != null && comparison.match().band().id() == band.id()) {
                comparison
                        .positions()
                        .forEach(position -> markers.add(new Marker(
                                offer.offer().id(),
                                offer.offer().details().company(),
                                position.component(),
                                position.position().value())));
            }
        }
        return markers;
    }
}
