package com.offerbook.security;

import com.offerbook.accounts.PendingSignIn;
import com.offerbook.accounts.SecondFactors;
import com.offerbook.accounts.SignedInUser;
import com.offerbook.base.Limits;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides, after a correct password, whether sign-in is done or needs a second step: a code when the account has an
 * authenticator app, or setting one up when administrators require a second factor and the account has none. Where
 * they require one and the account's only one is a passkey, the password alone does not sign in: the passkey does.
 */
@Component
class SecondFactorStep {

    private final SecondFactors secondFactors;
    private final Clock clock;

    SecondFactorStep(SecondFactors secondFactors, Clock clock) {
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    Optional<PendingSignIn> after(Authentication passwordChecked) {
        if (!(passwordChecked.getPrincipal() instanceof SignedInUser user)) {
            return Optional.empty();
        }
        var expires = clock.instant().plus(Limits.SECOND_FACTOR_WAIT);
        if (secondFactors.hasAuthenticatorApp(user.accountId())) {
            return Optional.of(
                    new PendingSignIn(user.accountId(), user.getUsername(), expires, PendingSignIn.Step.CODE));
        }
        if (secondFactors.required() && secondFactors.hasPasskey(user.accountId())) {
            return Optional.of(
                    new PendingSignIn(user.accountId(), user.getUsername(), expires, PendingSignIn.Step.PASSKEY));
        }
        if (secondFactors.required() && !secondFactors.hasSecondFactor(user.accountId())) {
            return Optional.of(
                    new PendingSignIn(user.accountId(), user.getUsername(), expires, PendingSignIn.Step.ENROL));
        }
        return Optional.empty();
    }
}
