package com.offerbook.tax;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxRegionRepository extends JpaRepository<TaxRegion, String> {

    List<TaxRegion> findAllByOrderByRegion();
}
