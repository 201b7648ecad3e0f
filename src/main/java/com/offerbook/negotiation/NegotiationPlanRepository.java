package com.offerbook.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationPlanRepository extends JpaRepository<NegotiationPlan, Long> {

    Optional<NegotiationPlan> findByOfferIdAndOwnerId(long offerId, long ownerId);

    List<NegotiationPlan> findByOwnerId(long ownerId);
}
