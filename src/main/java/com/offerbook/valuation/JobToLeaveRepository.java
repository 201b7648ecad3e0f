package com.offerbook.valuation;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobToLeaveRepository extends JpaRepository<JobToLeave, Long> {}
