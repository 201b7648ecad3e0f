package com.offerbook.demo;

import com.offerbook.accounts.AccountService;
import com.offerbook.offers.OfferService;
import com.offerbook.valuation.ValuationService;
import java.time.Clock;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

/** The demo account and its offers, as the {@code demo} profile creates them, for tests in other packages. */
public final class DemoAccount {

    public static final String USERNAME = DemoData.USERNAME;

    private DemoAccount() {}

    public static void create(AccountService accounts, OfferService offers, ValuationService valuation, Clock clock) {
        var demoProfile = new MockEnvironment();
        demoProfile.setActiveProfiles("demo");
        new DemoData(accounts, offers, valuation, clock, demoProfile).run(new DefaultApplicationArguments());
    }
}
