package com.offerbook.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    /** Uses a code: 1 when it existed (and is now gone), 0 otherwise; the same code twice at once works once. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RecoveryCode r where r.accountId = :accountId and r.codeHash = :codeHash")
    int use(long accountId, String codeHash);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RecoveryCode r where r.accountId = :accountId")
    int deleteAllOf(long accountId);

    long countByAccountId(long accountId);
}
