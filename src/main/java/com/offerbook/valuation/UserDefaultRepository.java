package com.offerbook.valuation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserDefaultRepository extends JpaRepository<UserDefault, UserDefault.Key> {

    @Query("select d from UserDefault d where d.key.userId = :userId")
    List<UserDefault> findByUserId(long userId);
}
