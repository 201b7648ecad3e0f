package com.offerbook.valuation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferAssumptionsRepository extends JpaRepository<OfferAssumptions, Long> {

    Optional<OfferAssumptions> findByOfferIdAndOwnerId(long offerId, long ownerId);

    List<OfferAssumptions> findByOwnerId(long ownerId);

    List<OfferAssumptions> findByOwnerIdAndOfferIdIn(long ownerId, Collection<Long> offerIds);
}
