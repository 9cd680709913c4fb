package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.server.touchpoint.Survey;
import dev.touchpoint.server.touchpoint.SurveyQuestion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** SQL of surveys, invitations and responses. */
@Repository
public class SurveyRepository {

    /** An invitation as stored (the token itself is not). */
    record Invitation(
            long id,
            long surveyId,
            long customerId,
            String channel,
            Instant createdAt,
            Instant expiresAt,
            Instant respondedAt) {}

    private static final TypeReference<List<SurveyQuestion>> QUESTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SurveyRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Survey> findAll() {
        return jdbc.sql("SELECT s.*, t.code AS tp_code FROM survey s LEFT JOIN touchpoint t ON t.id = s.touchpoint_id "
                        + "ORDER BY s.code")
                .query(this::map)
                .list();
    }

    Optional<Survey> findByCode(String code) {
        return jdbc.sql("SELECT s.*, t.code AS tp_code FROM survey s LEFT JOIN touchpoint t ON t.id = s.touchpoint_id "
                        + "WHERE s.code = :code")
                .param("code", code)
                .query(this::map)
                .optional();
    }

    Optional<Survey> findById(long id) {
        return jdbc.sql("SELECT s.*, t.code AS tp_code FROM survey s LEFT JOIN touchpoint t ON t.id = s.touchpoint_id "
                        + "WHERE s.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    long insert(Survey.Request r, Long touchpointId) {
        return jdbc.sql("""
                INSERT INTO survey (code, name_zh, name_en, touchpoint_id, stage, questions, valid_days)
                VALUES (:code, :zh, :en, :tp, :stage, CAST(:questions AS jsonb), :days) RETURNING id""")
                .param("code", r.code())
                .param("zh", r.nameZh())
                .param("en", r.nameEn())
                .param("tp", touchpointId)
                .param("stage", r.stage() == null ? null : r.stage().name())
                .param("questions", json.writeValueAsString(r.questions()))
                .param("days", r.validDays() == null ? 14 : r.validDays())
                .query(Long.class)
                .single();
    }

    Optional<Instant> lastInvitation(long customerId) {
        return jdbc.sql("SELECT max(created_at) FROM survey_invitation WHERE customer_id = :c")
                .param("c", customerId)
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .filter(t -> t != null)
                .map(Timestamp::toInstant);
    }

    long insertInvitation(
            long surveyId, long customerId, String channel, String tokenHash, Instant at, Instant expires, String by) {
        return jdbc.sql("""
                INSERT INTO survey_invitation (survey_id, customer_id, channel, token_hash, created_at, expires_at,
                    created_by)
                VALUES (:survey, :customer, :channel, :hash, :at, :expires, :by) RETURNING id""")
                .param("survey", surveyId)
                .param("customer", customerId)
                .param("channel", channel)
                .param("hash", tokenHash)
                .param("at", Timestamp.from(at))
                .param("expires", Timestamp.from(expires))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    Optional<Invitation> findInvitation(String tokenHash) {
        return jdbc.sql("SELECT * FROM survey_invitation WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, n) -> new Invitation(
                        rs.getLong("id"),
                        rs.getLong("survey_id"),
                        rs.getLong("customer_id"),
                        rs.getString("channel"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("responded_at") == null
                                ? null
                                : rs.getTimestamp("responded_at").toInstant()))
                .optional();
    }

    /** Marks the invitation answered if it is still open at {@code now}; false when someone was first. */
    boolean claim(long invitationId, Instant now) {
        return jdbc.sql("""
                UPDATE survey_invitation SET responded_at = :now
                WHERE id = :id AND responded_at IS NULL AND expires_at > :now""")
                        .param("id", invitationId)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** The responses given through these invitations: invitation id, customer, time and answers (JSON). */
    public List<java.util.Map<String, Object>> responsesByInvitation(java.util.Collection<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT invitation_id, customer_id, submitted_at, answers::text AS answers FROM survey_response
                WHERE invitation_id IN (:ids)""").param("ids", List.copyOf(invitationIds)).query().listOfRows();
    }

    long insertResponse(
            long surveyId, Long invitationId, long customerId, String answersJson, Instant at, String enteredBy) {
        return jdbc.sql("""
                INSERT INTO survey_response (survey_id, invitation_id, customer_id, answers, submitted_at, entered_by)
                VALUES (:survey, :invitation, :customer, CAST(:answers AS jsonb), :at, :by) RETURNING id""")
                .param("survey", surveyId)
                .param("invitation", invitationId)
                .param("customer", customerId)
                .param("answers", answersJson)
                .param("at", Timestamp.from(at))
                .param("by", enteredBy)
                .query(Long.class)
                .single();
    }

    private Survey map(ResultSet rs, int n) throws SQLException {
        var stage = rs.getString("stage");
        return new Survey(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("tp_code"),
                stage == null ? null : JourneyStage.valueOf(stage),
                json.readValue(rs.getString("questions"), QUESTIONS),
                rs.getInt("valid_days"),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }

    SurveyStats stats(long surveyId) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM survey_invitation WHERE survey_id = :s) AS invitations,
                       (SELECT count(*) FROM survey_response WHERE survey_id = :s) AS responses""")
                .param("s", surveyId)
                .query((rs, n) -> new SurveyStats(rs.getLong("invitations"), rs.getLong("responses")))
                .single();
    }
}
