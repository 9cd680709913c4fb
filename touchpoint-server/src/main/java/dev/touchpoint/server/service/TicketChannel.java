package dev.touchpoint.server.service;

/** Where a ticket came from. */
public enum TicketChannel {
    PHONE,
    EMAIL,
    WECHAT,
    WEB,
    STORE,
    API,
    SURVEY,
    PROACTIVE
}
