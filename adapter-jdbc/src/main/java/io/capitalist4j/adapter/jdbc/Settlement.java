package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.JournalState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves the in-doubt numbers of one claim that a call names, writing as few rows as it can. While a claim is in
 * doubt, its numbers without an override (its followers) take their values from the claim's row: a call naming
 * all of them changes that one row; a call naming most of them changes it too, and gives the few others overrides
 * holding the claim's present values; a call naming a few gives those few overrides. Numbers that already have an
 * override for the claim are changed in their own rows. The claim's row is locked first, so that the settles of
 * one claim run one after the other; a claim of numbers never blocks on it.
 */
final class Settlement {

    private static final String IN_DOUBT = JournalState.IN_DOUBT.label();
    /**
     * Which numbers of an array a claim holds, and the state of their overrides: array, login, claim id. LEFT JOINs
     * keep H2 to this order (see {@link Entries}): each number named, then its rows by primary key.
     */
    static final String MEMBERS = "SELECT u.x, o.state FROM " + Bulk.NUMBERS
            + " LEFT JOIN " + JournalSchema.TABLE + " j ON j.login = ? AND j.payment_number = u.x"
            + " LEFT JOIN " + JournalSchema.OVERRIDES + " o ON o.login = j.login AND o.claim_id = j.claim_id"
            + " AND o.payment_number = j.payment_number WHERE j.claim_id = ?";

    private Settlement() {
    }

    /** The claim's row as a settle reads it. */
    private record Claim(Change.Values values, int followers, boolean hasManifest) {
    }

    /**
     * @param numbers distinct, sorted
     * @return how many numbers changed
     */
    static int run(Connection c, String login, String claimId, List<String> numbers, Change change)
            throws SQLException {
        Claim claim = lock(c, login, claimId);
        if (claim == null) {
            return 0;
        }
        List<String> followersNamed = new ArrayList<>();
        List<String> followersNotNamed = null; // known only from the manifest
        List<String> overriddenInDoubt = new ArrayList<>();
        if (claim.followers() > 0 && claim.hasManifest() && 2L * numbers.size() >= claim.followers()) {
            // the call may name all or most of the claim: its manifest and its few overrides say who follows it
            Map<String, String> overrides = overrideStates(c, login, claimId);
            Set<String> named = new HashSet<>(numbers);
            followersNotNamed = new ArrayList<>();
            for (String number : ClaimManifest.decode(manifest(c, login, claimId))) {
                if (!overrides.containsKey(number)) {
                    (named.contains(number) ? followersNamed : followersNotNamed).add(number);
                }
            }
            if (followersNamed.size() + followersNotNamed.size() != claim.followers()) {
                throw inconsistent(claimId, claim.followers(), followersNamed.size() + followersNotNamed.size());
            }
            for (String number : numbers) {
                if (IN_DOUBT.equals(overrides.get(number))) {
                    overriddenInDoubt.add(number);
                }
            }
        } else {
            // a few numbers of the claim (or a claim moved from V2, which has no manifest): each one looked up
            boolean claimInDoubt = IN_DOUBT.equals(claim.values().state());
            for (Map.Entry<String, String> member : members(c, login, claimId, numbers).entrySet()) {
                if (member.getValue() == null) {
                    if (claimInDoubt) {
                        followersNamed.add(member.getKey());
                    }
                } else if (IN_DOUBT.equals(member.getValue())) {
                    overriddenInDoubt.add(member.getKey());
                }
            }
            if (followersNamed.size() > claim.followers()) {
                throw inconsistent(claimId, claim.followers(), followersNamed.size());
            }
        }
        if (!followersNamed.isEmpty()) {
            moveFollowers(c, login, claimId, claim, followersNamed, followersNotNamed, change);
        }
        return followersNamed.size() + changeOverrides(c, login, claimId, overriddenInDoubt, change);
    }

