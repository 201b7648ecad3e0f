package com.offerbook.tax;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaxSettingRepository extends JpaRepository<TaxSetting, Long> {}
