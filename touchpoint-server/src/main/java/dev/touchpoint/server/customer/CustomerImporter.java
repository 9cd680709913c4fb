package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
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
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers from CSV (UTF-8 or GBK) or XLSX through the one import flow: the columns of
 * {@link CustomerColumns}, one customer per row; a phone already stored or repeated in the file is a
 * problem of its row.
 */
@Service
class CustomerImporter {

    private final CustomerRepository customers;
    private final TierRepository tiers;
    private final PeopleDirectory people;
    private final Assignments assignments;
    private final Validator validator;
    private final TabularImports imports;

    private final org.springframework.context.ApplicationEventPublisher events;

    CustomerImporter(
            CustomerRepository customers,
            TierRepository tiers,
            PeopleDirectory people,
            Assignments assignments,
            Validator validator,
            TabularImports imports,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.customers = customers;
        this.tiers = tiers;
        this.people = people;
        this.assignments = assignments;
        this.validator = validator;
        this.imports = imports;
    }

    @Transactional
    ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var me = CurrentUsers.require();
        Assignments.requireWriter(me, null);
        return imports.run(new Spec(me), content, fileName, dryRun, mode);
    }

    /** A valid row: the customer and its normalised phone. */
    private record Row(ImportRow<CustomerColumns> row, NewCustomer customer, String phone) {}

    private final class Spec implements ImportSpec<CustomerColumns, Row> {

        private final CurrentUser me;

        Spec(CurrentUser me) {
            this.me = me;
        }

        @Override
        public FileColumns<CustomerColumns> columns() {
            return CustomerColumns.FILE;
        }

        @Override
        public String entityType() {
            return "customer";
        }

        @Override
        public String noun() {
            return "customers";
        }

        @Override
        public Row check(ImportRecord<CustomerColumns> record) {
            var row = record.first();
            if (row.has(CustomerColumns.NAME) && row.text(CustomerColumns.NAME) == null) {
                row.problem(CustomerColumns.NAME, "name is required");
            }
            var kind = kind(row);
            var tier = tier(row);
            var birthday = row.date(CustomerColumns.BIRTHDAY);
            Long ownerId = null;
            var ownerName = row.text(CustomerColumns.OWNER);
            if (ownerName != null) {
                var owner = people.userByName(ownerName);
                if (owner.isEmpty()) {
                    row.problem(CustomerColumns.OWNER, "unknown user " + ownerName);
                } else {
                    ownerId = owner.get().id();
                }
            }
            Long teamId = null;
            var teamName = row.text(CustomerColumns.TEAM);
            if (teamName != null) {
                var team = people.teamByName(teamName);
                if (team.isEmpty()) {
                    row.problem(CustomerColumns.TEAM, "unknown team " + teamName);
                } else {
                    teamId = team.get().id();
                }
            }
            var tagText = row.text(CustomerColumns.TAGS);
            var tags = tagText == null
                    ? List.<String>of()
                    : CustomerService.cleanTags(Arrays.asList(tagText.split("[;；]")));
            var customer = customer(row, kind, tier, birthday, ownerId, teamId, tags);
            for (var violation : validator.validate(customer)) {
                var field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
                var column = Arrays.stream(CustomerColumns.values())
                        .filter(c -> c.field().equals(field))
                        .findFirst()
                        .orElse(CustomerColumns.NAME);
                row.problem(column, violation.getMessage());
            }
            if (!row.ok()) {
                return null;
            }
            try {
                var assignment = assignments.forNew(me, ownerId, teamId);
                customer = customer(row, kind, tier, birthday, assignment.ownerId(), assignment.teamId(), tags);
            } catch (OutOfScopeException | InvalidInputException e) {
                row.problem(
                        row.has(CustomerColumns.OWNER) ? CustomerColumns.OWNER : CustomerColumns.TEAM,
                        "you may not assign customers to this owner or team");
                return null;
            }
            return new Row(row, customer, PhoneNumbers.normalise(customer.phone()));
        }

        @Override
        public void checkTogether(List<Checked<CustomerColumns, Row>> records) {
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
                    new HashSet<>(customers.existingPhones(phones)),
                    (r, reason) -> r.row().problem(CustomerColumns.PHONE, reason),
                    "phone",
                    "duplicate phone: an existing customer has this phone");
        }

        @Override
        public Map<String, Object> store(List<Row> values) {
            var ids = customers.insertAll(values.stream().map(Row::customer).toList());
            for (int i = 0; i < ids.size(); i++) {
                var c = values.get(i).customer();
                events.publishEvent(CustomerService.createdEvent(
                        ids.get(i), c.kind(), c.tier(), c.source(), c.ownerId(), c.teamId(), true));
            }
            return Map.of();
        }
    }

    private static NewCustomer customer(
            ImportRow<CustomerColumns> row,
            CustomerKind kind,
            String tier,
            java.time.LocalDate birthday,
            Long ownerId,
            Long teamId,
            List<String> tags) {
        return new NewCustomer(
                kind,
                row.text(CustomerColumns.NAME),
                row.text(CustomerColumns.PHONE),
                row.text(CustomerColumns.EMAIL),
                tier,
                row.text(CustomerColumns.SOURCE),
                ownerId,
                teamId,
                tags,
                row.text(CustomerColumns.GENDER),
                birthday,
                row.text(CustomerColumns.CITY),
                row.text(CustomerColumns.ADDRESS),
                row.text(CustomerColumns.INDUSTRY),
                row.text(CustomerColumns.NOTES),
                null);
    }

    private static CustomerKind kind(ImportRow<CustomerColumns> row) {
        var text = row.text(CustomerColumns.KIND);
        if (text == null) {
            return CustomerKind.PERSON;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "person", "个人", "p" -> CustomerKind.PERSON;
            case "organisation", "organization", "org", "company", "企业", "公司", "组织", "机构", "o" ->
                CustomerKind.ORGANISATION;
            default -> {
                row.problem(CustomerColumns.KIND, "must be PERSON or ORGANISATION (个人/企业)");
                yield CustomerKind.PERSON;
            }
        };
    }

    private String tier(ImportRow<CustomerColumns> row) {
        var text = row.text(CustomerColumns.TIER);
        if (text == null) {
            return null;
        }
        var tier = tiers.resolve(text);
        if (tier.isEmpty()) {
            row.problem(
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
}
