package dev.touchpoint.server.crosssell.need;

import java.util.List;

/** Ready-made need rules for a car dealership (4S store), as DOMAIN §6 and seed 002 describe them. */
public final class NeedRuleTemplates {

    private NeedRuleTemplates() {}

    /**
     * The dealership's rules: the first service is free (its value is the service customer kept), the
     * regular service runs from whichever service came last.
     */
    public static final List<NeedRuleRequest> DEALERSHIP = List.of(
            new NeedRuleRequest(
                    "when stage DELIVERED:VEHICLE then service SVC-FIRST after 3 months or 5000 km valid 60 days probability 0.7 value 600",
                    "First service at 5,000 km or 3 months",
                    "首保：5000 公里或 3 个月",
                    true,
                    null),
            new NeedRuleRequest(
                    "when service SVC-FIRST|SVC-REG|SVC-MAJOR then service SVC-REG|SVC-MAJOR after 6 months or 7500 km valid 90 days",
                    "Regular service every 7,500 km or 6 months",
                    "定期保养：每 7500 公里或 6 个月",
                    true,
                    null),
            new NeedRuleRequest(
                    "when product INS-COMM then product INS-COMM after 11 months valid 45 days probability 0.6",
                    "Insurance renewal 11 months after purchase",
                    "保险续保：购买后 11 个月",
                    true,
                    null),
            new NeedRuleRequest(
                    "when stage DELIVERED:VEHICLE then category ACCESSORY after 0 days valid 30 days probability 0.3",
                    "Accessories within 30 days of delivery",
                    "交车后 30 天内推荐精品附件",
                    true,
                    null),
            new NeedRuleRequest(
                    "when stage DELIVERED:VEHICLE then product CARE-TYRE after 40000 km valid 180 days probability 0.4",
                    "Tyres at 40,000 km",
                    "4 万公里更换轮胎",
                    true,
                    null));
}
