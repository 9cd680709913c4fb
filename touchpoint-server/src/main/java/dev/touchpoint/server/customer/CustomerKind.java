package dev.touchpoint.server.customer;

/** A customer is a person or an organisation (which has contacts). */
public enum CustomerKind {
    PERSON,
    ORGANISATION
}
