package dev.touchpoint.analytics.journey;

/**
 * The five stages of the customer journey in journey order — 客户认知 → 产品咨询 → 产品体验 →
 * 达成交易 → 持续合作 (DOMAIN.md §1, seed 004). Declaration order is journey order.
 */
public enum JourneyStage {
    /** 客户认知: the customer becomes aware of us. */
    AWARENESS("客户认知", "awareness", JourneyPhase.PRE_SALE),
    /** 产品咨询: the customer asks about the product. */
    INQUIRY("产品咨询", "inquiry", JourneyPhase.PRE_SALE),
    /** 产品体验: the customer tries the product. */
    EXPERIENCE("产品体验", "experience", JourneyPhase.PRE_SALE),
    /** 达成交易: the deal is closed. */
    TRANSACTION("达成交易", "transaction", JourneyPhase.IN_SALE),
    /** 持续合作: after-sale service and repeat business. */
    CONTINUED_COOPERATION("持续合作", "continued cooperation", JourneyPhase.AFTER_SALE);

    private final String zh;
    private final String en;
    private final JourneyPhase phase;

    JourneyStage(String zh, String en, JourneyPhase phase) {
        this.zh = zh;
        this.en = en;
        this.phase = phase;
    }

    /** Returns the Simplified Chinese label. */
    public String zh() {
        return zh;
    }

    /** Returns the English label. */
    public String en() {
        return en;
    }

    /** Returns the phase (售前 / 售中 / 售后) this stage belongs to. */
    public JourneyPhase phase() {
        return phase;
    }

    /** Returns the 1-based position of this stage in the journey (awareness = 1). */
    public int journeyOrder() {
        return ordinal() + 1;
    }
}
