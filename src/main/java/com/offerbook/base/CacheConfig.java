package com.offerbook.base;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction, with Caffeine behind it (issue 15). The caches, their sizes and lifetimes are set in
 * application.properties ({@code spring.cache.*}); each feature says what it keeps and when it lets go.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfig {}
