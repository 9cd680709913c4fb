package dev.touchpoint.server.sales;

/** Customer objections (seed 003, 客户异议的类型): 货源, 价格, 时间, 财力, 权力. */
public enum ObjectionType {
    SOURCE,
    PRICE,
    TIME,
    BUDGET,
    AUTHORITY
}
