package com.offerbook.bands;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LevelTierRepository extends JpaRepository<LevelTierEntry, Long> {

    /** Tiers a company's level belongs to; an entry with an empty level covers every level of that company. */
    @Query("""
            select distinct e.tierId from LevelTierEntry e
            where lower(e.company) = lower(:company) and (e.levelLabel = '' or lower(e.levelLabel) = lower(:level))
            """)
    List<Long> findTierIds(String company, String level);

    @Query("select e from LevelTierEntry e where e.tierId in :tierIds order by e.company, e.levelLabel")
    List<LevelTierEntry> findByTierIds(List<Long> tierIds);
}
