package com.offerbook.accounts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SsoIdentityRepository extends JpaRepository<SsoIdentity, Long> {

    Optional<SsoIdentity> findByIssuerAndSubject(String issuer, String subject);

    boolean existsByAccountId(long accountId);
}
