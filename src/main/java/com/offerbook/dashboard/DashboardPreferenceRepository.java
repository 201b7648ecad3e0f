package com.offerbook.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

interface DashboardPreferenceRepository extends JpaRepository<DashboardPreference, Long> {}
