package com.offerbook.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's {@code @Scheduled} jobs (issue 14: the e-mail reminders); the one place that does. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
