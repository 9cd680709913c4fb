package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.tabular.DuplicateValues;
import dev.touchpoint.server.platform.tabular.FileColumns.RowProblems;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.SpreadsheetSafety;
import dev.touchpoint.server.platform.tabular.TabularReader;
import dev.touchpoint.server.platform.tabular.TabularRow;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports leads from CSV (UTF-8 or GBK) or XLSX: checks every row and reports each problem by row,
 * column and reason; stores all rows, none (all-or-nothing, the default, when any row is bad) or only
 * the valid ones. A row with an intent class is graded on import, so its follow-up plan starts.
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
    private final AuditLog audit;
    private final Clock clock;

    LeadImporter(
            LeadRepository leads,
            FollowUpService followUps,
            SalesAccess access,
            IdentityApi identity,
            Validator validator,
            AuditLog audit,
            Clock clock) {
        this.leads = leads;
        this.followUps = followUps;
        this.access = access;
        this.identity = identity;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** A checked row: what to store when it is valid (lead null otherwise). */
    private record Checked(
            int row,
            NewLead lead,
            LeadSource source,
            IntentClass intentClass,
            LocalDate firstContact,
            String phoneNorm) {}

    @Transactional
    ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var me = access.me();
        access.forNew(me, null, null); // analysts may not import: 403 before reading anything
        var data = TabularReader.read(content, fileName);
        var columns = LeadColumns.FILE.in(data.headers());
        var problems = new ArrayList<RowProblem>();
        if (!columns.containsKey(LeadColumns.NAME)) {
            problems.add(new RowProblem(1, LeadColumns.NAME.header(), "required column is missing (name / 姓名)"));
        }
        var teams = new HashMap<String, Team>();
        identity.listTeams().forEach(t -> teams.putIfAbsent(t.name().strip().toLowerCase(Locale.ROOT), t));
        var today = LocalDate.now(clock);
        var checked = new ArrayList<Checked>();
        for (var row : data.rows()) {
            checked.add(check(row, columns, me, teams, today, problems));
        }
        markDuplicatePhones(checked, columns, problems);
        var badRows = new HashSet<Integer>();
        problems.forEach(p -> badRows.add(p.row()));
        var valid = checked.stream()
                .filter(c -> c.lead() != null && !badRows.contains(c.row()))
                .toList();
        boolean write = !dryRun
                && (mode == ImportMode.VALID_ONLY || problems.isEmpty())
                && !valid.isEmpty()
                && columns.containsKey(LeadColumns.NAME);
        int imported = 0;
        int graded = 0;
        if (write) {
            var now = Instant.now(clock);
            for (var c : valid) {
                long id = leads.insert(
                        c.lead(), c.source(), c.lead().ownerId(), c.lead().teamId(), now);
                imported++;
                if (c.intentClass() != null) {
                    var on = c.firstContact() != null ? c.firstContact() : today;
                    var at = on.equals(today)
                            ? now
                            : on.atStartOfDay(clock.getZone()).toInstant();
                    leads.grade(id, new FirstContact(c.intentClass(), null, null, null, null, null, null), at);
                    followUps.replan(leads.find(id).orElseThrow(), on, now);
                    graded++;
                }
            }
        }
        if (!dryRun) {
            var details = new LinkedHashMap<String, Object>();
            details.put("file", fileName == null ? "" : fileName);
            details.put("mode", mode.name());
            details.put("rows", data.rows().size());
            details.put("problems", problems.size());
            details.put("imported", imported);
            details.put("graded", graded);
            audit.record(AuditLog.Action.IMPORT, "sales_lead", null, imported + " leads imported", details);
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        return new ImportReport(data.rows().size(), valid.size(), problems, imported > 0, imported, data.encoding());
    }

    private Checked check(
            TabularRow row,
            Map<LeadColumns, String> columns,
            CurrentUser me,
            Map<String, Team> teams,
            LocalDate today,
            List<RowProblem> problems) {
        int before = problems.size();
        var problem = new RowProblems<>(row.row(), columns, problems);
        var cells = new EnumMap<LeadColumns, String>(LeadColumns.class);
        for (var entry : columns.entrySet()) {
            var text = row.get(entry.getValue());
            if (SpreadsheetSafety.looksLikeFormula(row.values().get(entry.getValue()))) {
                problem.add(entry.getKey(), "looks like a spreadsheet formula; remove the leading =, +, - or @");
            } else if (text != null) {
                cells.put(entry.getKey(), text);
            }
        }
        if (cells.get(LeadColumns.NAME) == null
                && columns.containsKey(LeadColumns.NAME)
                && !problem.reported(LeadColumns.NAME)) {
            problem.add(LeadColumns.NAME, "name is required");
        }
        var source = source(cells.get(LeadColumns.SOURCE), problem);
        var intent = intent(cells.get(LeadColumns.INTENT_CLASS), problem);
        var firstContact = date(cells.get(LeadColumns.FIRST_CONTACT), today, problem);
        if (firstContact != null && intent == null && !problem.reported(LeadColumns.INTENT_CLASS)) {
            problem.add(LeadColumns.FIRST_CONTACT, "a first-contact date needs an intent class (A/B/C/D)");
        }
        Long ownerId = null;
        if (cells.containsKey(LeadColumns.OWNER)) {
            var owner = identity.findUser(cells.get(LeadColumns.OWNER));
            if (owner.isEmpty()) {
                problem.add(LeadColumns.OWNER, "unknown user " + cells.get(LeadColumns.OWNER));
            } else {
                ownerId = owner.get().id();
            }
        }
        Long teamId = null;
        if (cells.containsKey(LeadColumns.TEAM)) {
            var team = teams.get(cells.get(LeadColumns.TEAM).toLowerCase(Locale.ROOT));
            if (team == null) {
                problem.add(LeadColumns.TEAM, "unknown team " + cells.get(LeadColumns.TEAM));
            } else {
                teamId = team.id();
            }
        }
        var lead = new NewLead(
                cells.get(LeadColumns.NAME),
                cells.get(LeadColumns.COMPANY),
                cells.get(LeadColumns.PHONE),
                cells.get(LeadColumns.EMAIL),
                source,
                cells.get(LeadColumns.PRODUCT_INTEREST),
                ownerId,
                teamId,
                cells.get(LeadColumns.NOTES));
        for (var violation : validator.validate(lead)) {
            var field = violation.getPropertyPath().toString();
            var column = Arrays.stream(LeadColumns.values())
                    .filter(c -> c.field().equals(field))
                    .findFirst()
                    .orElse(LeadColumns.NAME);
            if (!problem.reported(column)) {
                problem.add(column, violation.getMessage());
            }
        }
        if (problems.size() > before) {
            return new Checked(row.row(), null, null, null, null, null);
        }
        try {
            var assignment = access.forNew(me, ownerId, teamId);
            lead = new NewLead(
                    lead.name(),
                    lead.company(),
                    lead.phone(),
                    lead.email(),
                    source,
                    lead.productInterest(),
                    assignment.ownerId(),
                    assignment.teamId(),
                    lead.notes());
        } catch (OutOfScopeException | InvalidInputException e) {
            problem.add(
                    cells.containsKey(LeadColumns.OWNER) ? LeadColumns.OWNER : LeadColumns.TEAM,
                    "you may not assign leads to this owner or team");
            return new Checked(row.row(), null, null, null, null, null);
        }
        return new Checked(row.row(), lead, source, intent, firstContact, LeadPhones.normalise(lead.phone()));
    }

    private void markDuplicatePhones(
            List<Checked> checked, Map<LeadColumns, String> columns, List<RowProblem> problems) {
        var column = columns.getOrDefault(LeadColumns.PHONE, LeadColumns.PHONE.header());
        var phones = checked.stream()
                .map(Checked::phoneNorm)
                .filter(p -> p != null)
                .distinct()
                .toList();
        var existing = leads.openPhones(phones);
        DuplicateValues.mark(
                checked,
                Checked::phoneNorm,
                Checked::row,
                existing,
                column,
                "phone",
                "duplicate phone: an open lead already has this phone",
                problems);
    }

    private static LeadSource source(String text, RowProblems<LeadColumns> problem) {
        if (text == null) {
            return LeadSource.IMPORT;
        }
        var key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (var s : LeadSource.values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        var zh = switch (text.strip()) {
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
            problem.add(
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

    private static IntentClass intent(String text, RowProblems<LeadColumns> problem) {
        if (text == null) {
            return null;
        }
        var t = text.strip();
        var parsed = switch (t.toUpperCase(Locale.ROOT)) {
            case "A", "很有希望" -> IntentClass.A;
            case "B", "有希望" -> IntentClass.B;
            case "C", "一般" -> IntentClass.C;
            case "D", "无意向" -> IntentClass.D;
            default -> null;
        };
        if (parsed == null) {
            problem.add(LeadColumns.INTENT_CLASS, "intent class must be A, B, C or D (很有希望/有希望/一般/无意向): " + t);
        }
        return parsed;
    }

    private static LocalDate date(String text, LocalDate today, RowProblems<LeadColumns> problem) {
        if (text == null) {
            return null;
        }
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeParseException("format", text, 0);
            }
            var parts = text.split("[-/]");
            var date = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            if (date.isAfter(today)) {
                problem.add(LeadColumns.FIRST_CONTACT, "the first contact cannot be in the future: " + text);
                return null;
            }
            return date;
        } catch (java.time.DateTimeException e) {
            problem.add(LeadColumns.FIRST_CONTACT, "not a valid date in yyyy-MM-dd: " + text);
            return null;
        }
    }
}
