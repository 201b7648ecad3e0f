package com.offerbook.bands;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LevelTierRepository extends JpaRepository<LevelTierEntry, Long> {

}
