package com.offerbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed production bundle ({@code src/main/bundles/prod.bundle}) has a chunk for every route. Vaadin loads a
 * view's web components from the chunk of its route (keyed by the SHA-256 of the view's class name); a view added
 * after the bundle was built has none, so its components are never defined on its page (the Passkeys page showed an
 * empty, never-upgraded grid), and Vaadin's own bundle check does not notice when those components are already in the
 * bundle for other views. The fix is a bundle rebuilt from clean (README, "Rebuilding the frontend bundles").
 */
class ProductionBundleTest {

    /** Loaded at start-up with the bundle's entry script, so they have no chunk of their own. */
    private static final Set<String> EAGER =
            Set.of("com.offerbook.accounts.ui.LoginView", "com.offerbook.dashboard.ui.DashboardView");

    @Test
    void every_route_has_its_chunk_in_the_production_bundle() throws IOException {
        var imports = flowImports(Path.of("src", "main", "bundles", "prod.bundle"));
        List<String> missing = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.offerbook").stream()
                        .filter(type -> type.isAnnotatedWith(Route.class))
                        .map(JavaClass::getName)
                        .filter(name -> !EAGER.contains(name))
                        .filter(name -> !imports.contains(sha256(name)))
                        .sorted()
                        .toList();
        assertThat(missing)
                .as("routes without a chunk in prod.bundle: rebuild it from clean")
                .isEmpty();
    }

    /** The text of the bundle's generated-flow-imports script, which maps each route's key to its chunk. */
    private static String flowImports(Path bundle) throws IOException {
        try (var zip = new ZipFile(bundle.toFile())) {
            var entry = zip.stream()
                    .filter(e -> e.getName().matches("webapp/VAADIN/build/generated-flow-imports-[^/]*\\.js"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no generated-flow-imports script in " + bundle));
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
