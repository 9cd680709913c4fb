package dev.touchpoint.server.customer;

/** A contact of an organisation, for bulk loading (imports, demo data). */
public record NewContact(long customerId, String name, String title, String phone, String email) {}
