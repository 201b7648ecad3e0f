package com.offerbook.journal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSettingRepository extends JpaRepository<ReminderSetting, Long> {

    List<ReminderSetting> findByEnabledTrueOrderByOwnerId();
}
