package com.offerbook.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;

/**
 * The production bundle's files ({@code /VAADIN/build/}: the page's JavaScript and its chunks) and our icons, served
 * by Spring's resource handling instead of Vaadin's.
 *
 * <p>Why (issue 15, docs/performance.md "Dashboard first paint"): for every file it serves from a jar, Vaadin's
 * static file server opens the jar as a zip file system, reads its whole directory to ask whether the path is a
 * folder, and closes it again, under one lock shared by all requests; a dashboard asks for about 40 files at once.
 * Spring's resource chain resolves each path once and remembers it, and serves the {@code .br} file the build wrote
 * when the browser accepts Brotli: about half the server time per file. The bundle's file names carry a hash of their
 * content, so browsers may keep them for a year without asking again.
 *
 * <p>Only with a production bundle: in development Vaadin serves the files from its development bundle, which is not
 * on the class path, and a handler here would answer 404 for them.
 */
@Configuration(proxyBeanMethods = false)
class BuildFiles {

    private static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";

    /**
     * A mapping of its own, asked before Vaadin's mapping of every path to its servlet (and before Spring Boot's
     * default static resources, which keep their place after Vaadin's). Empty without a production bundle.
     */
    @Bean
    SimpleUrlHandlerMapping buildFilesMapping() throws Exception {
        var handlers = new LinkedHashMap<String, Object>();
        if (productionBundle()) {
            handlers.put(
                    "/VAADIN/build/**",
                    handler(
                            "META-INF/VAADIN/webapp/VAADIN/build/",
                            CacheControl.maxAge(Duration.ofDays(365))
                                    .cachePublic()
                                    .immutable(),
                            true));
            handlers.put(
                    "/icons/**",
                    handler(
                            "META-INF/resources/icons/",
                            CacheControl.maxAge(Duration.ofHours(1)).cachePublic(),
                            false));
        }
        return new SimpleUrlHandlerMapping(handlers, Ordered.HIGHEST_PRECEDENCE);
    }

    /** Files under a class path folder; each path resolved once, and its Brotli file preferred when asked for. */
    private static ResourceHttpRequestHandler handler(String folder, CacheControl caching, boolean precompressed)
            throws Exception {
        var resolvers = new ArrayList<ResourceResolver>();
        resolvers.add(new CachingResourceResolver(new ConcurrentMapCache(folder)));
        if (precompressed) {
            resolvers.add(new EncodedResourceResolver());
        }
        resolvers.add(new PathResourceResolver());
        var handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new ClassPathResource(folder)));
        handler.setResourceResolvers(resolvers);
        handler.setCacheControl(caching);
        handler.afterPropertiesSet();
        return handler;
    }

    /** Whether Vaadin runs from a production bundle, as the build that made it wrote down. */
    private static boolean productionBundle() {
        var info = new ClassPathResource(BUILD_INFO);
        if (!info.exists()) {
            return false;
        }
        try (var in = info.getInputStream()) {
            var json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Boolean.TRUE.equals(
                    JsonParserFactory.getJsonParser().parseMap(json).get("productionMode"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_INFO, e);
        }
    }
}
