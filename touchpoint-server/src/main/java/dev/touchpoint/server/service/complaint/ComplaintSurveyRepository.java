package dev.touchpoint.server.service.complaint;

import dev.touchpoint.server.service.ticket.TicketDetail;
import dev.touchpoint.server.service.ticket.TicketRepository;
import dev.touchpoint.server.service.ticket.TicketRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the after-complaint survey kept on the ticket: its state, invitation and answer. */
@Repository
public class ComplaintSurveyRepository {

    private final JdbcClient jdbc;

    ComplaintSurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The after-complaint survey state of a ticket, empty before the complaint was solved. */
    public Optional<String> surveyState(long id) {
        return jdbc.sql("SELECT survey_state FROM ticket WHERE id = :id AND survey_state IS NOT NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public void setSurvey(
            long id, String state, Long invitationId, String channel, Instant at, String link, String detail) {
        jdbc.sql("""
                UPDATE ticket SET survey_state = :state, survey_invitation_id = :inv, survey_channel = :channel,
                       survey_invited_at = :at, survey_link = :link, survey_detail = :detail
                WHERE id = :id""")
                .param("state", state)
                .param("inv", invitationId)
                .param("channel", channel)
                .param("at", TicketRepository.ts(at))
                .param("link", link)
                .param("detail", detail)
                .param("id", id)
                .update();
    }

    /** Invitation id → ticket id of the surveys still waiting for an answer (of one ticket, or all). */
    public Map<Long, Long> surveysWaiting(Long ticketId) {
        var result = new HashMap<Long, Long>();
        jdbc.sql("""
                SELECT id, survey_invitation_id FROM ticket
                WHERE survey_state = 'INVITED' AND (CAST(:id AS bigint) IS NULL OR id = :id)""").param("id", ticketId).query(rs -> {
            result.put(rs.getLong("survey_invitation_id"), rs.getLong("id"));
        });
        return result;
    }

    /** Stores the survey's answer as the ticket's satisfaction; 0 when it was stored already. */
    public int fillSurveyAnswer(long id, long invitationId, Integer score, String comment, Instant at) {
        return jdbc.sql("""
                UPDATE ticket SET satisfaction = :score, satisfaction_at = :at, satisfaction_comment = :comment,
                       survey_state = 'ANSWERED', version = version + 1
                WHERE id = :id AND survey_invitation_id = :inv AND survey_state = 'INVITED'""")
                .param("score", score)
                .param("at", TicketRepository.ts(at))
                .param("comment", comment)
                .param("id", id)
                .param("inv", invitationId)
                .update();
    }

    /** The after-complaint survey of a ticket as the ticket page shows it. */
    public Optional<TicketDetail.AfterComplaintSurvey> survey(long id) {
        return jdbc.sql("""
                SELECT survey_state, survey_channel, survey_invited_at, survey_link, survey_detail, satisfaction_comment
                FROM ticket WHERE id = :id AND survey_state IS NOT NULL""")
                .param("id", id)
                .query((rs, n) -> new TicketDetail.AfterComplaintSurvey(
                        rs.getString("survey_state"),
                        rs.getString("survey_channel"),
                        TicketRow.instant(rs, "survey_invited_at"),
                        rs.getString("survey_link"),
                        rs.getString("survey_detail"),
                        rs.getString("satisfaction_comment")))
                .optional();
    }
}