    private static void moveFollowers(Connection c, String login, String claimId, Claim claim, List<String> named,
                                      List<String> notNamed, Change change) throws SQLException {
        Change.Values moved = change.applyTo(claim.values());
        int remaining = claim.followers() - named.size();
        if (remaining == 0) {
            updateClaim(c, login, claimId, moved, change.settles() ? 0 : claim.followers());
        } else if (notNamed != null && notNamed.size() < named.size()) {
            insertOverrides(c, login, claimId, notNamed, claim.values());
            updateClaim(c, login, claimId, moved, change.settles() ? 0 : named.size());
        } else {
            insertOverrides(c, login, claimId, named, moved);
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + JournalSchema.CLAIMS
                    + " SET followers = ? WHERE login = ? AND claim_id = ?")) {
                ps.setInt(1, remaining);
                ps.setString(2, login);
                ps.setString(3, claimId);
                ps.executeUpdate();
            }
        }
    }

    private static Claim lock(Connection c, String login, String claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state, batch_id, note, updated_at, followers,"
                + " CASE WHEN claimed_numbers IS NULL THEN 0 ELSE 1 END AS has_manifest"
                + " FROM " + JournalSchema.CLAIMS + " WHERE login = ? AND claim_id = ? FOR UPDATE")) {
            ps.setString(1, login);
            ps.setString(2, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Claim(new Change.Values(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)), rs.getInt(5), rs.getInt(6) == 1);
            }
        }
    }

    private static String manifest(Connection c, String login, String claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT claimed_numbers FROM " + JournalSchema.CLAIMS
                + " WHERE login = ? AND claim_id = ?")) {
            ps.setString(1, login);
            ps.setString(2, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new SQLException("the payout journal lost the numbers of claim " + claimId);
                }
                return rs.getString(1);
            }
        }
    }

    /** The claim's overrides: number → state. */
    private static Map<String, String> overrideStates(Connection c, String login, String claimId) throws SQLException {
        Map<String, String> states = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT payment_number, state FROM " + JournalSchema.OVERRIDES
                + " WHERE login = ? AND claim_id = ?")) {
            ps.setString(1, login);
            ps.setString(2, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return states;
    }

    /** Which of these numbers the claim holds now: number → the state of its override, or null for a follower. */
    private static Map<String, String> members(Connection c, String login, String claimId, List<String> numbers)
            throws SQLException {
        Map<String, String> members = new HashMap<>();
        Bulk.inArrays(c, numbers, (chunk, array) -> {
            try (PreparedStatement ps = c.prepareStatement(MEMBERS)) {
                ps.setArray(1, array);
                ps.setString(2, login);
                ps.setString(3, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        members.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        });
        return members;
    }

    private static void updateClaim(Connection c, String login, String claimId, Change.Values values, int followers)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + JournalSchema.CLAIMS
                + " SET state = ?, batch_id = ?, note = ?, updated_at = ?, followers = ?"
                + (followers == 0 ? ", claimed_numbers = NULL" : "") + " WHERE login = ? AND claim_id = ?")) {
            ps.setString(1, values.state());
            ps.setString(2, values.batchId());
            ps.setString(3, values.note());
            ps.setObject(4, values.updatedAt());
            ps.setInt(5, followers);
            ps.setString(6, login);
            ps.setString(7, claimId);
            ps.executeUpdate();
        }
    }

    private static void insertOverrides(Connection c, String login, String claimId, List<String> numbers,
                                        Change.Values values) throws SQLException {
        Bulk.inArrays(c, numbers, (chunk, array) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + JournalSchema.OVERRIDES
                    + " (login, claim_id, payment_number, state, batch_id, note, updated_at)"
                    + " SELECT CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(64)), u.x, CAST(? AS VARCHAR(16)),"
                    + " CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(4000)), CAST(? AS TIMESTAMP WITH TIME ZONE)"
                    + " FROM " + Bulk.NUMBERS)) {
                ps.setString(1, login);
                ps.setString(2, claimId);
                ps.setString(3, values.state());
                ps.setString(4, values.batchId());
                ps.setString(5, values.note());
                ps.setObject(6, values.updatedAt());
                ps.setArray(7, array);
                ps.executeUpdate();
            }
        });
    }

    private static int changeOverrides(Connection c, String login, String claimId, List<String> numbers,
                                       Change change) throws SQLException {
        if (numbers.isEmpty()) {
            return 0;
        }
        Set<String> changed = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + JournalSchema.OVERRIDES + " SET "
                + change.assignments() + " WHERE login = ? AND claim_id = ? AND payment_number = ? AND state = ?")) {
            Bulk.forEachNumber(ps, numbers, changed, number -> {
                int i = change.bind(ps, 1);
                ps.setString(i++, login);
                ps.setString(i++, claimId);
                ps.setString(i++, number);
                ps.setString(i, IN_DOUBT);
            });
        }
        return changed.size();
    }

    /** Not a conflict to retry: rows changed behind the journal's back. */
    private static SQLException inconsistent(String claimId, int recorded, int found) {
        return new SQLException("the payout journal is inconsistent: claim " + claimId + " records "
                + recorded + " numbers following it, " + found + " found");
    }
}
