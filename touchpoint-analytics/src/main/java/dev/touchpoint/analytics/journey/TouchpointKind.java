package dev.touchpoint.analytics.journey;

/**
 * The kind of a touchpoint event in a purchase journey — seed 000 (售前触点挖掘), DOMAIN.md §1.
 *
 * <p>The kind says what the customer did at the touchpoint, independently of which touchpoint it
 * was: entering a zone, dwelling, passing by, meeting friction, trying the product, buying, leaving.
 */
public enum TouchpointKind {
    /** 进入点: the customer enters a site or zone. */
    ENTRY("进入点", "entry"),
    /** 停留点: the customer stops and stays (dwell time is meaningful). */
    DWELL("停留点", "dwell"),
    /** 经过点: the customer passes by without stopping. */
    PASS("经过点", "pass"),
    /** 摩擦点: something hindered the customer (queue, missing stock, confusing form). */
    FRICTION("摩擦点", "friction"),
    /** 体验点: the customer tries the product (test drive, sample, demo). */
    EXPERIENCE("体验点", "experience"),
    /** 购买点: the customer buys. */
    PURCHASE("购买点", "purchase"),
    /** 退出点: the customer leaves a site or zone. */
    EXIT("退出点", "exit"),
    /** 移动线: a movement between two zones. */
    MOVEMENT("移动线", "movement"),
    /** 结束点: the journey (or visit) ends. */
    END("结束点", "end"),
    /** 异议点: the customer raises an objection (price, time, budget, authority). */
    OBJECTION("异议点", "objection");

    private final String zh;
    private final String en;

    TouchpointKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Returns the Simplified Chinese label, e.g. {@code 进入点}. */
    public String zh() {
        return zh;
    }

    /** Returns the English label, e.g. {@code entry}. */
    public String en() {
        return en;
    }
}
