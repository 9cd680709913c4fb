package dev.touchpoint.server.demo;

import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the demo generator produced, before it is written through the modules' APIs. */
record DemoDataset(
        List<TeamSpec> teams,
        List<UserSpec> users,
        List<CustomerSpec> customers,
        List<OrderSpec> orders,
        List<ReadingSpec> readings) {

    /** An odometer reading taken at a service visit. */
    record ReadingSpec(int customerIndex, LocalDate date, int km) {}

    record TeamSpec(String key, String name, Team.Kind kind) {}

    record UserSpec(String username, String displayName, Role role, List<String> teamKeys) {}

    /** A customer; {@code contacts} only for organisations. */
    record CustomerSpec(
            boolean organisation,
            String name,
            String phone,
            String email,
            String tier,
            String source,
            String ownerUsername,
            String teamKey,
            List<String> tags,
            String gender,
            LocalDate birthday,
            String city,
            String address,
            String industry,
            Instant acquiredAt,
            List<ContactSpec> contacts,
            List<ConsentSpec> consents,
            BigDecimal creditLimit) {}

    record ContactSpec(String name, String title, String phone, String email) {}

    record ConsentSpec(String channel, boolean granted, Instant at, String method) {}

    /** Order stages in DOMAIN §4 order, each with the time it was reached; null when not reached. */
    record StageTimes(Instant ordered, Instant inProgress, Instant inspected, Instant delivered) {}

    /** A line; {@code discountPercent} 0–100 of quantity × unit price. */
    record LineSpec(String sku, int quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal unitCost) {}

    /**
     * An order with its receivable: {@code dueDate} when payment is due and {@code paidAt} when it was
     * paid in full (null: still open).
     */
    record OrderSpec(
            int customerIndex,
            String teamKey,
            String repUsername,
            String channel,
            StageTimes stages,
            List<LineSpec> lines,
            LocalDate dueDate,
            Instant paidAt) {}
}
