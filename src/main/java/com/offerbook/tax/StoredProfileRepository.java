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

    /** The newest version of the profiles of one place and year (one per filing status, or one for everybody). */
    @Query("""
            select p from StoredProfile p
            where p.jurisdiction = :jurisdiction and p.taxYear = :taxYear
              and p.version = (select max(q.version) from StoredProfile q
                               where q.key = p.key and q.taxYear = p.taxYear)
            order by p.key""")
    List<StoredProfile> findNewest(String jurisdiction, int taxYear);

    List<StoredProfile> findByKeyAndTaxYearOrderByVersionDesc(String key, int taxYear);

    Optional<StoredProfile> findFirstByKeyAndTaxYearOrderByVersionDesc(String key, int taxYear);

    Optional<StoredProfile> findByKeyAndTaxYearAndVersion(String key, int taxYear, int version);
}
