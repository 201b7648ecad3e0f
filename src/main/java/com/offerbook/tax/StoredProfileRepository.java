package com.offerbook.tax;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredProfileRepository extends JpaRepository<StoredProfile, Long> {

    /** The newest version of every profile of every year, ordered by year (newest first) and key. */
    @Query("""
            select p from StoredProfile p
            where p.version = (select max(q.version) from StoredProfile q
                               where q.key = p.key and q.taxYear = p.taxYear)
            order by p.taxYear desc, p.key""")
    List<StoredProfile> findNewestVersions();

    List<StoredProfile> findByKeyAndTaxYearOrderByVersionDesc(String key, int taxYear);

    Optional<StoredProfile> findFirstByKeyAndTaxYearOrderByVersionDesc(String key, int taxYear);
}
