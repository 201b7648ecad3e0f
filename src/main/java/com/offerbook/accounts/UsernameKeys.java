package com.offerbook.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings every account's {@code username_key} in line with {@link Usernames#key} at start. Migration V009 fills the
 * column with lower case, which is the key for almost every name; the few names that NFKC or case folding changes
 * (fullwidth letters, ß) are corrected here, since SQL cannot normalise Unicode. Touches nothing once all keys agree.
 */
@Component
class UsernameKeys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UsernameKeys.class);

    private final AccountRepository accounts;

    UsernameKeys(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        for (var account : accounts.findAll()) {
            var key = Usernames.key(account.getUsername());
            if (key.equals(account.getUsernameKey())) {
                continue;
            }
            if (accounts.existsByUsernameKey(key)) {
                // Two old accounts whose names fold to one: the older keeps it, this one signs in by its stored key.
                log.warn(
                        "account {} has a name that folds like another account's; rename one of them", account.getId());
                continue;
            }
            account.correctUsernameKey(key);
            accounts.flush();
        }
    }
}
