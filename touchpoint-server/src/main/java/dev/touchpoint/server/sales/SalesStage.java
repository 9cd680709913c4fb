package dev.touchpoint.server.sales;

import java.util.Arrays;
import java.util.List;

/**
 * Our key-account sales stages (seed 003, 销售流程策略), each with a default win probability used when
 * the opportunity sets none: 收集信息/评估客户 → 理清角色/建立关系 → 技术交流/影响标准 → 准备文件/参与投标 →
 * 商务谈判/签订合同 → 合同收款/售后服务. Entering the last stage wins the opportunity.
 */
public enum SalesStage {
    QUALIFY(10),
    RELATIONSHIP(25),
    TECHNICAL(40),
    TENDER(60),
    NEGOTIATION(80),
    DELIVERY(100);

    private final int defaultProbability;

    SalesStage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }

    /** The checklist that must be met (or overridden with a reason) to leave this stage forwards. */
    public List<ExitCriterion> exitCriteria() {
        return Arrays.stream(ExitCriterion.values())
                .filter(c -> c.stage() == this)
                .toList();
    }

    public boolean isLast() {
        return this == DELIVERY;
    }
}
