package com.offerbook.demo;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The writer of scripts/crash-test.sh ({@code crashtest} profile). At start it checks that every write a killed
 * predecessor acknowledged is in the database, and prints the verdict; then it records offers through
 * {@link OfferService} as fast as it can, appending each one's marker to the acknowledgement file only after
 * the service has returned (the transaction committed), until the script kills the process.
 */
@Component
class CrashTestWriter implements ApplicationRunner {

    static final String USERNAME = "crashtest";

    private final AccountService accounts;
    private final OfferService offers;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path acknowledgements;
    private final Environment environment;

    CrashTestWriter(
            AccountService accounts,
            OfferService offers,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${offerbook.crashtest.acks:./data/crashtest-acks.txt}") Path acknowledgements,
            Environment environment) {
        this.accounts = accounts;
        this.offers = offers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.acknowledgements = acknowledgements;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!environment.matchesProfiles("crashtest")) {
            return; // a bean in every build: Spring AOT fixes @Profile conditions when the jar is built
        }
        verify();
        if (accounts.findByUsername(USERNAME).isEmpty()) {
            accounts.register(new SignupRequest(USERNAME, "crash test password 1", "crash test password 1"));
        }
        var thread = new Thread(this::writeUntilKilled, "crash-test-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void verify() throws IOException {
        var acknowledged = Files.exists(acknowledgements)
                ? Files.readAllLines(acknowledgements, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank())
                        .toList()
                : List.<String>of();
        var stored = new HashSet<>(jdbc.queryForList("select notes from offer", String.class));
        var missing =
                acknowledged.stream().filter(marker -> !stored.contains(marker)).toList();
        if (missing.isEmpty()) {
            System.out.println("CRASHTEST VERIFIED " + acknowledged.size() + " acknowledged writes present");
        } else {
            System.out.println(
                    "CRASHTEST MISSING " + missing.size() + " of " + acknowledged.size() + ": " + missing.getFirst());
        }
        System.out.flush();
    }

    private void writeUntilKilled() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                USERNAME, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        SecurityContextHolder.setContext(context);
        var today = LocalDate.now(clock);
        try (var out = Files.newBufferedWriter(
                acknowledgements, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (!Thread.currentThread().isInterrupted()) {
                var marker = "crash-" + UUID.randomUUID();
                offers.create(
                        new OfferDraft(
                                "Crash Co",
                                "Engineer",
                                "Software Engineer",
                                "L5",
                                "Seattle",
                                "Seattle",
                                "USD",
                                OfferStatus.EXPLORING,
                                null,
                                marker),
                        new RevisionDraft(
                                RevisionKind.COMPANY_OFFER,
                                today,
                                BigDecimal.valueOf(200_000),
                                BonusTarget.Kind.AMOUNT,
                                BigDecimal.ZERO,
                                EquityKind.NONE,
                                BigDecimal.ZERO,
                                "100",
                                VestingFrequency.MONTHLY,
                                0,
                                null,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                0,
                                false,
                                List.of(),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                ""));
                // Committed: only now is the write acknowledged. The line reaches the OS at once (a killed process
                // loses nothing the OS already has).
                out.write(marker);
                out.newLine();
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
