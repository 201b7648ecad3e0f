package com.offerbook.tax;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaxRegionRepository extends JpaRepository<TaxRegion, String> {

    @Query("select r from TaxRegion r where lower(r.region) = lower(:region)")
    Optional<TaxRegion> findByName(String region);

    List<TaxRegion> findAllByOrderByRegion();
}
