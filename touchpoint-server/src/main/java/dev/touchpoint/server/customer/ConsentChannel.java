package dev.touchpoint.server.customer;

/** Channels a customer may consent to be contacted through (DOMAIN §4: consent, opt-out). */
public enum ConsentChannel {
    PHONE,
    SMS,
    WECHAT,
    EMAIL
}
