package dev.touchpoint.server.sales;

/** Our position against competitors, which drives the end-game (seed 003, 终场策略). */
public enum Position {
    ADVANTAGE,
    DISADVANTAGE,
    UNKNOWN
}
