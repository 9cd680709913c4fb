package dev.touchpoint.server.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner of a token and the token's scope. */
    record UsedToken(long userId, TokenScope scope) {}

    long insert(long userId, String name, String prefix, String hash, Instant expiresAt, TokenScope scope) {
        return jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_prefix, token_hash, expires_at, scope)
                VALUES (:user, :name, :prefix, :hash, :expires, :scope) RETURNING id""")
                .param("user", userId)
                .param("name", name)
                .param("prefix", prefix)
                .param("hash", hash)
                .param("scope", scope.name())
                .param("expires", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
    }

    /** The owner of a live (not revoked, not expired) token with this hash, touching its last use. */
    Optional<UsedToken> useToken(String hash) {
        return jdbc.sql("""
                UPDATE api_token SET last_used_at = now()
                WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
                RETURNING user_id, scope""")
                .param("hash", hash)
                .query((rs, n) -> new UsedToken(rs.getLong("user_id"), TokenScope.valueOf(rs.getString("scope"))))
                .optional();
    }

    List<ApiTokenInfo> findByUser(long userId) {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = :user ORDER BY created_at DESC")
                .param("user", userId)
                .query((rs, n) -> new ApiTokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("token_prefix"),
                        TokenScope.valueOf(rs.getString("scope")),
                        rs.getTimestamp("created_at").toInstant(),
                        toInstant(rs.getTimestamp("expires_at")),
                        toInstant(rs.getTimestamp("last_used_at")),
                        toInstant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    int revoke(long userId, long tokenId) {
        return jdbc.sql(
                        "UPDATE api_token SET revoked_at = now() WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("id", tokenId)
                .param("user", userId)
                .update();
    }

    private static Instant toInstant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
