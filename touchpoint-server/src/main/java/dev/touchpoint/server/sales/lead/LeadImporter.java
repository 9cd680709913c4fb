package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PhoneNumbers;
import dev.touchpoint.server.platform.tabular.DuplicateValues;
import dev.touchpoint.server.platform.tabular.FileColumns;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportRecord;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportRow;
import dev.touchpoint.server.platform.tabular.ImportSpec;
import dev.touchpoint.server.platform.tabular.TabularImports;
import dev.touchpoint.server.sales.FirstContact;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.NewLead;
import dev.touchpoint.server.sales.followup.FollowUpService;
import dev.touchpoint.server.sales.shared.SalesAccess;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports leads from CSV (UTF-8 or GBK) or XLSX through the one import flow: the columns of
 * {@link LeadColumns}, one lead per row; a phone of an open lead or repeated in the file is a problem
 * of its row. A row with an intent class is graded on import, so its follow-up plan starts.
 */
@Service
class LeadImporter {

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}");

    private final LeadRepository leads;
    private final FollowUpService followUps;
    private final SalesAccess access;
    private final IdentityApi identity;
    private final Validator validator;
    private final Clock clock;
    private final TabularImports imports;

    private final org.springframework.context.ApplicationEventPublisher events;

    LeadImporter(
            LeadRepository leads,
            FollowUpService followUps,
            SalesAccess access,
            IdentityApi identity,
            Validator validator,
            Clock clock,
            TabularImports imports,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.leads = leads;
        this.followUps = followUps;
        this.access = access;
        this.identity = identity;
        this.validator = validator;
        this.clock = clock;
        this.imports = imports;
    }

    @Transactional
    ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var me = access.me();
        access.forNew(me, null, null); // analysts may not import: 403 before reading anything
        return imports.run(new Spec(me), content, fileName, dryRun, mode);
    }

    /** A valid row: the lead, its grading and its normalised phone. */
    private record Row(
            ImportRow<LeadColumns> row, NewLead lead, IntentClass intentClass, LocalDate firstContact, String phone) {}

    private final class Spec implements ImportSpec<LeadColumns, Row> {

        private final CurrentUser me;
        private final Map<String, Team> teams = new HashMap<>();
        private final LocalDate today = LocalDate.now(clock);

        Spec(CurrentUser me) {
            this.me = me;
            identity.listTeams().forEach(t -> teams.putIfAbsent(t.name().strip().toLowerCase(Locale.ROOT), t));
        }

        @Override
        public FileColumns<LeadColumns> columns() {
            return LeadColumns.FILE;
        }

        @Override
        public String entityType() {
            return "sales_lead";
        }

        @Override
        public String noun() {
            return "leads";
        }

        @Override
        public Row check(ImportRecord<LeadColumns> record) {
            var row = record.first();
            if (row.has(LeadColumns.NAME) && row.text(LeadColumns.NAME) == null) {
                row.problem(LeadColumns.NAME, "name is required");
            }
            var source = source(row);
            var intent = intent(row);
            var firstContact = date(row, today);
            if (firstContact != null && intent == null && !row.reported(LeadColumns.INTENT_CLASS)) {
                row.problem(LeadColumns.FIRST_CONTACT, "a first-contact date needs an intent class (A/B/C/D)");
            }
            Long ownerId = null;
            var ownerName = row.text(LeadColumns.OWNER);
            if (ownerName != null) {
                var owner = identity.findUser(ownerName);
                if (owner.isEmpty()) {
                    row.problem(LeadColumns.OWNER, "unknown user " + ownerName);
                } else {
                    ownerId = owner.get().id();
                }
            }
            Long teamId = null;
            var teamName = row.text(LeadColumns.TEAM);
            if (teamName != null) {
                var team = teams.get(teamName.toLowerCase(Locale.ROOT));
                if (team == null) {
                    row.problem(LeadColumns.TEAM, "unknown team " + teamName);
                } else {
                    teamId = team.id();
                }
            }
            var lead = lead(row, source, ownerId, teamId);
            for (var violation : validator.validate(lead)) {
                var field = violation.getPropertyPath().toString();
                var column = Arrays.stream(LeadColumns.values())
                        .filter(c -> c.field().equals(field))
                        .findFirst()
                        .orElse(LeadColumns.NAME);
                row.problem(column, violation.getMessage());
            }
            if (!row.ok()) {
                return null;
            }
            try {
                var assignment = access.forNew(me, ownerId, teamId);
                lead = lead(row, source, assignment.ownerId(), assignment.teamId());
            } catch (OutOfScopeException | InvalidInputException e) {
                row.problem(
                        row.has(LeadColumns.OWNER) ? LeadColumns.OWNER : LeadColumns.TEAM,
                        "you may not assign leads to this owner or team");
                return null;
            }
            return new Row(row, lead, intent, firstContact, PhoneNumbers.normalise(lead.phone()));
        }

        @Override
        public void checkTogether(List<Checked<LeadColumns, Row>> records) {
            var rows =
                    records.stream().map(Checked::value).filter(r -> r != null).toList();
            var phones = rows.stream()
                    .map(Row::phone)
                    .filter(p -> p != null)
                    .distinct()
                    .toList();
            DuplicateValues.mark(
                    rows,
                    Row::phone,
                    r -> r.row().number(),
                    leads.openPhones(phones),
                    (r, reason) -> r.row().problem(LeadColumns.PHONE, reason),
                    "phone",
                    "duplicate phone: an open lead already has this phone");
        }

        @Override
        public Map<String, Object> store(List<Row> values) {
            var now = Instant.now(clock);
            int graded = 0;
            for (var r : values) {
                var lead = r.lead();
                long id = leads.insert(lead, lead.source(), lead.ownerId(), lead.teamId(), now);
                dev.touchpoint.server.sales.shared.LeadEvents.publishNew(
                        events,
                        id,
                        lead.name(),
                        lead.ownerId(),
                        lead.teamId(),
                        lead.source() == null ? null : lead.source().name(),
                        lead.productInterest(),
                        true);
                if (r.intentClass() != null) {
                    var on = r.firstContact() != null ? r.firstContact() : today;
                    var at = on.equals(today)
                            ? now
                            : on.atStartOfDay(clock.getZone()).toInstant();
                    leads.grade(id, new FirstContact(r.intentClass(), null, null, null, null, null, null), at);
                    followUps.replan(leads.find(id).orElseThrow(), on, now);
                    graded++;
                }
            }
            return Map.of("graded", graded);
        }
    }

    private static NewLead lead(ImportRow<LeadColumns> row, LeadSource source, Long ownerId, Long teamId) {
        return new NewLead(
                row.text(LeadColumns.NAME),
                row.text(LeadColumns.COMPANY),
                row.text(LeadColumns.PHONE),
                row.text(LeadColumns.EMAIL),
                source,
                row.text(LeadColumns.PRODUCT_INTEREST),
                ownerId,
                teamId,
                row.text(LeadColumns.NOTES));
    }

    private static LeadSource source(ImportRow<LeadColumns> row) {
        var text = row.text(LeadColumns.SOURCE);
        if (text == null) {
            return LeadSource.IMPORT;
        }
        var key = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (var s : LeadSource.values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        var zh = switch (text) {
            case "到店", "门店", "到店拜访" -> LeadSource.STORE_VISIT;
            case "网页表单", "网站", "官网" -> LeadSource.WEB_FORM;
            case "电话" -> LeadSource.PHONE;
            case "转介绍", "介绍" -> LeadSource.REFERRAL;
            case "展会" -> LeadSource.EXPO;
            case "微信" -> LeadSource.WECHAT;
            case "导入" -> LeadSource.IMPORT;
            case "接口" -> LeadSource.API;
            default -> null;
        };
        if (zh == null) {
            row.problem(
                    LeadColumns.SOURCE,
                    "unknown source " + text + "; use one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(LeadSource.values())
                                            .map(Enum::name)
                                            .toList())
                            + " (到店, 网页表单, 电话, 转介绍, 展会, 微信, 导入, 接口)");
        }
        return zh == null ? LeadSource.IMPORT : zh;
    }

    private static IntentClass intent(ImportRow<LeadColumns> row) {
        var text = row.text(LeadColumns.INTENT_CLASS);
        if (text == null) {
            return null;
        }
        var parsed = switch (text.toUpperCase(Locale.ROOT)) {
            case "A", "很有希望" -> IntentClass.A;
            case "B", "有希望" -> IntentClass.B;
            case "C", "一般" -> IntentClass.C;
            case "D", "无意向" -> IntentClass.D;
            default -> null;
        };
        if (parsed == null) {
            row.problem(LeadColumns.INTENT_CLASS, "intent class must be A, B, C or D (很有希望/有希望/一般/无意向): " + text);
        }
        return parsed;
    }

    /** yyyy-MM-dd or yyyy/M/d (as Chinese Excel writes dates), not in the future. */
    private static LocalDate date(ImportRow<LeadColumns> row, LocalDate today) {
        var text = row.text(LeadColumns.FIRST_CONTACT);
        if (text == null) {
            return null;
        }
        try {
            if (!DATE.matcher(text).matches()) {
                throw new java.time.DateTimeException(text);
            }
            var parts = text.split("[-/]");
            var date = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            if (date.isAfter(today)) {
                row.problem(LeadColumns.FIRST_CONTACT, "the first contact cannot be in the future: " + text);
                return null;
            }
            return date;
        } catch (java.time.DateTimeException e) {
            row.problem(LeadColumns.FIRST_CONTACT, "not a valid date in yyyy-MM-dd: " + text);
            return null;
        }
    }
}
