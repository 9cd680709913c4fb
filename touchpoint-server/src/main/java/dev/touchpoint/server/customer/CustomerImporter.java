package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.tabular.DuplicateValues;
import dev.touchpoint.server.platform.tabular.FileColumns.RowProblems;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.SpreadsheetSafety;
import dev.touchpoint.server.platform.tabular.TabularReader;
import dev.touchpoint.server.platform.tabular.TabularRow;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers from CSV (UTF-8 or GBK) or XLSX: checks every row, reports each problem by row,
 * column and reason, and stores all rows, none (all-or-nothing, the default, when any row is bad) or
 * only the valid ones.
 */
@Service
class CustomerImporter {

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CustomerRepository customers;
    private final TierRepository tiers;
    private final PeopleDirectory people;
    private final Assignments assignments;
    private final Validator validator;
    private final AuditLog audit;

    CustomerImporter(
            CustomerRepository customers,
            TierRepository tiers,
            PeopleDirectory people,
            Assignments assignments,
            Validator validator,
            AuditLog audit) {
        this.customers = customers;
        this.tiers = tiers;
        this.people = people;
        this.assignments = assignments;
        this.validator = validator;
        this.audit = audit;
    }

    /** A checked row: its values when valid, else null. */
    private record Checked(int row, NewCustomer customer, String phoneNorm) {}

    @Transactional
    ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var me = CurrentUsers.require();
        Assignments.requireWriter(me, null);
        var data = TabularReader.read(content, fileName);
        var columns = CustomerColumns.FILE.in(data.headers());
        var problems = new ArrayList<RowProblem>();
        if (!columns.containsKey(CustomerColumns.NAME)) {
            problems.add(
                    new RowProblem(1, CustomerColumns.NAME.header(), "required column is missing (name / 姓名 / 名称)"));
        }
        var checked = new ArrayList<Checked>();
        for (var row : data.rows()) {
            checked.add(check(row, columns, me, problems));
        }
        markDuplicatePhones(checked, columns, problems);
        var badRows = new HashSet<Integer>();
        problems.forEach(p -> badRows.add(p.row()));
        var valid = checked.stream()
                .filter(c -> c.customer() != null && !badRows.contains(c.row()))
                .map(Checked::customer)
                .toList();
        boolean write = !dryRun
                && (mode == ImportMode.VALID_ONLY || problems.isEmpty())
                && !valid.isEmpty()
                && columns.containsKey(CustomerColumns.NAME);
        int imported = write ? customers.insertAll(valid).size() : 0;
        if (!dryRun) {
            var details = new LinkedHashMap<String, Object>();
            details.put("file", fileName == null ? "" : fileName);
            details.put("mode", mode.name());
            details.put("rows", data.rows().size());
            details.put("problems", problems.size());
            details.put("imported", imported);
            audit.record(AuditLog.Action.IMPORT, "customer", null, imported + " customers imported", details);
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new ImportReport(data.rows().size(), valid.size(), problems, imported > 0, imported, data.encoding());
    }

