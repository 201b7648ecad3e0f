package com.offerbook.bands;

import org.springframework.data.jpa.repository.JpaRepository;

interface LevelTierRepository extends JpaRepository<LevelTierEntry, Long> {}
