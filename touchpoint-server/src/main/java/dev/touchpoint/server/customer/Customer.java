package dev.touchpoint.server.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer as the API and the screens show it.
 *
 * @param mergedInto the surviving customer when this one was merged into it
 * @param version optimistic-locking version, also the ETag
 */
record Customer(
        long id,
        CustomerKind kind,
        String name,
        String phone,
        String email,
        String tier,
        String source,
        Long ownerId,
        Long teamId,
        List<String> tags,
        String gender,
        LocalDate birthday,
        String city,
        String address,
        String industry,
        String notes,
        Long mergedInto,
        Instant deletedAt,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    Customer {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    boolean active() {
        return mergedInto == null && deletedAt == null;
    }

    CustomerRef ref() {
        return new CustomerRef(id, kind, name, phone, email, tier, ownerId, teamId);
    }
}
