package dev.touchpoint.server.sales;

/** How a follow-up is made: visit, call, SMS or WeChat (seed 001: 短信、电话、拜访). */
public enum FollowUpChannel {
    VISIT,
    CALL,
    SMS,
    WECHAT;

    /** Whether the customer's consent for this channel must be in force before using it. */
    public boolean needsConsent() {
        return this == SMS || this == WECHAT;
    }
}
