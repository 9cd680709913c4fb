package dev.touchpoint.server.sales.webform;

import dev.touchpoint.server.sales.lead.LeadRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebFormRepository {

    private final JdbcClient jdbc;

    WebFormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WebForm> forTeam(long teamId) {
        return jdbc.sql("SELECT * FROM sales_web_form WHERE team_id = :team")
                .param("team", teamId)
                .query(WebFormRepository::map)
                .optional();
    }

    Optional<WebForm> byToken(String token) {
        return jdbc.sql("SELECT * FROM sales_web_form WHERE token = :token")
                .param("token", token)
                .query(WebFormRepository::map)
                .optional();
    }

    void create(long teamId, String token, Long defaultOwnerId, Instant at) {
        jdbc.sql("""
                INSERT INTO sales_web_form (team_id, token, default_owner_id, created_at)
                VALUES (:team, :token, :owner, :at)""")
                .param("team", teamId)
                .param("token", token)
                .param("owner", defaultOwnerId)
                .param("at", Timestamp.from(at))
                .update();
    }

    void setDefaultOwner(long teamId, Long defaultOwnerId) {
        jdbc.sql("UPDATE sales_web_form SET default_owner_id = :owner, version = version + 1 WHERE team_id = :team")
                .param("owner", defaultOwnerId)
                .param("team", teamId)
                .update();
    }

    void rotate(long teamId, String token, Instant at) {
        jdbc.sql(
                        "UPDATE sales_web_form SET token = :token, rotated_at = :at, version = version + 1 WHERE team_id = :team")
                .param("token", token)
                .param("at", Timestamp.from(at))
                .param("team", teamId)
                .update();
    }

    private static WebForm map(ResultSet rs, int row) throws SQLException {
        var token = rs.getString("token");
        return new WebForm(
                rs.getLong("team_id"),
                token,
                "/public/leads/" + token,
                (Long) rs.getObject("default_owner_id"),
                LeadRepository.instant(rs, "created_at"),
                LeadRepository.instant(rs, "rotated_at"));
    }
}
