package dev.touchpoint.server.service.complaint;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.care.CareChannel;
import dev.touchpoint.server.service.care.OutboundRepository;
import dev.touchpoint.server.service.ticket.TicketRow;
import dev.touchpoint.server.touchpoint.Survey;
import dev.touchpoint.server.touchpoint.SurveyQuestion;
import dev.touchpoint.server.touchpoint.SurveyQuestionType;
import dev.touchpoint.server.touchpoint.SurveyReply;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's satisfaction after a complaint (seed 003) through the touchpoint module's survey
 * {@value #CODE}: a CSAT question 1–5 and a comment, attached to the {@code COMPLAINT} touchpoint. When
 * a complaint is solved the customer is invited — the touchpoint module refuses without consent for the
 * channel or within its frequency cap, and the ticket shows why — and the answer, collected by
 * {@link #collect}, becomes the ticket's satisfaction. Closing the survey in the touchpoint module switches
 * the invitations off.
 */
@Component
public class ComplaintSurvey {

    static final String CODE = "AFTER_COMPLAINT";
    static final String TOUCHPOINT = "COMPLAINT";
    static final String CSAT = "csat";
    static final String COMMENT = "comment";
    private static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WECHAT", "PHONE");
    private static final Logger log = LoggerFactory.getLogger(ComplaintSurvey.class);

    private final TouchpointApi touchpoints;
    private final ComplaintSurveyRepository surveys;
    private final OutboundRepository outbound;
    private final CustomerApi customers;
    private final List<CareChannel> channels;
    private final AuditLog audit;

    ComplaintSurvey(
            TouchpointApi touchpoints,
            ComplaintSurveyRepository surveys,
            OutboundRepository outbound,
            CustomerApi customers,
            List<CareChannel> channels,
            AuditLog audit) {
        this.touchpoints = touchpoints;
        this.surveys = surveys;
        this.outbound = outbound;
        this.customers = customers;
        this.channels = channels.stream()
                .sorted(Comparator.comparingInt(CareChannel::order))
                .toList();
        this.audit = audit;
    }

    static Survey.Request definition() {
        return new Survey.Request(
                CODE,
                "投诉处理满意度回访",
                "Satisfaction after your complaint",
                TOUCHPOINT,
                null,
                List.of(
                        new SurveyQuestion(
                                CSAT,
                                SurveyQuestionType.CSAT,
                                "您对我们处理投诉的结果满意吗？（1 很不满意 – 5 非常满意）",
                                "How satisfied are you with how we handled your complaint? (1 very dissatisfied – 5 very satisfied)",
                                List.of(),
                                null,
                                true),
                        new SurveyQuestion(
                                COMMENT,
                                SurveyQuestionType.TEXT,
                                "还有什么想告诉我们的吗？",
                                "Anything else you would like to tell us?",
                                List.of(),
                                null,
                                false)),
                14);
    }

    /** The channel to invite through: the ticket's own when it is a consent channel, else the first consented one. */
    String channel(TicketRow row) {
        var own = row.channel().name();
        if (CHANNELS.contains(own)) {
            return own;
        }
        return CHANNELS.stream()
                .filter(c -> customers.hasConsent(row.customerId(), c))
                .findFirst()
                .orElse("EMAIL");
    }

    /** Invites the customer of a complaint that has just been solved, once per ticket. */
    public void invite(TicketRow row, Instant at) {
        if (row.type() != TicketType.COMPLAINT || surveys.surveyState(row.id()).isPresent()) {
            return;
        }
        if (touchpoints.find(TOUCHPOINT).isEmpty()) {
            surveys.setSurvey(row.id(), "NO_SURVEY", null, null, at, null, null);
            return;
        }
        if (!touchpoints.ensureSurvey(definition()).active()) {
            // closed by an administrator: the after-complaint survey is switched off
            surveys.setSurvey(row.id(), "NO_SURVEY", null, null, at, null, null);
            return;
        }
        var channel = channel(row);
        var result = touchpoints.inviteToSurvey(CODE, List.of(row.customerId()), channel);
        var subject = "投诉处理满意度回访 · How did we do with your complaint?";
        if (!result.sent().isEmpty()) {
            var sent = result.sent().get(0);
            surveys.setSurvey(row.id(), "INVITED", sent.invitationId(), channel, at, sent.link(), null);
            var status = "SENT";
            String reason = null;
            try {
                var customer = customers.findUnchecked(row.customerId()).orElseThrow();
                var address = "EMAIL".equals(channel) ? customer.email() : customer.phone();
                channels.stream()
                        .filter(c -> c.supports(channel))
                        .findFirst()
                        .orElseThrow()
                        .send(new CareChannel.Delivery(
                                row.customerId(),
                                channel,
                                address,
                                subject,
                                "请用一分钟告诉我们您的感受 · Please take a minute to rate us: " + sent.link()));
            } catch (RuntimeException e) {
                log.warn("after-complaint survey for ticket {} not delivered: {}", row.id(), e.toString());
                status = "FAILED";
                reason = "DELIVERY";
            }
            // the link is kept on the ticket only, not in the message log
            outbound.insert(
                    row.customerId(),
                    channel,
                    "SURVEY",
                    subject,
                    "after-complaint survey link",
                    status,
                    reason,
                    at,
                    null,
                    row.id());
            audit.record(
                    AuditLog.Action.CREATE,
                    "ticket",
                    row.id(),
                    "after-complaint survey sent",
                    Map.of("channel", channel, "invitationId", sent.invitationId()));
        } else {
            var blocked = result.blocked().get(0);
            surveys.setSurvey(row.id(), "BLOCKED", null, channel, at, null, blocked.reason());
            outbound.insert(
                    row.customerId(),
                    channel,
                    "SURVEY",
                    subject,
                    null,
                    "BLOCKED",
                    blocked.reason(),
                    at,
                    null,
                    row.id());
            audit.record(
                    AuditLog.Action.UPDATE,
                    "ticket",
                    row.id(),
                    "after-complaint survey not sent",
                    Map.of("channel", channel, "reason", blocked.reason()));
        }
    }

    /**
     * Copies the answers of waiting invitations (all, or those of one ticket) to their tickets: the CSAT
     * score becomes the satisfaction, the comment is kept beside it. Returns the number of tickets filled.
     */
    @Transactional
    public int collect(Long ticketId) {
        var waiting = surveys.surveysWaiting(ticketId);
        if (waiting.isEmpty()) {
            return 0;
        }
        int filled = 0;
        for (SurveyReply reply : touchpoints.surveyReplies(waiting.keySet())) {
            var score = reply.answers().get(CSAT) instanceof Number n ? n.intValue() : null;
            var comment = reply.answers().get(COMMENT) instanceof String s && !s.isBlank() ? s.strip() : null;
            var id = waiting.get(reply.invitationId());
            if (surveys.fillSurveyAnswer(id, reply.invitationId(), score, comment, reply.submittedAt()) == 1) {
                var details = new HashMap<String, Object>();
                details.put("satisfaction", score);
                details.put("invitationId", reply.invitationId());
                audit.record(
                        AuditLog.Action.UPDATE, "ticket", id, "satisfaction from the after-complaint survey", details);
                filled++;
            }
        }
        return filled;
    }
}
