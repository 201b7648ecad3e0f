package com.offerbook.tax;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CostIndexRepository extends JpaRepository<CostIndex, Long> {

    List<CostIndex> findByUserIdOrderByRegion(long userId);

    @Query("select c from CostIndex c where c.userId = :userId and lower(c.region) = lower(:region)")
    Optional<CostIndex> findByUserIdAndRegionName(long userId, String region);
}
