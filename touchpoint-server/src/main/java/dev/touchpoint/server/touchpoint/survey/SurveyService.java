package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.touchpoint.InvitationResult;
import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.Survey;
import dev.touchpoint.server.touchpoint.SurveyQuestionType;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository;
import dev.touchpoint.server.touchpoint.event.EventService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Surveys: definitions, invitations with an unguessable single-use token that expires, and answers
 * that become touchpoint events for the customer. Invitations respect consent and a frequency cap
 * (at most one per customer per {@code touchpoint.surveys.min-interval}, default 14 days — DOMAIN §4
 * over-service).
 */
@Service
public class SurveyService {

    static final Set<String> INVITATION_CHANNELS = Set.of("SMS", "EMAIL", "WECHAT", "PHONE");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a public link stands. */
    enum LinkState {
        OPEN,
        ANSWERED,
        EXPIRED
    }

    /** A public link's survey and state. */
    record Link(SurveyRepository.Invitation invitation, Survey survey, LinkState state) {}

    private final SurveyRepository surveys;
    private final CatalogueRepository catalogue;
    private final EventService events;
    private final CustomerApi customers;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration minInterval;

    SurveyService(
            SurveyRepository surveys,
            CatalogueRepository catalogue,
            EventService events,
            CustomerApi customers,
            AuditLog audit,
            ObjectMapper json,
            Clock clock,
            @Value("${touchpoint.surveys.min-interval:14d}") Duration minInterval) {
        this.surveys = surveys;
        this.catalogue = catalogue;
        this.events = events;
        this.customers = customers;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.minInterval = minInterval;
    }

    public List<Survey> list() {
        return surveys.findAll();
    }

