package com.offerbook.bands;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LevelTierRepository extends JpaRepository<LevelTierEntry, Long> {

    /** Every name people type for a level (reference data, a few dozen rows). */
    @Query("select a from LevelAlias a order by a.company, a.sortNo, a.id")
    List<LevelAlias> findAllAliases();
}
