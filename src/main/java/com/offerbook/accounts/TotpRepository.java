package com.offerbook.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TotpRepository extends JpaRepository<TotpAuthenticator, Long> {

    /**
     * Accepts {@code step} for the account only if it comes after the last accepted one: 1 when it did, 0 when the
     * step (or a later one) was used already. One statement, so the same code sent twice at once is accepted once.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update TotpAuthenticator t set t.lastUsedStep = :step"
            + " where t.accountId = :accountId and t.lastUsedStep < :step")
    int claimStep(long accountId, long step);
}
