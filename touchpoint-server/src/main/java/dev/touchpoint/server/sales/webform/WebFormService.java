package dev.touchpoint.server.sales.webform;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PhoneNumbers;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.NewLead;
import dev.touchpoint.server.sales.lead.LeadRepository;
import dev.touchpoint.server.sales.shared.SalesAccess;
import dev.touchpoint.server.sales.shared.SalesProperties;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public web form of a team (a lead source of issue 6): managers create it and rotate its
 * unguessable token; prospects submit it without logging in. A submission becomes an ungraded
 * WEB_FORM lead of the team, owned by the form's default rep or unassigned. A filled honeypot is
 * dropped silently; a phone number is accepted at most {@code touchpoint.sales.web-form-daily-limit}
 * times per calendar day.
 */
@Service
public class WebFormService {

    /** What happened to a submission. */
    enum Outcome {
        CREATED,
        IGNORED,
        RATE_LIMITED
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebFormRepository forms;
    private final LeadRepository leads;
    private final SalesAccess access;
    private final IdentityApi identity;
    private final Validator validator;
    private final AuditLog audit;
    private final SalesProperties properties;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    WebFormService(
            WebFormRepository forms,
            LeadRepository leads,
            SalesAccess access,
            IdentityApi identity,
            Validator validator,
            AuditLog audit,
            SalesProperties properties,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.forms = forms;
        this.leads = leads;
        this.access = access;
        this.identity = identity;
        this.validator = validator;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- managers

    public Optional<WebForm> form(long teamId) {
        requireManager(access.me(), teamId);
        return forms.forTeam(teamId);
    }

    /** Creates the team's form (with a fresh token) or changes its default rep. */
    @Transactional
    public WebForm save(long teamId, WebFormSettings settings) {
        requireManager(access.me(), teamId);
        var owner = settings == null ? null : settings.defaultOwnerId();
        if (owner != null
                && identity.findUser(owner)
                        .filter(u -> u.teamIds().contains(teamId))
                        .isEmpty()) {
            throw InvalidInputException.of(
                    "defaultOwnerId", "member", "user " + owner + " is not a member of the team");
        }
        var existing = forms.forTeam(teamId);
        var details = new LinkedHashMap<String, Object>();
        details.put("defaultOwnerId", owner == null ? "" : owner.toString());
        if (existing.isEmpty()) {
            forms.create(teamId, newToken(), owner, Instant.now(clock));
            audit.record(AuditLog.Action.CREATE, "sales_web_form", teamId, "web form created", details);
        } else {
            forms.setDefaultOwner(teamId, owner);
            audit.record(AuditLog.Action.UPDATE, "sales_web_form", teamId, "web form default rep", details);
        }
        return forms.forTeam(teamId).orElseThrow();
    }

    /** A new token: the old link stops working at once. */
    @Transactional
    public WebForm rotate(long teamId) {
        requireManager(access.me(), teamId);
        if (forms.forTeam(teamId).isEmpty()) {
            throw new NotFoundException("web form of team", teamId);
        }
        forms.rotate(teamId, newToken(), Instant.now(clock));
        audit.record(AuditLog.Action.UPDATE, "sales_web_form", teamId, "web form link rotated");
        return forms.forTeam(teamId).orElseThrow();
    }

    // ---- prospects (no login)

    /** The team behind a public token, or empty for an unknown (or retired) token. */
    Optional<Team> teamOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return forms.byToken(token)
                .flatMap(f -> identity.listTeams().stream()
                        .filter(t -> t.id() == f.teamId())
                        .findFirst());
    }

    /**
     * Takes a submission. Throws {@link NotFoundException} for an unknown token and
     * {@link InvalidInputException} (messages are bundle keys) for invalid input.
     */
    @Transactional
    Outcome submit(String token, PublicLead input) {
        var form = token == null || token.length() > 100 ? Optional.<WebForm>empty() : forms.byToken(token);
        if (form.isEmpty()) {
            throw new NotFoundException("web form", "(token)");
        }
        if (input.website() != null && !input.website().isBlank()) {
            return Outcome.IGNORED; // a bot filled the hidden field: say thanks, store nothing
        }
        var violations = validator.validate(input).stream()
                .map(v -> new FieldViolation(v.getPropertyPath().toString(), "invalid", v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldViolation::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var now = Instant.now(clock);
        var phone = input.phone().strip();
        var startOfDay = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        if (leads.webFormLeadsSince(PhoneNumbers.normalise(phone), startOfDay) >= properties.webFormDailyLimit()) {
            return Outcome.RATE_LIMITED;
        }
        long teamId = form.get().teamId();
        var owner = form.get().defaultOwnerId() == null
                ? null
                : identity.findUser(form.get().defaultOwnerId())
                        .filter(u -> u.enabled() && u.teamIds().contains(teamId))
                        .map(u -> u.id())
                        .orElse(null);
        var lead = new NewLead(
                input.name().strip(),
                null,
                phone,
                blank(input.email()),
                LeadSource.WEB_FORM,
                blank(input.productInterest()),
                owner,
                teamId,
                blank(input.message()));
        long id = leads.insert(lead, LeadSource.WEB_FORM, owner, teamId, now);
        if (input.phoneConsent()) {
            leads.recordPhoneConsent(id, now);
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("source", LeadSource.WEB_FORM.name());
        details.put("team", teamId);
        details.put("owner", owner == null ? "" : owner.toString());
        details.put("phoneConsent", input.phoneConsent());
        audit.record(AuditLog.Action.CREATE, "sales_lead", id, lead.name(), details);
        dev.touchpoint.server.sales.shared.LeadEvents.publishNew(
                events, id, lead.name(), owner, teamId, LeadSource.WEB_FORM.name(), lead.productInterest(), false);
        return Outcome.CREATED;
    }

    private static void requireManager(CurrentUser me, long teamId) {
        if (!me.isAdmin() && !(me.role() == Role.MANAGER && me.teamIds().contains(teamId))) {
            throw new OutOfScopeException("web form of team", teamId);
        }
    }

    private static String newToken() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
