package com.offerbook.security;

import com.offerbook.accounts.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Remembers when each account last signed in. */
@Component
class SignInRecorder {

    private final AccountService accounts;

    SignInRecorder(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }
}
