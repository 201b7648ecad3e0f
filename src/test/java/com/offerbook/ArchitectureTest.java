package com.offerbook;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.base.ui.AppShell;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import jakarta.persistence.Entity;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Guards the package-by-feature structure described in the README. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Spring AOT's generated classes (Foo__BeanDefinitions …), in target/classes after `package`
                .withImportOption(location -> !location.contains("__"))
                .importPackages("com.offerbook");
    }

    /**
     * Each feature is a slice; {@code base} (clock, limits, shared exceptions) sits below every feature and the shell
     * in {@code base.ui} above them, so the two are separate slices.
     */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            var name = javaClass.getPackageName();
            if (!name.startsWith("com.offerbook.")) {
                return SliceIdentifier.ignore();
            }
            if (name.startsWith("com.offerbook.base.ui")) {
                return SliceIdentifier.of("shell");
            }
            return SliceIdentifier.of(name.substring("com.offerbook.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "features of com.offerbook, with base below them and the shell (base.ui) above";
        }
    };

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(classes);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("com.offerbook.base")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("com.offerbook.base", "java..", "org.jspecify..", "org.springframework..")
                .check(classes);
    }

    /** base.data tells the features' caches of Hibernate's writes: it may know Hibernate, but still no feature. */
    @Test
    void base_data_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("com.offerbook.base.data")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "com.offerbook.base",
                        "com.offerbook.base.data",
                        "java..",
                        "org.jspecify..",
                        "org.springframework..",
                        "org.hibernate..")
                .check(classes);
    }

    @Test
    void only_ui_packages_and_the_security_configuration_use_vaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "com.offerbook.security..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(classes);
    }

    /**
     * Vaadin finds routes, layouts, error views and the app shell only in the packages {@link AppShell} names (it reads
     * every class file there at each start, so the list leaves out the rest of the application).
     */
    @Test
    void vaadin_finds_every_route_layout_error_view_and_the_app_shell() {
        var scanned = Objects.requireNonNull(AppShell.class.getAnnotation(EnableVaadin.class))
                .value();
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(RouteAlias.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .or()
                .implement(HasErrorParameter.class)
                .or()
                .implement(AppShellConfigurator.class)
                .should()
                .resideInAnyPackage(
                        Arrays.stream(scanned).map(name -> name + "..").toArray(String[]::new))
                .check(classes);
        assertThat(classes.stream().filter(c -> c.isAnnotatedWith(Route.class))).hasSizeGreaterThan(20);
    }

    @Test
    void compensation_math_is_pure_java() {
        noClasses()
                .that()
                .resideInAPackage("com.offerbook.comp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void views_never_use_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void repositories_are_package_private() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .notBePublic()
                .check(classes);
    }

    /**
     * Views are the top of a feature: nothing below them depends on them, and one feature's views do not reach into
     * another's (they navigate by address). The shell ({@code base.ui}: layout, not-found page, notifications, field
     * problems) is there for every feature's views. One exception holds today: the security configuration names the
     * login view, because Spring Security must send anonymous visitors somewhere.
     */
    @Test
    void only_views_and_the_login_configuration_depend_on_ui_packages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .doNotHaveFullyQualifiedName("com.offerbook.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.offerbook..ui..")
                .check(classes);
    }

    @Test
    void a_features_views_use_no_other_features_views_only_the_shell() {
        slices().matching("com.offerbook.(*).ui..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("com.offerbook.base.ui.."))
                .check(classes);
    }

    /** Entities are a feature's own business: at its root, and never handed to another feature's views. */
    @Test
    void entities_stay_at_their_features_root_and_out_of_other_features_views() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAPackage("com.offerbook.*")
                .check(classes);
        classes()
                .that()
                .resideInAPackage("..ui..")
                .should(new ArchCondition<JavaClass>("use no entity of another feature") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        for (var dependency : view.getDirectDependenciesFromSelf()) {
                            var target = dependency.getTargetClass();
                            if (target.isAnnotatedWith(Entity.class)
                                    && !feature(target).equals(feature(view))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    private static String feature(JavaClass javaClass) {
        var parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /**
     * Reading as another account (issue 14) is for three services alone, each after finding the account by a secret
     * token or its own setting: a share link's page (sharing), the calendar feed and the e-mail reminders (journal). No
     * view, no other service, may run anything "as" someone who is not signed in.
     */
    @Test
    void only_sharing_the_calendar_feed_and_reminders_read_as_another_account() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("com.offerbook.sharing.SharingService")
                .and()
                .doNotHaveFullyQualifiedName("com.offerbook.journal.CalendarService")
                .and()
                .doNotHaveFullyQualifiedName("com.offerbook.journal.ReminderService")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "CurrentUser.readingAs",
                        call -> call.getTarget().getOwner().getFullName().equals("com.offerbook.security.CurrentUser")
                                && call.getTarget().getName().equals("readingAs")))
                .check(classes);
    }

    @Test
    void views_are_package_private() {
        classes()
                .that()
                .resideInAPackage("..ui..")
                .and()
                .haveSimpleNameEndingWith("View")
                .and()
                .doNotHaveSimpleName("NotFoundView")
                .and()
                .doNotHaveSimpleName("LoginView")
                .should()
                .notBePublic()
                .check(classes);
    }
}
