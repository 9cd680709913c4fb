package dev.touchpoint.server.sales;

/** Suggested follow-up topics of seed 001: 遗留问题, 帮助客户, 最新资讯, 日常闲聊. */
public enum FollowUpTopic {
    OPEN_QUESTION,
    HELP,
    NEWS,
    CHAT
}
