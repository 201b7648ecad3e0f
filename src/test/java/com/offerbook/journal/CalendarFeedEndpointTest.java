package com.offerbook.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feed's public address over real HTTP (issue 14): no sign-in needed, the app's security headers with
 * {@code Referrer-Policy: no-referrer}, and one identical "not found" for every token that opens nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarService calendar;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The server answers from its own threads, so this test's data is committed; it goes again afterwards (every
     * table of a user's data cascades from the account), leaving the shared test database as it was.
     */
    @AfterEach
    void removeTheAccounts() {
        TestUsers.signOut();
        jdbc.update("delete from user_account where username like 'feed-http-%'");
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_feed_opens_without_sign_in_with_the_security_headers_and_no_referrer() throws Exception {
        TestUsers.signInAs(accounts, "feed-http-" + System.nanoTime());
        offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        var token = calendar.newFeed();
        TestUsers.signOut();

        var response = get("/calendar/" + token + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(response.headers().firstValue("Set-Cookie"))
                .as("no session is made")
                .isEmpty();
    }

    @Test
    void unknown_malformed_and_revoked_tokens_all_get_the_same_not_found() throws Exception {
        TestUsers.signInAs(accounts, "feed-http-" + System.nanoTime());
        var revoked = calendar.newFeed();
        calendar.turnOffFeed();
        TestUsers.signOut();

        var answers = new java.util.ArrayList<HttpResponse<String>>();
        for (var path : java.util.List.of(
                "/calendar/" + revoked + ".ics",
                "/calendar/" + "A".repeat(43) + ".ics",
                "/calendar/abc.ics",
                "/calendar/" + revoked,
                "/calendar/x")) {
            answers.add(get(path));
        }

        for (var answer : answers) {
            assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo(CalendarFeedEndpoint.NOT_FOUND);
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void other_pages_keep_their_referrer_policy_and_still_need_sign_in() throws Exception {
        var response = get("/offers");

        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.statusCode()).isIn(302, 401, 403);
    }
}
