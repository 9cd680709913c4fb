package dev.touchpoint.server.service;

import java.time.LocalDate;

/** The day a customer complained (a ticket of type COMPLAINT was opened), in the server's time zone. */
public record ComplaintDate(long customerId, LocalDate date) {}
