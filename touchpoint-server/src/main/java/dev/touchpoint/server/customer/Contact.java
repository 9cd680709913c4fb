package dev.touchpoint.server.customer;

import java.time.Instant;

/** A person at an organisation customer. */
record Contact(
        long id,
        long customerId,
        String name,
        String title,
        String phone,
        String email,
        String notes,
        Instant createdAt,
        int version) {}