    private Checked check(
            TabularRow row, Map<CustomerColumns, String> columns, CurrentUser me, List<RowProblem> problems) {
        int before = problems.size();
        var cells = new EnumMap<CustomerColumns, String>(CustomerColumns.class);
        for (var entry : columns.entrySet()) {
            var text = row.get(entry.getValue());
            if (SpreadsheetSafety.looksLikeFormula(row.values().get(entry.getValue()))) {
                problems.add(new RowProblem(
                        row.row(),
                        entry.getValue(),
                        "looks like a spreadsheet formula; remove the leading =, +, - or @"));
            } else if (text != null) {
                cells.put(entry.getKey(), text);
            }
        }
        var problem = new RowProblems<>(row.row(), columns, problems);
        if (cells.get(CustomerColumns.NAME) == null
                && columns.containsKey(CustomerColumns.NAME)
                && !problem.reported(CustomerColumns.NAME)) {
            problem.add(CustomerColumns.NAME, "name is required");
        }
        var kind = kind(cells.get(CustomerColumns.KIND), problem);
        var tier = tier(cells.get(CustomerColumns.TIER), problem);
        var birthday = birthday(cells.get(CustomerColumns.BIRTHDAY), problem);
        Long ownerId = null;
        if (cells.containsKey(CustomerColumns.OWNER)) {
            var owner = people.userByName(cells.get(CustomerColumns.OWNER));
            if (owner.isEmpty()) {
                problem.add(CustomerColumns.OWNER, "unknown user " + cells.get(CustomerColumns.OWNER));
            } else {
                ownerId = owner.get().id();
            }
        }
        Long teamId = null;
        if (cells.containsKey(CustomerColumns.TEAM)) {
            var team = people.teamByName(cells.get(CustomerColumns.TEAM));
            if (team.isEmpty()) {
                problem.add(CustomerColumns.TEAM, "unknown team " + cells.get(CustomerColumns.TEAM));
            } else {
                teamId = team.get().id();
            }
        }
        var tags = cells.get(CustomerColumns.TAGS) == null
                ? List.<String>of()
                : CustomerService.cleanTags(
                        Arrays.asList(cells.get(CustomerColumns.TAGS).split("[;；]")));
        var customer = new NewCustomer(
                kind,
                cells.get(CustomerColumns.NAME),
                cells.get(CustomerColumns.PHONE),
                cells.get(CustomerColumns.EMAIL),
                tier,
                cells.get(CustomerColumns.SOURCE),
                ownerId,
                teamId,
                tags,
                cells.get(CustomerColumns.GENDER),
                birthday,
                cells.get(CustomerColumns.CITY),
                cells.get(CustomerColumns.ADDRESS),
                cells.get(CustomerColumns.INDUSTRY),
                cells.get(CustomerColumns.NOTES),
                null);
        for (var violation : validator.validate(customer)) {
            var field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            var column = Arrays.stream(CustomerColumns.values())
                    .filter(c -> c.field().equals(field))
                    .findFirst()
                    .orElse(CustomerColumns.NAME);
            if (!(column == CustomerColumns.NAME && problem.reported(CustomerColumns.NAME))) {
                problem.add(column, violation.getMessage());
            }
        }
        if (problems.size() > before) {
            return new Checked(row.row(), null, null);
        }
        try {
            var assignment = assignments.forNew(me, ownerId, teamId);
            customer = new NewCustomer(
                    customer.kind(),
                    customer.name(),
                    customer.phone(),
                    customer.email(),
                    customer.tier(),
                    customer.source(),
                    assignment.ownerId(),
                    assignment.teamId(),
                    customer.tags(),
                    customer.gender(),
                    customer.birthday(),
                    customer.city(),
                    customer.address(),
                    customer.industry(),
                    customer.notes(),
                    null);
        } catch (OutOfScopeException | InvalidInputException e) {
            problem.add(
                    cells.containsKey(CustomerColumns.OWNER) ? CustomerColumns.OWNER : CustomerColumns.TEAM,
                    "you may not assign customers to this owner or team");
            return new Checked(row.row(), null, null);
        }
        return new Checked(row.row(), customer, CustomerPhones.normalise(customer.phone()));
    }

    private void markDuplicatePhones(
            List<Checked> checked, Map<CustomerColumns, String> columns, List<RowProblem> problems) {
        var column = columns.get(CustomerColumns.PHONE);
        var phones = checked.stream()
                .map(Checked::phoneNorm)
                .filter(p -> p != null)
                .distinct()
                .toList();
        var existing = new HashSet<>(customers.existingPhones(phones));
        DuplicateValues.mark(
                checked,
                Checked::phoneNorm,
                Checked::row,
                existing,
                column,
                "phone",
                "duplicate phone: an existing customer has this phone",
                problems);
    }

    private static CustomerKind kind(String text, RowProblems<CustomerColumns> problem) {
        if (text == null) {
            return CustomerKind.PERSON;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "person", "个人", "p" -> CustomerKind.PERSON;
            case "organisation", "organization", "org", "company", "企业", "公司", "组织", "机构", "o" ->
                CustomerKind.ORGANISATION;
            default -> {
                problem.add(CustomerColumns.KIND, "must be PERSON or ORGANISATION (个人/企业)");
                yield CustomerKind.PERSON;
            }
        };
    }

    private String tier(String text, RowProblems<CustomerColumns> problem) {
        if (text == null) {
            return null;
        }
        var tier = tiers.resolve(text);
        if (tier.isEmpty()) {
            problem.add(
                    CustomerColumns.TIER,
                    "unknown tier " + text + "; known: "
                            + String.join(
                                    ", ",
                                    tiers.findAll().stream()
                                            .map(CustomerTier::code)
                                            .toList()));
            return null;
        }
        return tier.get().code();
    }

    private static LocalDate birthday(String text, RowProblems<CustomerColumns> problem) {
        if (text == null) {
            return null;
        }
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeParseException("format", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem.add(CustomerColumns.BIRTHDAY, "not a valid date in yyyy-MM-dd: " + text);
            return null;
        }
    }
}
