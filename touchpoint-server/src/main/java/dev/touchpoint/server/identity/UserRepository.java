package dev.touchpoint.server.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String SELECT_USER = """
            SELECT u.*, coalesce(array_agg(ut.team_id) FILTER (WHERE ut.team_id IS NOT NULL), '{}') AS team_ids,
                   (SELECT coalesce(max(l.failures), 0) FROM sign_in_lock l WHERE l.user_id = u.id) AS failed_attempts,
                   (SELECT max(l.locked_until) FROM sign_in_lock l
                    WHERE l.user_id = u.id AND l.locked_until > now()) AS locked_until
            FROM app_user u LEFT JOIN user_team ut ON ut.user_id = u.id
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredUser(UserAccount account, String passwordHash) {}

    Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql(SELECT_USER + " WHERE lower(u.username) = lower(:username) GROUP BY u.id")
                .param("username", username)
                .query(UserRepository::mapStored)
                .optional();
    }

    Optional<StoredUser> findById(long id) {
        return jdbc.sql(SELECT_USER + " WHERE u.id = :id GROUP BY u.id")
                .param("id", id)
                .query(UserRepository::mapStored)
                .optional();
    }

    List<UserAccount> findAll() {
        return jdbc
                .sql(SELECT_USER + " GROUP BY u.id ORDER BY lower(u.username)")
                .query(UserRepository::mapStored)
                .list()
                .stream()
                .map(StoredUser::account)
                .toList();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    long insert(String username, String displayName, String email, String passwordHash, Role role) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, password_hash, role)
                VALUES (:username, :displayName, :email, :hash, :role) RETURNING id""")
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("hash", passwordHash)
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    /** Updates profile fields if the version still matches; returns the number of rows changed. */
    int update(long id, int version, String displayName, String email, Role role, boolean enabled) {
        return jdbc.sql("""
                UPDATE app_user SET display_name = :displayName, email = :email, role = :role,
                       enabled = :enabled, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", id)
                .param("version", version)
                .param("displayName", displayName)
                .param("email", email)
                .param("role", role.name())
                .param("enabled", enabled)
                .update();
    }

    void setTeams(long userId, Set<Long> teamIds) {
        jdbc.sql("DELETE FROM user_team WHERE user_id = :id")
                .param("id", userId)
                .update();
        for (Long teamId : teamIds) {
            jdbc.sql("INSERT INTO user_team (user_id, team_id) VALUES (:u, :t)")
                    .param("u", userId)
                    .param("t", teamId)
                    .update();
        }
    }

    void setPassword(long id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, version = version + 1 WHERE id = :id")
                .param("id", id)
                .param("hash", hash)
                .update();
    }

    /**
     * Counts a failed sign-in of {@code username} from {@code address} and locks that pair once
     * {@code maxAttempts} is reached; unknown usernames leave no row.
     */
    void recordFailure(String username, String address, int maxAttempts, Instant lockUntil) {
        jdbc.sql("""
                INSERT INTO sign_in_lock (user_id, address, failures, locked_until)
                SELECT id, :address, 1, CASE WHEN :max <= 1 THEN CAST(:lockUntil AS timestamptz) END
                FROM app_user WHERE lower(username) = lower(:username)
                ON CONFLICT (user_id, address) DO UPDATE
                SET failures = CASE WHEN sign_in_lock.locked_until < now() THEN 1 ELSE sign_in_lock.failures + 1 END,
                    locked_until = CASE
                        WHEN sign_in_lock.locked_until < now() THEN NULL
                        WHEN sign_in_lock.failures + 1 >= :max THEN CAST(:lockUntil AS timestamptz)
                        ELSE sign_in_lock.locked_until END,
                    updated_at = now()""")
                .param("username", username)
                .param("address", address)
                .param("max", maxAttempts)
                .param("lockUntil", Timestamp.from(lockUntil))
                .update();
    }

    /** A successful sign-in from {@code address} forgets that address's failures. */
    void recordSuccess(long userId, String address) {
        jdbc.sql("DELETE FROM sign_in_lock WHERE user_id = :id AND address = :address")
                .param("id", userId)
                .param("address", address)
                .update();
    }

    /** Until when sign-ins of this user from this address are refused, if they are. */
    Optional<Instant> lockedUntil(long userId, String address) {
        return jdbc.sql("""
                SELECT locked_until FROM sign_in_lock
                WHERE user_id = :id AND address = :address AND locked_until > now()""")
                .param("id", userId)
                .param("address", address)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    void unlock(long id) {
        jdbc.sql("DELETE FROM sign_in_lock WHERE user_id = :id").param("id", id).update();
    }

    List<Team> findTeams() {
        return jdbc.sql("SELECT id, name, kind FROM team ORDER BY name")
                .query((rs, n) ->
                        new Team(rs.getLong("id"), rs.getString("name"), Team.Kind.valueOf(rs.getString("kind"))))
                .list();
    }

    long insertTeam(String name, Team.Kind kind) {
        return jdbc.sql("INSERT INTO team (name, kind) VALUES (:name, :kind) RETURNING id")
                .param("name", name)
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }

    boolean teamNameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM team WHERE lower(name) = lower(:name)")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:u)")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static StoredUser mapStored(ResultSet rs, int row) throws SQLException {
        Long[] teams = (Long[]) rs.getArray("team_ids").getArray();
        var locked = rs.getTimestamp("locked_until");
        var account = new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(),
                new HashSet<>(Arrays.asList(teams)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
        return new StoredUser(account, rs.getString("password_hash"));
    }
}
