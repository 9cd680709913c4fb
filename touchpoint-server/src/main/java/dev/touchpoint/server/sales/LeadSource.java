package dev.touchpoint.server.sales;

/** Where a lead came from. */
public enum LeadSource {
    STORE_VISIT,
    WEB_FORM,
    PHONE,
    REFERRAL,
    EXPO,
    WECHAT,
    IMPORT,
    API
}
