package dev.touchpoint.server.sales;

/**
 * Roles in a key account's buying centre (seed 003, 大客户销售中的5类客户): 使用人 user (function),
 * 技术人 technical (sets the standard, can say no), 采购人 purchaser (price, terms), 财务人 finance
 * (budget, payment), 决策人 decision maker (final approval).
 */
public enum BuyingRole {
    USER,
    TECHNICAL,
    PURCHASER,
    FINANCE,
    DECISION_MAKER
}
