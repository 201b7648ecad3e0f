package com.offerbook.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PremiumLeverRepository extends JpaRepository<PremiumLever, Long> {

    @Query(
            "select l from PremiumLever l where l.ownerId is null or l.ownerId = :userId order by l.ownerId nulls first, l.name")
    List<PremiumLever> findVisible(long userId);
}
