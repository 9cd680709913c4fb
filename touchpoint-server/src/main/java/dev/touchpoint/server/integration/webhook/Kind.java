package dev.touchpoint.server.integration.webhook;

/** What a subscription calls: a signed webhook, or a work-chat group robot. */
enum Kind {
    WEBHOOK,
    WECOM,
    DINGTALK,
    FEISHU;

    boolean chat() {
        return this != WEBHOOK;
    }
}
