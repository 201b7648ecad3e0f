package com.offerbook.accounts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    long countByRoleAndLockedFalse(Role role);

    java.util.List<UserAccount> findAllByOrderByUsernameAsc();
}
