package dev.touchpoint.server.touchpoint.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The car-dealership (4S店) checklist of seed 004: facilities, reception, transaction (with delivery)
 * and follow-up visit, each item linked to the touchpoint it checks.
 */
public final class DealershipAuditTemplate {

    static final String CODE = "DEALERSHIP_4S";

    private DealershipAuditTemplate() {}

    public static AuditTemplate.Request definition() {
        return new AuditTemplate.Request(
                CODE,
                "4S店顾客接触点检查表",
                "4S dealership touchpoint audit",
                List.of(
                        section("FACILITIES", "外观设施", "Facilities", items -> {
                            yesNo(
                                    items,
                                    "F_ACCESS",
                                    "到店便捷：明确指引、可接送车辆、指示牌规范清楚",
                                    "Easy to reach: clear directions, shuttle, proper signs",
                                    1,
                                    "BRAND_FACADE");
                            yesNo(items, "F_HOURS", "营业时间安排：如24小时值班", "Opening hours, e.g. 24-hour duty", 1, null);
                            yesNo(
                                    items,
                                    "F_PARKING",
                                    "停车区域：便利、进出方便",
                                    "Parking: convenient, easy in and out",
                                    1,
                                    "PARKING");
                            yesNo(
                                    items,
                                    "F_SURROUNDINGS",
                                    "周围环境：符合厂家要求",
                                    "Surroundings meet the maker's standard",
                                    1,
                                    "BRAND_FACADE");
                            yesNo(items, "F_BROCHURES", "宣传品：有时效性、整洁", "Brochures current and tidy", 1, "AD_PRINT");
                            yesNo(
                                    items,
                                    "F_LIGHTING",
                                    "营业光线：采光适度、灯具正常工作",
                                    "Lighting adequate, lamps working",
                                    1,
                                    "SHOWROOM_DISPLAY");
                            scale(
                                    items,
                                    "F_NEGOTIATION",
                                    "洽谈区：相对独立不被打扰、桌面清洁",
                                    "Negotiation area private and clean",
                                    1,
                                    "NEEDS_ANALYSIS");
                            scale(
                                    items,
                                    "F_LOUNGE",
                                    "休息区：功能良好（电视、网络）、整洁",
                                    "Lounge equipped (TV, Wi-Fi) and tidy",
                                    1,
                                    "LOUNGE");
                            scale(
                                    items,
                                    "F_RESTROOM",
                                    "卫生间：干净、无异味、功能良好",
                                    "Restroom clean, no odour, working",
                                    1.5,
                                    "RESTROOM");
                            scale(
                                    items,
                                    "F_ATMOSPHERE",
                                    "专业店氛围：背景音乐、工作人员状态",
                                    "Showroom atmosphere: music, staff manner",
                                    1,
                                    "SHOWROOM_DISPLAY");
                            yesNo(
                                    items,
                                    "F_SAMPLE_CARS",
                                    "样品车：功能完好、数量与结构合理",
                                    "Display cars working, right number and mix",
                                    1.5,
                                    "SHOWROOM_DISPLAY");
                        }),
                        section("RECEPTION", "接待过程", "Reception", items -> {
                            scale(items, "R_WARMTH", "服务热情度：是否面带微笑", "Warmth: smiling welcome", 2, "RECEPTION");
                            timed(
                                    items,
                                    "R_TIMELY",
                                    "接待及时性：30秒内迎接，无一人接待多组致顾客被冷落",
                                    "Greeted within 30 s, nobody left waiting",
                                    3,
                                    30,
                                    "SHOWROOM_ENTRY");
                            yesNo(
                                    items,
                                    "R_PROACTIVE",
                                    "介绍主动性：不让顾客自己看车",
                                    "Proactive presentation",
                                    2,
                                    "PRODUCT_PRESENTATION");
                            scale(items, "R_CONSISTENT", "态度始终如一", "Consistent attitude throughout", 1, "RECEPTION");
                            yesNo(
                                    items,
                                    "R_NEEDS",
                                    "需求了解的主动性：预算、用途、偏好",
                                    "Asks about budget, use and preferences",
                                    2,
                                    "NEEDS_ANALYSIS");
                            yesNo(
                                    items,
                                    "R_NO_PRESSURE",
                                    "不给客户造成反感和压力",
                                    "No pressure on the customer",
                                    2,
                                    "PRICE_OBJECTION");
                        }),
                        section("TRANSACTION", "交易过程", "Transaction", items -> {
                            scale(
                                    items,
                                    "T_PRODUCT",
                                    "对产品熟悉程度：价格、性能、企业历史",
                                    "Knows price, features, company history",
                                    2,
                                    "PRODUCT_PRESENTATION");
                            scale(
                                    items,
                                    "T_COMPETITORS",
                                    "对竞争品牌熟悉程度：对比凸显优势",
                                    "Knows competitors, shows advantages",
                                    1,
                                    "PRODUCT_PRESENTATION");
                            scale(
                                    items,
                                    "T_FIT",
                                    "推荐的实用性：最合适的车型与配置",
                                    "Recommends the best-fitting model",
                                    2,
                                    "NEEDS_ANALYSIS");
                            scale(
                                    items,
                                    "T_DEMO",
                                    "讲解的方法：正确展示车辆",
                                    "Demonstrates the car properly",
                                    1,
                                    "PRODUCT_PRESENTATION");
                            scale(
                                    items,
                                    "T_HARD_QUESTIONS",
                                    "疑难问题处理能力",
                                    "Handles difficult questions",
                                    1,
                                    "PRICE_OBJECTION");
                            yesNo(
                                    items,
                                    "T_TEST_DRIVE_CAPACITY",
                                    "试驾接待能力：足够车型、标准场地、陪驾人员",
                                    "Test-drive capacity: cars, route, escorts",
                                    1,
                                    "TEST_DRIVE");
                            yesNo(
                                    items,
                                    "T_TEST_DRIVE_OFFER",
                                    "主动提供试乘试驾",
                                    "Offers a test drive unasked",
                                    2,
                                    "TEST_DRIVE");
                            yesNo(
                                    items,
                                    "T_CONTRACT",
                                    "合同内容合法严谨并主动解释",
                                    "Contract lawful, rigorous and explained",
                                    2,
                                    "CONTRACT");
                            timed(
                                    items,
                                    "T_DELIVERY_TIME",
                                    "交车手续简单快捷：45分钟内办完",
                                    "Delivery paperwork done within 45 minutes",
                                    2,
                                    45 * 60,
                                    "DELIVERY_PAPERWORK");
                            yesNo(
                                    items,
                                    "T_DELIVERY_INTRO",
                                    "交车介绍售后服务、提醒存入服务热线、新车状况良好",
                                    "Handover explains after-sales, hotline saved, car as promised",
                                    1,
                                    "HANDOVER_CEREMONY");
                        }),
                        section("FOLLOW_UP", "顾客回访", "Follow-up visit", items -> {
                            timed(
                                    items,
                                    "U_PROACTIVE",
                                    "回访的主动性：交车后3日内主动联系",
                                    "Calls the customer within 3 days of delivery",
                                    2,
                                    3 * 24 * 3600,
                                    "FOLLOW_UP_CALL");
                            scale(
                                    items,
                                    "U_RELEVANT",
                                    "回访信息的针对性：使用注意事项、保养提醒、活动信息",
                                    "Relevant: usage tips, service reminders, news",
                                    1,
                                    "FOLLOW_UP_CALL");
                            scale(
                                    items,
                                    "U_ATTITUDE",
                                    "回访态度：认真、耐心倾听",
                                    "Listens carefully and patiently",
                                    1,
                                    "FOLLOW_UP_CALL");
                            scale(
                                    items,
                                    "U_EXPERTISE",
                                    "人员专业知识：能判断异常或告知解决途径",
                                    "Can judge a reported problem or say how to solve it",
                                    1,
                                    "FOLLOW_UP_CALL");
                            items.add(new AuditItem(
                                    "U_REACH_RATE",
                                    "回访接通率（%）不低于90",
                                    "Follow-up reach rate at least 90 %",
                                    AuditItemType.NUMERIC,
                                    BigDecimal.ONE,
                                    null,
                                    BigDecimal.valueOf(90),
                                    true,
                                    "FOLLOW_UP_CALL"));
                        })));
    }

    private static AuditSection section(
            String code, String zh, String en, java.util.function.Consumer<List<AuditItem>> fill) {
        var items = new ArrayList<AuditItem>();
        fill.accept(items);
        return new AuditSection(code, zh, en, items);
    }

    private static void yesNo(List<AuditItem> items, String code, String zh, String en, double weight, String tp) {
        items.add(new AuditItem(code, zh, en, AuditItemType.YES_NO, BigDecimal.valueOf(weight), null, null, null, tp));
    }

    private static void scale(List<AuditItem> items, String code, String zh, String en, double weight, String tp) {
        items.add(new AuditItem(code, zh, en, AuditItemType.SCALE, BigDecimal.valueOf(weight), null, null, null, tp));
    }

    private static void timed(
            List<AuditItem> items, String code, String zh, String en, double weight, int seconds, String tp) {
        items.add(
                new AuditItem(code, zh, en, AuditItemType.TIMED, BigDecimal.valueOf(weight), seconds, null, null, tp));
    }
}
