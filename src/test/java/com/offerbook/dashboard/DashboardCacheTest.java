package com.offerbook.dashboard;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.counter;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.Preferences;
import com.offerbook.currencies.ExchangeRates;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.offerbook.security.CurrentUser;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 15: the dashboard's figures are served from the cache between navigations, and a write is seen at once.
 * Not rolled back like the other service tests: eviction follows committed writes, so these tests commit (each
 * with users of its own).
 */
@SpringBootTest
class DashboardCacheTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    ExchangeRates rates;

    @Autowired
    UserDetailsService users;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    JdbcTemplate jdbc;

    /** The accounts these tests made go again, with all their data (the other tests expect an empty database). */
    @AfterEach
    void signOutAndRemoveTheAccounts() {
        TestUsers.signOut();
        jdbc.update("delete from user_account where username like 'cache-%'");
    }

    /** Signs in as a new user the way a session does (the principal carries the account id). */
    private String signedInAsNewUser() {
        var username = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.register(accounts, username);
        signIn(username);
        return username;
    }

    private void signIn(String username) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void the_second_look_is_served_from_the_cache_and_the_users_own_write_is_seen_at_once() {
        signedInAsNewUser();
        long offer = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var first = dashboard.load();

        assertThat(dashboard.load()).isSameAs(first);

        offers.addRevision(offer, counter());
        var afterCounter = dashboard.load();
        assertThat(afterCounter).isNotSameAs(first);
        assertThat(afterCounter.totalOverTime().getFirst().points()).hasSize(2);

        currentUser.savePreferences(new Preferences("EUR", false));
        assertThat(dashboard.load().currency()).isEqualTo("EUR");
    }

    @Test
    void another_users_write_leaves_my_figures_cached_and_each_sees_only_their_own() {
        var alice = signedInAsNewUser();
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var alices = dashboard.load();

        signedInAsNewUser();
        assertThat(dashboard.load().isEmpty()).isTrue();
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 200_000, 100_000));
        assertThat(dashboard.load().totalOverTime()).hasSize(1);

        signIn(alice);
        assertThat(dashboard.load()).isSameAs(alices);
    }

    @Test
    void a_changed_exchange_rate_is_seen_by_every_user_at_once() {
        TestUsers.register(accounts, "cache-admin"); // the first account of an empty database is the administrator
        assertThat(accounts.findByUsername("cache-admin").orElseThrow().isAdmin())
                .isTrue();
        var user = signedInAsNewUser();
        currentUser.savePreferences(new Preferences("EUR", false));
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var before = dashboard.load();

        signIn("cache-admin");
        var eur = rates.list().stream()
                .filter(r -> r.currency().equals("EUR"))
                .findFirst()
                .orElseThrow();
        rates.update("EUR", eur.usdPerUnit().add(new BigDecimal("0.05")), LocalDate.now(), eur.source());
        try {
            signIn(user);
            var after = dashboard.load();
            assertThat(after).isNotSameAs(before);
            assertThat(after.packages().getFirst().base())
                    .isNotEqualTo(before.packages().getFirst().base());
        } finally {
            signIn("cache-admin");
            rates.update("EUR", eur.usdPerUnit(), eur.asOf(), eur.source());
        }
    }

    @Test
    void every_entity_is_either_a_users_own_data_shared_data_or_not_read_by_the_dashboard() {
        var names = new HashSet<String>();
        entityManagers.getMetamodel().getEntities().forEach(entity -> names.add(entity.getName()));
        for (var name : names) {
            int sets = (DashboardCache.OWN_DATA.contains(name) ? 1 : 0)
                    + (DashboardCache.SHARED_DATA.contains(name) ? 1 : 0)
                    + (DashboardCache.OTHER_DATA.contains(name) ? 1 : 0);
            assertThat(sets)
                    .as(
                            "%s must be in exactly one of DashboardCache's sets: a new entity decides whether its "
                                    + "writes change dashboards",
                            name)
                    .isEqualTo(1);
        }
        assertThat(names).containsAll(DashboardCache.OWN_DATA).containsAll(DashboardCache.SHARED_DATA);
    }
}
