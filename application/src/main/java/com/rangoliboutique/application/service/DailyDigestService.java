package com.rangoliboutique.application.service;

import com.rangoliboutique.application.port.in.DailyDigestUseCase;
import com.rangoliboutique.application.port.out.AdminNotifier;
import com.rangoliboutique.application.port.out.AdminNotifier.Digest;
import com.rangoliboutique.application.port.out.DigestClaims;
import com.rangoliboutique.application.port.out.PieceMessages;
import com.rangoliboutique.application.port.out.StockReads;
import com.rangoliboutique.application.port.out.StockReads.OnSale;
import com.rangoliboutique.application.port.out.StockReads.WaitingDraft;
import com.rangoliboutique.application.port.out.VisitStats;
import com.rangoliboutique.application.port.out.VisitStats.DayTotals;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Claims the shop day, then builds and sends its digest. A claim is a row only one process can insert; when the send
 * fails the claim is given back so the next tick (a minute later) tries again — the owner may then see again the part
 * of the digest that got through before the failure, but never misses it.
 */
public final class DailyDigestService implements DailyDigestUseCase {

    private static final System.Logger LOG = System.getLogger(DailyDigestService.class.getName());

    /** A draft counts as waiting once it is older than this. */
    static final Duration WAITING_AFTER = Duration.ofDays(1);
    /** A piece long on sale gets an alert when no one tapped it in these many days. */
    static final int QUIET_DAYS = 14;
    /** At most this many waiting drafts and this many alerts get a message of their own. */
    static final int SHOWN_MAX = 10;

    /**
     * @param at             the local time the digest is due from ({@code DIGEST_TIME}); empty = off
     * @param zone           the shop's time zone ({@code SHOP_TIME_ZONE})
     * @param staleAfterDays days on sale after which a piece without taps gets an alert ({@code STALE_AFTER_DAYS})
     */
    public record Policy(Optional<LocalTime> at, ZoneId zone, int staleAfterDays) {

        public Policy {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(zone, "zone");
            if (staleAfterDays < 1) {
                throw new IllegalArgumentException("staleAfterDays must be at least 1, was " + staleAfterDays);
            }
        }
    }

    private final VisitStats visits;
    private final StockReads stock;
    private final DigestClaims claims;
    private final AdminNotifier notifier;
    private final PieceMessages pieceMessages;
    private final Set<Long> ownerChats;
    private final Clock clock;
    private final Policy policy;

    public DailyDigestService(VisitStats visits, StockReads stock, DigestClaims claims, AdminNotifier notifier,
                              PieceMessages pieceMessages, Set<Long> ownerChats, Clock clock, Policy policy) {
        this.pieceMessages = pieceMessages;
        this.visits = visits;
        this.stock = stock;
        this.claims = claims;
        this.notifier = notifier;
        this.ownerChats = Set.copyOf(ownerChats);
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public Outcome sendIfDue() {
        if (policy.at().isEmpty()) {
            return Outcome.OFF;
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(policy.zone());
        if (!isDue(now.toLocalTime(), policy.at().get())) {
            return Outcome.NOT_YET;
        }
        LocalDate today = now.toLocalDate();
        if (!claims.claim(today)) {
            return Outcome.ALREADY_CLAIMED;
        }
        try {
            Digest digest = digest(today, now.toInstant());
            if (digest.nothingToSay() || ownerChats.isEmpty()) {
                LOG.log(Level.INFO, "digest of {0}: {1}", today, digest.nothingToSay() ? "nothing to say"
                        : "no owner to tell (TELEGRAM_ADMIN_IDS is empty)");
                return Outcome.NOTHING_TO_SAY;
            }
            for (long chat : ownerChats.stream().sorted().toList()) {
                remember(chat, notifier.sendDigest(chat, digest));
            }
            LOG.log(Level.INFO, "digest of {0} sent: {1} waiting drafts, {2} stock alerts", today,
                    digest.waitingCount(), digest.alertCount());
            return Outcome.SENT;
        } catch (RuntimeException e) {
            claims.release(today);
            LOG.log(Level.WARNING, "digest of " + today + " not sent; trying again at the next tick", e);
            return Outcome.FAILED;
        }
    }

    /** A reply to a digest line acts on its piece; a line not remembered only loses that (logged). */
    private void remember(long chat, List<AdminNotifier.AboutPiece> lines) {
        for (AdminNotifier.AboutPiece line : lines) {
            try {
                pieceMessages.remember(chat, line.messageId(), line.productId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "digest line " + line.messageId() + " not remembered: " + e);
            }
        }
    }

    /** Due from the digest time on, for the rest of the day. */
    static boolean isDue(LocalTime now, LocalTime at) {
        return !now.isBefore(at);
    }

    Digest digest(LocalDate today, Instant now) {
        LocalDate yesterday = today.minusDays(1);
        List<DayTotals> counted = visits.days(yesterday, yesterday);
        long views = counted.stream().mapToLong(DayTotals::views).sum();
        long taps = counted.stream().mapToLong(DayTotals::taps).sum();
        List<WaitingDraft> waiting = stock.draftsCreatedBefore(now.minus(WAITING_AFTER));
        List<OnSale> onSale = stock.publishedBefore(now.minus(Duration.ofDays(policy.staleAfterDays())),
                today.minusDays(QUIET_DAYS - 1L));
        List<Digest.Alert> alerts = StaleStock.alerts(onSale, now);
        return new Digest(yesterday, views, taps,
                waiting.stream().limit(SHOWN_MAX).map(w -> new Digest.Waiting(w.productId(), w.dressId(), w.title(),
                        Duration.between(w.createdAt(), now).toDays())).toList(),
                waiting.size(), alerts.stream().limit(SHOWN_MAX).toList(), alerts.size(), policy.staleAfterDays(),
                QUIET_DAYS);
    }
}
