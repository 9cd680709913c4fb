package dev.touchpoint.analytics.journey;

/** The three phases that group the journey stages — 售前 / 售中 / 售后 (DOMAIN.md §1). */
public enum JourneyPhase {
    /** 售前: before the sale. */
    PRE_SALE("售前", "pre-sale"),
    /** 售中: during the sale. */
    IN_SALE("售中", "in-sale"),
    /** 售后: after the sale. */
    AFTER_SALE("售后", "after-sale");

    private final String zh;
    private final String en;

    JourneyPhase(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Returns the Simplified Chinese label. */
    public String zh() {
        return zh;
    }

    /** Returns the English label. */
    public String en() {
        return en;
    }
}
