package com.offerbook.currencies;

import org.springframework.data.jpa.repository.JpaRepository;

interface FxRateRepository extends JpaRepository<FxRate, String> {}
