package dev.touchpoint.server.sales;

/** A buying-centre member's attitude towards us. */
public enum Attitude {
    SUPPORTER,
    NEUTRAL,
    OPPONENT,
    UNKNOWN
}
