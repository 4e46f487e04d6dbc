package io.capitalist4j.testkit.journal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PayoutJournalPort} promises, one test per sentence of its javadoc. Extend it, return a fresh
 * journal from {@link #newJournal}, and the tests run against it:
 *
 * <pre>{@code
 * class MyJournalTest extends PayoutJournalContract {
 *     protected PayoutJournalPort newJournal(Clock clock) { return new MyJournal(dataSource, clock); }
 * }
 * }</pre>
 *
 * Each test works under logins of its own, so a journal whose store outlives one test (a shared database) is fine.
 * Timestamps are pinned against the {@link ManualClock} given to {@link #newJournal}, which moves in whole seconds.
 */
public abstract class PayoutJournalContract {

    private static final int RACING_THREADS = 16;

    protected ManualClock clock;
    protected PayoutJournalPort journal;
    private final List<PayoutJournalPort> opened = new ArrayList<>();
    private String login;

    /** A journal ready to use (its schema created when it has one), timed by {@code clock}. */
    protected abstract PayoutJournalPort newJournal(java.time.Clock clock);

    /**
     * A second handle on the very store of {@code first}, as another process would open it (e.g. a second pool
     * over the same database). The default is {@code first} itself, which suits a store that lives in memory.
     */
    protected PayoutJournalPort sameStoreAgain(PayoutJournalPort first, java.time.Clock clock) {
        return first;
    }

    @BeforeEach
    void openTheJournal() {
        clock = ManualClock.fixed();
        journal = track(newJournal(clock));
        login = "contract-" + UUID.randomUUID();
    }

    @AfterEach
    void closeTheJournals() {
        opened.forEach(PayoutJournalPort::close);
    }

    /** Closes {@code handle} after the test. */
    protected final PayoutJournalPort track(PayoutJournalPort handle) {
        opened.add(handle);
        return handle;
    }

    // --- claim -----------------------------------------------------------------------------------------------

    @Test
    void aClaimMovesNumbersNeverSeenToInDoubtUnderOneNewClaimIdCommittedBeforeItReturns() {
        Instant t0 = clock.instant();
        JournalClaim claim = journal.claim(login, List.of("p-1", "p-2", "p-3"), ClaimMode.ALL_OR_NOTHING);

        assertEquals(List.of("p-1", "p-2", "p-3"), claim.claimed());
        assertTrue(claim.held().isEmpty());
        assertTrue(claim.complete());
        assertFalse(claim.claimId().isBlank());
        Map<String, JournalEntry> found = journal.find(login, List.of("p-1", "p-2", "p-3"));
        assertEquals(Set.of("p-1", "p-2", "p-3"), found.keySet());
        for (JournalEntry e : found.values()) {
            assertEquals(login, e.login());
            assertEquals(JournalState.IN_DOUBT, e.state());
            assertEquals(claim.claimId(), e.claimId());
            assertEquals(Optional.empty(), e.batchId());
            assertEquals(Optional.empty(), e.note());
            assertEquals(t0, e.claimedAt());
            assertEquals(t0, e.updatedAt());
        }
    }

    @Test
    void twoClaimsGetTwoDifferentClaimIds() {
        JournalClaim first = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);
        JournalClaim second = journal.claim(login, List.of("b"), ClaimMode.ALL_OR_NOTHING);

        assertNotEquals(first.claimId(), second.claimId());
    }

    @Test
    void anInDoubtNumberIsHeldAndCannotBeClaimedAgain() {
        JournalClaim first = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);

        JournalClaim second = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);

        assertEquals(List.of(), second.claimed());
        assertEquals(1, second.held().size());
        assertEquals(JournalState.IN_DOUBT, second.held().get(0).state());
        assertEquals(first.claimId(), second.held().get(0).claimId());
        assertEquals(first.claimId(), journal.find(login, List.of("a")).get("a").claimId());
    }

    /**
     * Whether the journal keeps payouts ({@link PayoutJournalPort#claimPayouts}); a journal that relies on the port's
     * defaults keeps none and overrides this to return {@code false}.
     */
    protected boolean keepsPayouts() {
        return true;
    }

    @Test
    void claimPayoutsKeepsWhatEachTakenNumberIsToPayWhileTheClaimIsInDoubt() {
        ClaimedPayout a = new ClaimedPayout("pay-a", new java.math.BigDecimal("15.50"), "USD", "Z112224443331");
        ClaimedPayout b = new ClaimedPayout("pay-b", new java.math.BigDecimal("0.00150000"), "BTC",
                "odd\trecipient\\with\nescapes");
        ClaimedPayout held = new ClaimedPayout("pay-held", new java.math.BigDecimal("1.00"), "RUR", "R0000002");
        JournalClaim before = journal.claim(login, List.of("pay-held"), ClaimMode.ALL_OR_NOTHING);

        JournalClaim claim = journal.claimPayouts(login, List.of(a, held, b), ClaimMode.SKIP_HELD);

        assertEquals(List.of("pay-a", "pay-b"), claim.claimed());
        assertEquals(List.of("pay-held"), claim.held().stream().map(JournalEntry::paymentNumber).toList());
        assertEquals(JournalState.IN_DOUBT, journal.find(login, List.of("pay-a")).get("pay-a").state());
        assertEquals(Map.of(), journal.claimedPayouts(login, before.claimId()), "a claim without payouts keeps none");
        if (!keepsPayouts()) {
            assertEquals(Map.of(), journal.claimedPayouts(login, claim.claimId()));
            return;
        }
        assertEquals(Map.of("pay-a", a, "pay-b", b), journal.claimedPayouts(login, claim.claimId()),
                "the taken numbers' payouts, amounts in their scale, text as given");
        journal.noteInDoubt(login, claim.claimId(), claim.claimed(), Optional.empty(), "upload outcome unknown");
        assertEquals(Map.of("pay-a", a, "pay-b", b), journal.claimedPayouts(login, claim.claimId()),
                "still in doubt together: still kept");
        assertEquals(Map.of(), journal.claimedPayouts("another-" + login, claim.claimId()), "another login's");
    }

    @Test
    void allOrNothingReportsEveryHeldNumberWithItsStateAndClaimsNothing() {
        JournalClaim first = journal.claim(login, List.of("sent-1", "doubt-1"), ClaimMode.ALL_OR_NOTHING);
        assertEquals(1, journal.markSent(login, first.claimId(), "B-100", List.of("sent-1")));

        JournalClaim second = journal.claim(login, List.of("new-1", "sent-1", "doubt-1", "new-2"),
                ClaimMode.ALL_OR_NOTHING);

        assertEquals(List.of(), second.claimed());
        assertFalse(second.complete());
        Map<String, JournalState> held = second.held().stream()
                .collect(Collectors.toMap(JournalEntry::paymentNumber, JournalEntry::state));
        assertEquals(Map.of("sent-1", JournalState.SENT, "doubt-1", JournalState.IN_DOUBT), held);
        JournalEntry sent = second.held().stream().filter(e -> e.paymentNumber().equals("sent-1")).findFirst().orElseThrow();
        assertEquals(Optional.of("B-100"), sent.batchId());
        assertEquals(first.claimId(), sent.claimId());
        assertEquals(Set.of(), journal.find(login, List.of("new-1", "new-2")).keySet(), "nothing was claimed");
    }

    @Test
    void skipHeldClaimsTheFreeNumbersAndReportsTheHeldOnes() {
        JournalClaim first = journal.claim(login, List.of("sent-1", "doubt-1"), ClaimMode.ALL_OR_NOTHING);
        journal.markSent(login, first.claimId(), "B-100", List.of("sent-1"));

        JournalClaim second = journal.claim(login, List.of("new-1", "sent-1", "doubt-1", "new-2"), ClaimMode.SKIP_HELD);

        assertEquals(List.of("new-1", "new-2"), second.claimed());
        assertEquals(Set.of("sent-1", "doubt-1"),
                second.held().stream().map(JournalEntry::paymentNumber).collect(Collectors.toSet()));
        assertNotEquals(first.claimId(), second.claimId());
        Map<String, JournalEntry> found = journal.find(login, List.of("new-1", "new-2", "sent-1", "doubt-1"));
        assertEquals(second.claimId(), found.get("new-1").claimId());
        assertEquals(JournalState.IN_DOUBT, found.get("new-2").state());
        assertEquals(JournalState.SENT, found.get("sent-1").state());
        assertEquals(first.claimId(), found.get("doubt-1").claimId());
    }

    @Test
    void skipHeldWithEveryNumberHeldClaimsNothing() {
        journal.claim(login, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);

        JournalClaim second = journal.claim(login, List.of("b", "a"), ClaimMode.SKIP_HELD);

        assertEquals(List.of(), second.claimed());
        assertEquals(2, second.held().size());
    }

    @Test
    void aReleasedNumberCanBeClaimedAgainUnderANewClaimId() {
        JournalClaim first = journal.claim(login, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);
        journal.noteInDoubt(login, first.claimId(), List.of("a"), Optional.of("B-1"), "timeout");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(1, journal.release(login, first.claimId(), List.of("a"), "rejected: bad card"));
        clock.advance(Duration.ofSeconds(5));
        Instant again = clock.instant();

        JournalClaim second = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);

        assertEquals(List.of("a"), second.claimed());
        assertNotEquals(first.claimId(), second.claimId());
        JournalEntry a = journal.find(login, List.of("a")).get("a");
        assertEquals(JournalState.IN_DOUBT, a.state());
        assertEquals(second.claimId(), a.claimId());
        assertEquals(again, a.claimedAt());
        assertEquals(again, a.updatedAt());
        assertEquals(Optional.empty(), a.note(), "the old reason is not the new claim's");
        assertEquals(Optional.empty(), a.batchId(), "the old batch is not the new claim's");
    }

    @Test
    void blankNumbersAreRefusedAndNothingIsClaimed() {
        for (String blank : Arrays.asList("", " ", "\t", null)) {
            List<String> numbers = Arrays.asList("ok-1", blank);
            assertThrows(IllegalArgumentException.class,
                    () -> journal.claim(login, numbers, ClaimMode.SKIP_HELD), "number " + quoted(blank));
        }
        assertEquals(Map.of(), journal.find(login, List.of("ok-1")));
    }

    @Test
    void repeatedNumbersAreRefusedAndNothingIsClaimed() {
        assertThrows(IllegalArgumentException.class,
                () -> journal.claim(login, List.of("r-1", "r-2", "r-1"), ClaimMode.ALL_OR_NOTHING));
        assertThrows(IllegalArgumentException.class,
                () -> journal.claim(login, List.of("r-1", "r-2", "r-1"), ClaimMode.SKIP_HELD));
        assertEquals(Map.of(), journal.find(login, List.of("r-1", "r-2")));
    }

    @Test
    void anEmptyClaimClaimsNothingAndIsComplete() {
        JournalClaim claim = journal.claim(login, List.of(), ClaimMode.ALL_OR_NOTHING);

        assertEquals(List.of(), claim.claimed());
        assertTrue(claim.complete());
    }

    // --- markSent / release / noteInDoubt --------------------------------------------------------------------

    @Test
    void markSentMovesOnlyTheInDoubtNumbersOfThatClaimAndRecordsTheBatch() {
        JournalClaim first = journal.claim(login, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);
        JournalClaim other = journal.claim(login, List.of("c"), ClaimMode.ALL_OR_NOTHING);
        clock.advance(Duration.ofSeconds(3));

        int changed = journal.markSent(login, first.claimId(), "B-7", List.of("a", "c", "never-claimed"));

        assertEquals(1, changed);
        Map<String, JournalEntry> found = journal.find(login, List.of("a", "b", "c", "never-claimed"));
        assertEquals(JournalState.SENT, found.get("a").state());
        assertEquals(Optional.of("B-7"), found.get("a").batchId());
        assertEquals(clock.instant(), found.get("a").updatedAt());
        assertEquals(clock.instant().minusSeconds(3), found.get("a").claimedAt());
        assertEquals(JournalState.IN_DOUBT, found.get("b").state(), "not named");
        assertEquals(JournalState.IN_DOUBT, found.get("c").state(), "another claim's");
        assertEquals(other.claimId(), found.get("c").claimId());
        assertFalse(found.containsKey("never-claimed"));
    }

    @Test
    void markSentTwiceChangesNothingTheSecondTime() {
        JournalClaim claim = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);
        assertEquals(1, journal.markSent(login, claim.claimId(), "B-1", List.of("a")));
        clock.advance(Duration.ofSeconds(1));

        assertEquals(0, journal.markSent(login, claim.claimId(), "B-2", List.of("a")));

        JournalEntry a = journal.find(login, List.of("a")).get("a");
        assertEquals(Optional.of("B-1"), a.batchId());
        assertEquals(clock.instant().minusSeconds(1), a.updatedAt());
    }

    @Test
    void releaseMovesOnlyTheInDoubtNumbersOfThatClaimWithTheReason() {
        JournalClaim first = journal.claim(login, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);
        JournalClaim other = journal.claim(login, List.of("c"), ClaimMode.ALL_OR_NOTHING);
        clock.advance(Duration.ofSeconds(2));

        int changed = journal.release(login, first.claimId(), List.of("a", "c", "never-claimed"), "line 1: bad account");

        assertEquals(1, changed);
        Map<String, JournalEntry> found = journal.find(login, List.of("a", "b", "c"));
        assertEquals(JournalState.RELEASED, found.get("a").state());
        assertEquals(Optional.of("line 1: bad account"), found.get("a").note());
        assertEquals(clock.instant(), found.get("a").updatedAt());
        assertEquals(JournalState.IN_DOUBT, found.get("b").state());
        assertEquals(JournalState.IN_DOUBT, found.get("c").state());
        assertEquals(other.claimId(), found.get("c").claimId());
    }

    @Test
    void aSentNumberIsNeverReleased() {
        JournalClaim claim = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);
        journal.markSent(login, claim.claimId(), "B-1", List.of("a"));

        assertEquals(0, journal.release(login, claim.claimId(), List.of("a"), "too late"));

        JournalEntry a = journal.find(login, List.of("a")).get("a");
        assertEquals(JournalState.SENT, a.state());
        assertEquals(Optional.of("B-1"), a.batchId());
        assertEquals(1, journal.claim(login, List.of("a"), ClaimMode.SKIP_HELD).held().size(), "still held");
    }

    @Test
    void aReleasedNumberIsNeitherReleasedAgainNorMarkedSent() {
        JournalClaim claim = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);
        journal.release(login, claim.claimId(), List.of("a"), "rejected");

        assertEquals(0, journal.release(login, claim.claimId(), List.of("a"), "again"));
        assertEquals(0, journal.markSent(login, claim.claimId(), "B-1", List.of("a")));

        JournalEntry a = journal.find(login, List.of("a")).get("a");
        assertEquals(JournalState.RELEASED, a.state());
        assertEquals(Optional.of("rejected"), a.note());
    }

    @Test
    void aStaleClaimIdChangesNothing() {
        JournalClaim stale = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);
        journal.release(login, stale.claimId(), List.of("a"), "rejected");
        JournalClaim current = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);

        assertEquals(0, journal.markSent(login, stale.claimId(), "B-1", List.of("a")));
        assertEquals(0, journal.release(login, stale.claimId(), List.of("a"), "stale"));
        journal.noteInDoubt(login, stale.claimId(), List.of("a"), Optional.of("B-2"), "stale note");
        assertEquals(0, journal.markSent(login, "no-such-claim", "B-1", List.of("a")));

        JournalEntry a = journal.find(login, List.of("a")).get("a");
        assertEquals(JournalState.IN_DOUBT, a.state());
        assertEquals(current.claimId(), a.claimId());
        assertEquals(Optional.empty(), a.batchId());
        assertEquals(Optional.empty(), a.note());
    }

    @Test
    void noteInDoubtKeepsTheStateAndRecordsTheNoteAndTheBatchWhenKnown() {
        JournalClaim claim = journal.claim(login, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);
        Instant claimedAt = clock.instant();
        clock.advance(Duration.ofSeconds(9));

        journal.noteInDoubt(login, claim.claimId(), List.of("a"), Optional.of("B-9"), "import_batch timed out");

        Map<String, JournalEntry> found = journal.find(login, List.of("a", "b"));
        JournalEntry a = found.get("a");
        assertEquals(JournalState.IN_DOUBT, a.state());
        assertEquals(Optional.of("import_batch timed out"), a.note());
        assertEquals(Optional.of("B-9"), a.batchId());
        assertEquals(claim.claimId(), a.claimId());
        assertEquals(claimedAt, a.updatedAt(), "updatedAt is when the state last changed, and it did not");
        assertEquals(Optional.empty(), found.get("b").note(), "not named");
        assertEquals(1, journal.claim(login, List.of("a"), ClaimMode.SKIP_HELD).held().size(), "still held");
    }

    @Test
    void noteInDoubtWithoutABatchKeepsTheBatchAlreadyKnown() {
        JournalClaim claim = journal.claim(login, List.of("a"), ClaimMode.ALL_OR_NOTHING);
        journal.noteInDoubt(login, claim.claimId(), List.of("a"), Optional.of("B-9"), "first");

        journal.noteInDoubt(login, claim.claimId(), List.of("a"), Optional.empty(), "second");

        JournalEntry a = journal.find(login, List.of("a")).get("a");
        assertEquals(Optional.of("B-9"), a.batchId());
        assertEquals(Optional.of("second"), a.note());
    }

    @Test
    void noteInDoubtLeavesNumbersThatAreNotInDoubtAlone() {
        JournalClaim claim = journal.claim(login, List.of("s", "r"), ClaimMode.ALL_OR_NOTHING);
        journal.markSent(login, claim.claimId(), "B-1", List.of("s"));
        journal.release(login, claim.claimId(), List.of("r"), "rejected");

        journal.noteInDoubt(login, claim.claimId(), List.of("s", "r"), Optional.of("B-2"), "late note");

        Map<String, JournalEntry> found = journal.find(login, List.of("s", "r"));
        assertEquals(JournalState.SENT, found.get("s").state());
        assertEquals(Optional.of("B-1"), found.get("s").batchId());
        assertEquals(Optional.empty(), found.get("s").note());
        assertEquals(JournalState.RELEASED, found.get("r").state());
        assertEquals(Optional.of("rejected"), found.get("r").note());
    }

    // --- find / list -----------------------------------------------------------------------------------------

    @Test
    void findReturnsTheClaimedNumbersByNumberAndLeavesOthersOut() {
        journal.claim(login, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);

        Map<String, JournalEntry> found = journal.find(login, List.of("b", "x", "a"));

        assertEquals(Set.of("a", "b"), found.keySet());
        found.forEach((number, entry) -> assertEquals(number, entry.paymentNumber()));
        assertEquals(Map.of(), journal.find(login, List.of()));
    }

    @Test
    void listGivesEveryEntryOldestClaimFirstAndFiltersByState() {
        JournalClaim x = journal.claim(login, List.of("x-2", "x-1"), ClaimMode.ALL_OR_NOTHING);
        clock.advance(Duration.ofMinutes(1));
        JournalClaim y = journal.claim(login, List.of("y-1"), ClaimMode.ALL_OR_NOTHING);
        clock.advance(Duration.ofMinutes(1));
        JournalClaim z = journal.claim(login, List.of("z-1"), ClaimMode.ALL_OR_NOTHING);
        clock.advance(Duration.ofMinutes(1));
        journal.markSent(login, y.claimId(), "B-1", List.of("y-1"));
        journal.release(login, z.claimId(), List.of("z-1"), "rejected");

        List<JournalEntry> all = journal.list(login, Optional.empty());

        assertEquals(4, all.size());
        assertEquals(Set.of("x-1", "x-2"), Set.of(all.get(0).paymentNumber(), all.get(1).paymentNumber()));
        assertEquals(x.claimId(), all.get(0).claimId());
        assertEquals(List.of("y-1", "z-1"), List.of(all.get(2).paymentNumber(), all.get(3).paymentNumber()));
        assertEquals(List.of("y-1"), numbers(journal.list(login, Optional.of(JournalState.SENT))));
        assertEquals(List.of("z-1"), numbers(journal.list(login, Optional.of(JournalState.RELEASED))));
        assertEquals(Set.of("x-1", "x-2"), Set.copyOf(numbers(journal.list(login, Optional.of(JournalState.IN_DOUBT)))));

        // claimed again, z-1 is now the newest claim
        journal.claim(login, List.of("z-1"), ClaimMode.ALL_OR_NOTHING);
        List<JournalEntry> after = journal.list(login, Optional.empty());
        assertEquals("z-1", after.get(3).paymentNumber());
        assertEquals(List.of(), journal.list(login, Optional.of(JournalState.RELEASED)));
    }

    @Test
    void listOfALoginWithNothingIsEmpty() {
        assertEquals(List.of(), journal.list(login, Optional.empty()));
    }

    @Test
    void countGivesHowManyEntriesOfTheLoginAreInTheState() {
        JournalClaim x = journal.claim(login, List.of("x-1", "x-2", "x-3", "x-4"), ClaimMode.ALL_OR_NOTHING);
        journal.markSent(login, x.claimId(), "B-1", List.of("x-1"));
        journal.release(login, x.claimId(), List.of("x-2"), "rejected");
        journal.claim(login + "-other", List.of("x-1", "x-2"), ClaimMode.ALL_OR_NOTHING);

        assertEquals(2, journal.count(login, JournalState.IN_DOUBT));
        assertEquals(1, journal.count(login, JournalState.SENT));
        assertEquals(1, journal.count(login, JournalState.RELEASED));
        assertEquals(2, journal.count(login + "-other", JournalState.IN_DOUBT));
        assertEquals(0, journal.count(login + "-nobody", JournalState.IN_DOUBT));
        for (JournalState state : JournalState.values()) {
            assertEquals(journal.list(login, Optional.of(state)).size(), journal.count(login, state), state.label());
        }
    }

    // --- logins ----------------------------------------------------------------------------------------------

    @Test
    void differentLoginsAreIndependent() {
        String other = login + "-other";
        JournalClaim mine = journal.claim(login, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);
        journal.markSent(login, mine.claimId(), "B-1", List.of("a"));

        JournalClaim theirs = journal.claim(other, List.of("a", "b"), ClaimMode.ALL_OR_NOTHING);

        assertEquals(List.of("a", "b"), theirs.claimed(), "the same numbers of another login are free");
        assertEquals(0, journal.markSent(other, mine.claimId(), "B-2", List.of("b")), "a claim of another login");
        assertEquals(0, journal.release(login, theirs.claimId(), List.of("b"), "x"), "a claim of another login");
        assertEquals(JournalState.SENT, journal.find(login, List.of("a")).get("a").state());
        assertEquals(JournalState.IN_DOUBT, journal.find(other, List.of("a")).get("a").state());
        assertEquals(Set.of(mine.claimId()), claimIds(journal.list(login, Optional.empty())));
        assertEquals(Set.of(theirs.claimId()), claimIds(journal.list(other, Optional.empty())));
    }

    // --- lifecycle -------------------------------------------------------------------------------------------

    @Test
    void checkPassesOnAReadyJournal() {
        assertDoesNotThrow(journal::check);
        assertDoesNotThrow(journal::check);
    }

    @Test
    void closeIsIdempotent() {
        PayoutJournalPort another = newJournal(clock);
        another.close();
        assertDoesNotThrow(another::close);
    }

    // --- races -----------------------------------------------------------------------------------------------

    @Test
    void sixteenThreadsClaimingOverlappingNumbersClaimEachNumberExactlyOnce() throws Exception {
        PayoutJournalPort second = sameStoreAgain(journal, clock);
        if (second != journal) {
            track(second);
        }
        int numbers = 400;
        int window = 20;
        List<String> all = IntStream.range(0, numbers).mapToObj(i -> "race-" + i).toList();

        Map<String, List<String>> round1 = race(all, window, journal, second);
        assertEachClaimedOnce(all, round1, "round 1");

        // every number released by its claim: they race again, each is taken once more under a new claim
        for (Map.Entry<String, List<String>> claim : round1.entrySet()) {
            assertEquals(claim.getValue().size(), journal.release(login, claim.getKey(), claim.getValue(), "retry"));
        }
        Map<String, List<String>> round2 = race(all, window, second, journal);
        assertEachClaimedOnce(all, round2, "round 2");
        for (String claimId : round2.keySet()) {
            assertFalse(round1.containsKey(claimId), "a new claim id in round 2");
        }
        System.out.printf("journal race (%s, %s): %d threads, %d numbers in windows of %d, %d claims took numbers "
                        + "in round 1, %d in round 2, every number claimed exactly once per round%n",
                getClass().getSimpleName(), second == journal ? "one handle" : "two handles on one store",
                RACING_THREADS, numbers, window, round1.size(), round2.size());
    }

    /** Runs the threads together; returns what each claim that took something took, by claim id. */
    private Map<String, List<String>> race(List<String> all, int window, PayoutJournalPort a, PayoutJournalPort b)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACING_THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Map.Entry<ClaimMode, JournalClaim>>>> futures = new ArrayList<>();
            for (int t = 0; t < RACING_THREADS; t++) {
                int thread = t;
                PayoutJournalPort handle = thread % 2 == 0 ? a : b;
                Callable<List<Map.Entry<ClaimMode, JournalClaim>>> task = () -> {
                    start.await();
                    List<Map.Entry<ClaimMode, JournalClaim>> claims = new ArrayList<>();
                    // each thread walks the numbers from its own offset in windows that overlap the others'
                    for (int from = thread * (all.size() / RACING_THREADS); from < thread * (all.size() / RACING_THREADS)
                            + all.size(); from += window / 2) {
                        List<String> numbers = new ArrayList<>();
                        for (int i = from; i < from + window; i++) {
                            numbers.add(all.get(i % all.size()));
                        }
                        List<String> distinct = numbers.stream().distinct().toList();
                        ClaimMode mode = thread % 4 == 3 ? ClaimMode.ALL_OR_NOTHING : ClaimMode.SKIP_HELD;
                        claims.add(Map.entry(mode, handle.claim(login, distinct, mode)));
                    }
                    return claims;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            Map<String, List<String>> byClaim = new HashMap<>();
            for (Future<List<Map.Entry<ClaimMode, JournalClaim>>> f : futures) {
                for (Map.Entry<ClaimMode, JournalClaim> made : f.get(5, TimeUnit.MINUTES)) {
                    JournalClaim c = made.getValue();
                    if (c.claimed().isEmpty()) {
                        continue;
                    }
                    if (made.getKey() == ClaimMode.ALL_OR_NOTHING) {
                        assertTrue(c.held().isEmpty(), "all or nothing");
                    }
                    assertEquals(null, byClaim.put(c.claimId(), c.claimed()), "claim ids are unique");
                }
            }
            return byClaim;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertEachClaimedOnce(List<String> all, Map<String, List<String>> byClaim, String round) {
        Map<String, Integer> times = new HashMap<>();
        Map<String, String> claimOf = new HashMap<>();
        byClaim.forEach((claimId, numbers) -> numbers.forEach(n -> {
            times.merge(n, 1, Integer::sum);
            claimOf.put(n, claimId);
        }));
        List<String> twice = times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), twice, round + ": numbers claimed more than once");
        assertEquals(new HashSet<>(all), times.keySet(), round + ": every number claimed");
        Map<String, JournalEntry> found = journal.find(login, all);
        for (String n : all) {
            assertEquals(JournalState.IN_DOUBT, found.get(n).state(), round + " " + n);
            assertEquals(claimOf.get(n), found.get(n).claimId(), round + ": the journal names the claim that took " + n);
        }
    }

    private static List<String> numbers(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::paymentNumber).toList();
    }

    private static Set<String> claimIds(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::claimId).collect(Collectors.toSet());
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
