package com.offerbook.security;

import com.offerbook.accounts.Passkeys;
import com.offerbook.accounts.SignedInUser;
import com.offerbook.accounts.Usernames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 17: checks a passkey sign-in (Spring's relying party, {@link PasskeyRelyingParty}) and turns it into the same
 * sign-in a password makes: the principal is the account's {@link SignedInUser} (with its session epoch), so
 * {@link CurrentUser}, the per-request session check and "Your sessions" treat both alike. Spring's own provider would
 * make the WebAuthn user the principal, which the session check ends at once.
 *
 * <p>Failures count toward the same throttling as passwords ({@link LoginAttempts}): against the account the passkey
 * belongs to, where the passkey is known, and always against the address; a throttled account or address is refused
 * before the passkey is checked. A locked account does not sign in.
 */
class PasskeyAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger("com.offerbook.security.signin");

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final UserDetailsService users;
    private final Passkeys passkeys;
    private final LoginAttempts attempts;

    PasskeyAuthenticationProvider(
            WebAuthnRelyingPartyOperations relyingParty,
            UserDetailsService users,
            Passkeys passkeys,
            LoginAttempts attempts) {
        this.relyingParty = relyingParty;
        this.users = users;
        this.passkeys = passkeys;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var request = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest();
        var address = address();
        var owner = passkeys.usernameOf(request.getPublicKey().getRawId());
        var loggedName = Usernames.forLog(owner.orElse("(unknown passkey)"));
        var loggedAddress = Usernames.forLog(address);
        if (attempts.isBlocked(owner.orElse(""), address)) {
            log.warn("passkey sign-in refused (throttled) user={} address={}", loggedName, loggedAddress);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            var userEntity = relyingParty.authenticate(request);
            if (!(users.loadUserByUsername(userEntity.getName()) instanceof SignedInUser user)) {
                throw new IllegalStateException("Not an Offerbook account");
            }
            if (!user.isAccountNonLocked()) {
                throw new IllegalStateException("Account locked");
            }
            attempts.succeeded(user.getUsername());
            log.info("passkey sign-in succeeded user={} address={}", loggedName, loggedAddress);
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            signedIn.setDetails(authentication.getDetails());
            return signedIn;
        } catch (RuntimeException refused) {
            if (owner.isPresent()) {
                attempts.failed(owner.get(), address);
            } else {
                attempts.failedFromAddress(address);
            }
            log.info(
                    "passkey sign-in failed ({}) user={} address={}",
                    Usernames.forLog(String.valueOf(refused.getMessage())),
                    loggedName,
                    loggedAddress);
            throw new BadCredentialsException("Bad credentials", refused);
        }
    }

    /** The client address as Tomcat reports it (a trusted proxy's forwarded one); Spring's filter sets no details. */
    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? String.valueOf(web.getRequest().getRemoteAddr())
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
