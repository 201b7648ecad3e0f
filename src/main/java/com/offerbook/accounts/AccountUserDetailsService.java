package com.offerbook.accounts;

import java.util.List;
import java.util.Objects;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security check a sign-in against the stored accounts, by the same key the throttle counts by. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsernameKey(Usernames.key(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInUser(
                Objects.requireNonNull(account.getId()),
                account.getUsername(),
                account.getPasswordHash(),
                account.isLocked(),
                account.getSessionEpoch(),
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
    }
}
