package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bands of one combination written by several transactions at the same moment: the counts of {@code band_facet} add
 * up, and the combination is forgotten only when its last band is gone. Each write commits, so the test uses a
 * combination of its own and leaves no band behind.
 */
@SpringBootTest
@Tag("database")
class BandFacetsConcurrencyTest {

    private static final int THREADS = 4;
    private static final int BANDS_EACH = 15;

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrent_writes_of_one_combination_add_up_and_the_last_delete_forgets_it() throws Exception {
        var region = "Concurrency " + System.nanoTime();
        // Accounts made here are committed; they are deleted at the end, so that the shared test database's first
        // account (its administrator) is still whichever other test signs up first.
        boolean adminExisted = accounts.findByUsername("admin").isPresent();
        TestUsers.register(accounts, "admin");
        var user = TestUsers.signInAs(accounts, "facets-concurrency").username();
        var ids = new ConcurrentLinkedQueue<Long>();

        inParallel(user, () -> {
            for (int i = 0; i < BANDS_EACH; i++) {
                ids.add(bands.create(BandFixtures.privateBand("Acme " + i, region))
                        .id());
            }
            return null;
        });
        assertThat(counted(region)).isEqualTo(THREADS * BANDS_EACH);
        assertThat(bands.regions()).contains(region);

        var queue = new ConcurrentLinkedQueue<>(ids);
        inParallel(user, () -> {
            for (Long id = queue.poll(); id != null; id = queue.poll()) {
                bands.delete(id);
            }
            return null;
        });
        assertThat(counted(region)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from band_facet where region = ?", Long.class, region))
                .as("rows left for the combination")
                .isZero();
        assertThat(bands.regions()).doesNotContain(region);
        TestUsers.signOut();
        jdbc.update("delete from user_account where username = ?", user);
        if (!adminExisted) {
            jdbc.update("delete from user_account where username = 'admin'");
        }
    }

    private long counted(String region) {
        var sum = jdbc.queryForObject("select sum(bands) from band_facet where region = ?", Long.class, region);
        return sum == null ? 0 : sum;
    }

    /** Runs the task on {@link #THREADS} threads signed in as {@code username}, started together. */
    private void inParallel(String username, Callable<Void> task) throws Exception {
        var start = new CyclicBarrier(THREADS);
        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            var results = new ArrayList<Future<Void>>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    TestUsers.signInAs(accounts, username);
                    start.await();
                    return task.call();
                }));
            }
            for (var result : List.copyOf(results)) {
                result.get();
            }
        }
    }
}