    Survey get(String code) {
        return surveys.findByCode(code).orElseThrow(() -> new NotFoundException("survey", code));
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public Survey create(Survey.Request request) {
        return createUnchecked(request);
    }

    @Transactional
    public Survey createUnchecked(Survey.Request request) {
        var codes = catalogue.codes();
        var violations = new ArrayList<FieldViolation>();
        if (surveys.findByCode(request.code()).isPresent()) {
            violations.add(new FieldViolation("code", "unique", "survey " + request.code() + " exists"));
        }
        if (request.touchpoint() == null && request.stage() == null) {
            violations.add(
                    new FieldViolation("touchpoint", "required", "attach the survey to a touchpoint or a stage"));
        }
        if (request.touchpoint() != null && !codes.containsKey(request.touchpoint())) {
            violations.add(new FieldViolation("touchpoint", "unknown", "no touchpoint " + request.touchpoint()));
        }
        var questionCodes = new java.util.HashSet<String>();
        for (int i = 0; i < request.questions().size(); i++) {
            var q = request.questions().get(i);
            if (!questionCodes.add(q.code())) {
                violations.add(new FieldViolation("questions[" + i + "].code", "unique", "question code used twice"));
            }
            if (q.touchpoint() != null && !codes.containsKey(q.touchpoint())) {
                violations.add(new FieldViolation(
                        "questions[" + i + "].touchpoint", "unknown", "no touchpoint " + q.touchpoint()));
            }
            if (q.type().scored() && q.touchpoint() == null && request.touchpoint() == null) {
                violations.add(new FieldViolation(
                        "questions[" + i + "].touchpoint",
                        "required",
                        "a scored question needs a touchpoint when the survey has none"));
            }
            if (q.type() == SurveyQuestionType.CHOICE && q.options().size() < 2) {
                violations.add(new FieldViolation("questions[" + i + "].options", "size", "at least two options"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var tp = request.touchpoint() == null
                ? null
                : codes.get(request.touchpoint()).id();
        long id = surveys.insert(request, tp);
        audit.record(AuditLog.Action.CREATE, "survey", id, request.code());
        return surveys.findById(id).orElseThrow();
    }

    /**
     * Invites customers the caller may see through {@code channel}; each one is either sent (a link)
     * or blocked with the reason.
     */
    @Transactional
    public InvitationResult invite(String surveyCode, List<Long> customerIds, String channel) {
        var survey = get(surveyCode);
        var ch = channel == null ? "" : channel.strip().toUpperCase(Locale.ROOT);
        if (!INVITATION_CHANNELS.contains(ch)) {
            throw InvalidInputException.of("channel", "oneOf", "channel must be one of SMS, EMAIL, WECHAT, PHONE");
        }
        if (!survey.active()) {
            throw InvalidInputException.of("survey", "active", "the survey is closed");
        }
        var now = clock.instant();
        var sent = new ArrayList<InvitationResult.Sent>();
        var blocked = new ArrayList<InvitationResult.Blocked>();
        for (var id : new java.util.LinkedHashSet<>(customerIds)) {
            try {
                customers.requireVisible(id);
            } catch (OutOfScopeException e) {
                blocked.add(new InvitationResult.Blocked(id, "OUT_OF_SCOPE", "customer outside your scope"));
                continue;
            } catch (NotFoundException e) {
                blocked.add(new InvitationResult.Blocked(id, "NOT_FOUND", "no such customer"));
                continue;
            }
            if (!customers.hasConsent(id, ch)) {
                blocked.add(new InvitationResult.Blocked(id, "NO_CONSENT", "no consent to contact by " + ch));
                continue;
            }
            var last = surveys.lastInvitation(id);
            if (last.isPresent() && last.get().isAfter(now.minus(minInterval))) {
                blocked.add(new InvitationResult.Blocked(
                        id,
                        "FREQUENCY_CAP",
                        "invited on " + last.get() + "; at most one invitation per " + minInterval.toDays() + " days"));
                continue;
            }
            var token = newToken();
            var expires = now.plus(Duration.ofDays(survey.validDays()));
            long invitationId = surveys.insertInvitation(
                    survey.id(), id, ch, sha256(token), now, expires, CurrentUsers.actorName());
            sent.add(new InvitationResult.Sent(id, invitationId, "/public/surveys/" + token, expires));
        }
        audit.record(
                AuditLog.Action.CREATE,
                "survey_invitation",
                survey.code(),
                sent.size() + " invited",
                Map.of("channel", ch, "sent", sent.size(), "blocked", blocked.size()));
        return new InvitationResult(sent, blocked);
    }

    /** The survey behind a public token, and whether it can still be answered; empty for unknown tokens. */
    java.util.Optional<Link> open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return java.util.Optional.empty();
        }
        return surveys.findInvitation(sha256(token)).map(inv -> {
            var survey = surveys.findById(inv.surveyId()).orElseThrow();
            LinkState state = inv.respondedAt() != null
                    ? LinkState.ANSWERED
                    : !inv.expiresAt().isAfter(clock.instant()) ? LinkState.EXPIRED : LinkState.OPEN;
            return new Link(inv, survey, state);
        });
    }

    /**
     * Answers through a public link: once, before it expires. Returns the state the link was in; only
     * {@code OPEN} means the answers were stored.
     */
    @Transactional
    LinkState answer(String token, Map<String, String> raw) {
        var link = open(token).orElseThrow(() -> new NotFoundException("survey link", "?"));
        if (link.state() != LinkState.OPEN) {
            return link.state();
        }
        var answers = SurveyAnswers.parse(link.survey(), raw);
        var now = clock.instant();
        if (!surveys.claim(link.invitation().id(), now)) {
            return open(token).map(Link::state).orElse(LinkState.ANSWERED);
        }
        store(link.survey(), link.invitation().id(), link.invitation().customerId(), answers, now, null);
        return LinkState.OPEN;
    }

    /** Staff enter a customer's answers (on paper, by phone). */
    @Transactional
    long enter(String surveyCode, long customerId, Map<String, String> raw) {
        customers.requireVisible(customerId);
        var survey = get(surveyCode);
        var answers = SurveyAnswers.parse(survey, raw);
        return store(survey, null, customerId, answers, clock.instant(), CurrentUsers.actorName());
    }

    private long store(
            Survey survey,
            Long invitationId,
            long customerId,
            Map<String, Object> answers,
            Instant at,
            String enteredBy) {
        long responseId = surveys.insertResponse(
                survey.id(), invitationId, customerId, json.writeValueAsString(answers), at, enteredBy);
        events.ingestTrusted(
                toEvents(survey, responseId, customerId, answers, at), enteredBy == null ? "survey" : enteredBy);
        audit.record(
                AuditLog.Action.CREATE, "survey_response", responseId, survey.code(), Map.of("customerId", customerId));
        return responseId;
    }

    /** One event per scored question, at the question's touchpoint, carrying its score. */
    List<NewEvent> toEvents(Survey survey, long responseId, long customerId, Map<String, Object> answers, Instant at) {
        var result = new ArrayList<NewEvent>();
        String comment = survey.questions().stream()
                .filter(q -> q.type() == SurveyQuestionType.TEXT)
                .map(q -> (String) answers.get(q.code()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        for (var q : survey.questions()) {
            if (!q.type().scored()) {
                continue;
            }
            var tp = q.touchpoint() != null ? q.touchpoint() : survey.touchpoint();
            var attributes = new LinkedHashMap<String, Object>();
            attributes.put("survey", survey.code());
            attributes.put("question", q.code());
            attributes.put("type", q.type().name());
            Integer emotion = null;
            java.math.BigDecimal value;
            if (q.type() == SurveyQuestionType.EXPECTATION_PERCEPTION) {
                var e = (Integer) answers.get(q.code() + "_expectation");
                var p = (Integer) answers.get(q.code() + "_perception");
                if (e == null) {
                    continue;
                }
                attributes.put("expectation", e);
                attributes.put("perception", p);
                emotion = p;
                value = java.math.BigDecimal.valueOf(p - e);
            } else {
                var v = (Integer) answers.get(q.code());
                if (v == null) {
                    continue;
                }
                attributes.put("score", v);
                emotion = q.type() == SurveyQuestionType.EMOTION ? v : null;
                value = java.math.BigDecimal.valueOf(v);
            }
            if (comment != null && result.isEmpty()) {
                attributes.put("note", comment);
            }
            result.add(new NewEvent(
                    "survey-" + responseId + "-" + q.code(),
                    customerId,
                    null,
                    tp,
                    null,
                    at,
                    TouchpointChannel.SURVEY,
                    null,
                    null,
                    null,
                    null,
                    value,
                    emotion,
                    json.writeValueAsString(attributes)));
        }
        return result;
    }

    /** The demo business's surveys (delivery experience and service visit), created once. */
    @Transactional
    public void ensureDemoSurveys() {
        for (var request : DemoSurveys.all()) {
            if (surveys.findByCode(request.code()).isEmpty()) {
                createUnchecked(request);
            }
        }
    }

    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
