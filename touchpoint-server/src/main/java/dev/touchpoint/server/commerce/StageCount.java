package dev.touchpoint.server.commerce;

/** How many orders are in a stage. */
public record StageCount(OrderStage stage, long orders) {}
