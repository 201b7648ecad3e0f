package com.offerbook.sharing;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.SecretTokens;
import com.offerbook.base.SharingSwitch;
import com.offerbook.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only share links and the one-pager they show (docs/security.md, "Share links").
 *
 * <p>The owner's side ({@link #create}, {@link #list}, {@link #revoke}, {@link #report}) works only on the signed-in
 * user's own data: another user's offer or link answers {@link NotFoundException}. The visitor's side is
 * {@link #open}: it reads by token only, and answers empty for a guessed, revoked or expired token, or when sharing is
 * off, all alike.
 */
@Service
@Transactional(readOnly = true)
public class SharingService {

    /** The address a token opens: {@code /s/<token>}. */
    public static final String PATH = "s";

    static final int LABEL_MAX = 300;

    private final ShareLinkRepository links;
    private final ReportBuilder reports;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SharingSwitch sharingSwitch;
    private final TransactionTemplate readOnly;

    SharingService(
            ShareLinkRepository links,
            ReportBuilder reports,
            CurrentUser currentUser,
            Clock clock,
            SharingSwitch sharingSwitch,
            PlatformTransactionManager transactions) {
        this.links = links;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sharingSwitch = sharingSwitch;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Whether this instance shares at all ({@code offerbook.sharing.enabled}, on unless turned off), asked at run time
     * on every call (see {@link SharingSwitch}).
     */
    public boolean isEnabled() {
        return sharingSwitch.isOn();
    }

    /**
     * Makes a link to {@code target} (the user's own offers only) that opens for {@code days} days (1 to 30). The token
     * comes back this once; only its hash is stored.
     */
    @Transactional
    public CreatedLink create(ShareTarget target, int days) {
        if (!isEnabled()) {
            throw new AccessDeniedException("Sharing is turned off on this server");
        }
        if (days < Limits.SHARE_MIN_DAYS || days > Limits.SHARE_MAX_DAYS) {
            throw new InvalidInputException(Map.of(
                    "days", "A link opens for " + Limits.SHARE_MIN_DAYS + " to " + Limits.SHARE_MAX_DAYS + " days"));
        }
        var owner = currentUser.id();
        var now = clock.instant();
        if (links.countByOwnerIdAndRevokedAtIsNullAndExpiresAtAfter(owner, now) >= Limits.MAX_ACTIVE_SHARE_LINKS) {
            throw new InvalidInputException(Map.of(
                    "days",
                    "You have " + Limits.MAX_ACTIVE_SHARE_LINKS
                            + " links open already; revoke one you no longer need first"));
        }
        requireShape(target);
        var label = reports.label(target); // not found unless every offer is the user's
        var token = SecretTokens.generate();
        try {
            var link = links.saveAndFlush(new ShareLink(
                    owner, SecretTokens.hash(token), target, label, now, now.plus(Duration.ofDays(days))));
            return new CreatedLink(token, link.toRecord(now));
        } catch (DataIntegrityViolationException sameHash) {
            throw new IllegalStateException("Two random 256-bit tokens collided", sameHash);
        }
    }

    private static void requireShape(ShareTarget target) {
        int columns = target.offerIds().size() + (target.stay() ? 1 : 0);
        boolean fits = switch (target.kind()) {
            case OFFER -> target.offerIds().size() == 1 && !target.stay();
            case COMPARISON ->
                columns >= 2
                        && columns <= 4
                        && target.choice() != null
                        && target.offerIds().stream().distinct().count()
                                == target.offerIds().size();
            case DASHBOARD -> target.offerIds().isEmpty() && !target.stay();
        };
        if (!fits) {
            throw new InvalidInputException(
                    Map.of("target", "Share one offer, two to four compared, or the dashboard"));
        }
    }

    /**
     * What a link to {@code target} would be listed by ("Anthropic · ML/AI Engineer vs …"): the share dialog asks it
     * before offering to share, so another user's offer in the address answers not found at once.
     *
     * @throws NotFoundException unless every offer is the user's own
     * @throws InvalidInputException when the target is not one offer, two to four compared, or the dashboard
     */
    public String describe(ShareTarget target) {
        requireShape(target);
        return reports.label(target);
    }

    /** The user's links, newest first, with their state now. */
    public Slice<SharedLink> list(Pageable pageable) {
        var now = clock.instant();
        return links.findByOwnerIdOrderByCreatedAtDescIdDesc(currentUser.id(), pageable)
                .map(link -> link.toRecord(now));
    }

    /** Ends one of the user's links at once; revoking it again changes nothing. */
    @Transactional
    public SharedLink revoke(long linkId) {
        var link = links.findByIdAndOwnerId(linkId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("Share link"));
        var now = clock.instant();
        link.revoke(now);
        links.flush();
        return link.toRecord(now);
    }

    /** The one-pager of the user's own offer, comparison or dashboard (the PDF download). */
    public Report report(ShareTarget target) {
        requireShape(target);
        return reports.build(target);
    }

    /** The one-pager of the user's own offer, comparison or dashboard as a PDF (see {@link ReportPdf}). */
    public byte[] pdf(ShareTarget target) {
        return ReportPdf.write(report(target));
    }

    /**
     * What a share link shows, read by its token only: empty for anything that is not a token, a token no link has, a
     * revoked or expired link, a link whose offers are gone, or when sharing is off. Counts the opening.
     *
     * <p>The owner's figures are read through the owner-scoped services in one read-only transaction, as the owner
     * ({@link CurrentUser#readingAs}: on this thread only, and no statement but a read goes to the database meanwhile).
     * An offer deleted since answers empty: the transaction is then rolled back instead of committed.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Report> open(String token) {
        if (!isEnabled() || !SecretTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var found = links.findByTokenHash(SecretTokens.hash(token))
                .filter(link -> link.state(now) == SharedLink.State.ACTIVE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var link = found.get();
        var target = link.target();
        var report = readOnly.execute(status -> {
            try {
                return Optional.of(currentUser.readingAs(link.getOwnerId(), () -> reports.build(target)));
            } catch (NotFoundException | AccessDeniedException gone) {
                status.setRollbackOnly();
                return Optional.<Report>empty();
            }
        });
        if (report == null || report.isEmpty()) {
            return Optional.empty();
        }
        links.recordOpening(Objects.requireNonNull(link.getId()), now);
        return report;
    }

    /** A share link's page as a PDF, by its token only; empty whenever {@link #open} is. Counts as an opening. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<byte[]> openPdf(String token) {
        return open(token).map(ReportPdf::write);
    }
}
