package dev.touchpoint.server.sales;

/**
 * Objection handling methods (seed 003, 客户异议的处理方法): rebuttal 反驳, "yes… if" 回避 (是的…如果),
 * turn the drawback into the reason 利用 (太极), agree and compensate 同意和补偿, ask 询问, ignore 忽视,
 * prevent 预防.
 */
public enum HandlingMethod {
    REBUTTAL,
    YES_IF,
    TURN_AROUND,
    COMPENSATE,
    QUESTION,
    IGNORE,
    PREVENT
}
