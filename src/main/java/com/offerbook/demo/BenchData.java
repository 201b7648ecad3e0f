package com.offerbook.demo;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the {@code bench} profile, an empty database gets the account {@value #USERNAME} (password
 * {@value #PASSWORD}) with 1,000 offers of 10 revisions each, and a library of 100,000 shared bands: the data
 * the benchmarks in docs/performance.md run on.
 */
@Component
class BenchData implements ApplicationRunner {

    static final String USERNAME = "bench";
    static final String PASSWORD = "offerbook-bench";
    static final int OFFERS = 1_000;
    static final int REVISIONS = 10;
    static final int BANDS = 100_000;
    static final int COMPANIES = 200;
    private static final Logger log = LoggerFactory.getLogger(BenchData.class);

    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Environment environment;

    BenchData(AccountService accounts, JdbcTemplate jdbc, Clock clock, Environment environment) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!environment.matchesProfiles("bench")) {
            return; // a bean in every build: Spring AOT fixes @Profile conditions when the jar is built
        }
        if (accounts.findByUsername(USERNAME).isPresent()) {
            log.info("Benchmark account already exists; leaving its data alone");
            return;
        }
        long started = System.nanoTime();
        var account = accounts.register(new SignupRequest(USERNAME, PASSWORD, PASSWORD));
        var data = new ScaleData(jdbc, clock, 42);
        data.offers(account.id(), OFFERS, REVISIONS, COMPANIES);
        data.bands(BANDS, COMPANIES);
        log.info(
                "Benchmark data created in {} s: sign in as '{}' with password '{}'",
                (System.nanoTime() - started) / 1_000_000_000,
                USERNAME,
                PASSWORD);
    }
}
