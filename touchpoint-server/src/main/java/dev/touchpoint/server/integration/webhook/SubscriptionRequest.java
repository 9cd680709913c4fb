package dev.touchpoint.server.integration.webhook;

import java.util.List;

/**
 * A subscription as created or replaced through the API or the form.
 *
 * @param name what it is for, e.g. "DMS order feed" or "浦东店群"
 * @param kind WEBHOOK (default), WECOM, DINGTALK or FEISHU
 * @param url the target; on a change, empty keeps the stored one
 * @param eventTypes event type codes, e.g. {@code order.stage_changed}
 * @param tiers only events about customers of these tiers (empty: all)
 * @param locale language of robot messages, zh-CN (default) or en
 * @param teamId the team whose group a robot posts into
 * @param quietFrom start of the team's quiet hours, HH:mm business time (robots only)
 * @param quietUntil end of the quiet hours
 * @param ownerId the user whose record scope it acts in (default: the caller)
 * @param active false to create it paused
 * @param signingSecret a DingTalk or Feishu robot's signing secret (optional; webhooks get a generated
 *     one); on a change, empty keeps the stored one
 * @param version the version read, for a change
 */
public record SubscriptionRequest(
        String name,
        String kind,
        String url,
        List<String> eventTypes,
        List<String> tiers,
        String locale,
        Long teamId,
        String quietFrom,
        String quietUntil,
        Long ownerId,
        Boolean active,
        String signingSecret,
        Integer version) {}
