package dev.touchpoint.server.touchpoint.catalogue;

import static dev.touchpoint.analytics.journey.JourneyStage.AWARENESS;
import static dev.touchpoint.analytics.journey.JourneyStage.CONTINUED_COOPERATION;
import static dev.touchpoint.analytics.journey.JourneyStage.EXPERIENCE;
import static dev.touchpoint.analytics.journey.JourneyStage.INQUIRY;
import static dev.touchpoint.analytics.journey.JourneyStage.TRANSACTION;
import static dev.touchpoint.server.touchpoint.TouchpointLine.DISPLAY;
import static dev.touchpoint.server.touchpoint.TouchpointLine.PRODUCT;
import static dev.touchpoint.server.touchpoint.TouchpointLine.PROMOTION;
import static dev.touchpoint.server.touchpoint.TouchpointLine.SERVICE;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.touchpoint.ControlMetric;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ready-made catalogues: the car dealership (4S店) of seed 004 with its showroom zones, a B2B
 * manufacturer (seed 004's pre/in/after-sale lists) and a retail store with zones (seed 000). Applying
 * one adds the entries whose code is not in the catalogue yet; existing entries are left as edited.
 */
public final class CatalogueTemplates {

    public static final String DEALERSHIP = "DEALERSHIP";
    static final String B2B = "B2B_MANUFACTURER";
    static final String RETAIL = "RETAIL_STORE";

    static final List<String> ALL = List.of(DEALERSHIP, B2B, RETAIL);

    private CatalogueTemplates() {}

    static List<TouchpointRequest> of(String template) {
        return switch (template) {
            case DEALERSHIP -> dealership();
            case B2B -> b2b();
            case RETAIL -> retail();
            default ->
                throw dev.touchpoint.server.platform.InvalidInputException.of(
                        "template", "oneOf", "template must be one of " + ALL);
        };
    }

    private static List<TouchpointRequest> dealership() {
        var t = new Builder();
        // 客户认知 awareness
        t.add(
                "AD_ONLINE",
                "网络广告/官网",
                "Online ads and website",
                PROMOTION,
                AWARENESS,
                TouchpointKind.ENTRY,
                TouchpointChannel.WEB,
                Role.MANAGER,
                false,
                null,
                "品牌与车型卖点",
                "官网、汽车垂直网站、短视频",
                m("网站线索转化率", 3, "%", "留资数 ÷ 访问数"));
        t.add(
                "AD_PRINT",
                "平面广告/产品手册",
                "Print ads and brochures",
                PROMOTION,
                AWARENESS,
                TouchpointKind.PASS,
                TouchpointChannel.ADVERTISING,
                Role.MANAGER,
                false,
                null,
                "车型配置与价格",
                "杂志、产品手册、台历手提袋");
        t.add(
                "AD_OUTDOOR",
                "户外/电台/短信广告",
                "Outdoor, radio and SMS ads",
                PROMOTION,
                AWARENESS,
                TouchpointKind.PASS,
                TouchpointChannel.ADVERTISING,
                Role.MANAGER,
                false,
                null,
                "活动与新车上市",
                "户外牌、电台、短信");
        t.add(
                "AUTO_SHOW",
                "车展/新车发布会",
                "Auto show and launch event",
                PROMOTION,
                AWARENESS,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.EVENT,
                Role.MANAGER,
                true,
                null,
                "品牌实力与新车",
                "展台、静态展车、发布会",
                m("展会留资数", 200, "leads", "展会登记表"));
        t.add(
                "BRAND_FACADE",
                "店面形象展示",
                "Dealership facade and signage",
                DISPLAY,
                AWARENESS,
                TouchpointKind.PASS,
                TouchpointChannel.STORE,
                Role.MANAGER,
                false,
                "FACADE",
                "品牌形象",
                "指示牌规范清楚、绿化美化");
        // 产品咨询 inquiry
        t.add(
                "PHONE_INQUIRY",
                "电话咨询",
                "Phone inquiry",
                SERVICE,
                INQUIRY,
                TouchpointKind.ENTRY,
                TouchpointChannel.PHONE,
                Role.SALES,
                true,
                null,
                "价格、库存、到店路线",
                "热线电话",
                m("三声内接听率", 95, "%", "话务系统"),
                m("邀约到店率", 30, "%", "到店 ÷ 来电"));
        t.add(
                "WECHAT_INQUIRY",
                "微信咨询",
                "WeChat inquiry",
                SERVICE,
                INQUIRY,
                TouchpointKind.ENTRY,
                TouchpointChannel.WECHAT,
                Role.SALES,
                false,
                null,
                "车型资料、活动",
                "公众号、企业微信",
                m("首次响应时间", 120, "s", "企业微信后台"));
        t.add(
                "PARKING",
                "停车区域",
                "Parking area",
                DISPLAY,
                INQUIRY,
                TouchpointKind.PASS,
                TouchpointChannel.STORE,
                Role.MANAGER,
                false,
                "PARKING",
                "便利、进出方便",
                "停车位与引导");
        t.add(
                "SHOWROOM_ENTRY",
                "到店进入",
                "Showroom entry",
                DISPLAY,
                INQUIRY,
                TouchpointKind.ENTRY,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "ENTRANCE",
                "欢迎与指引",
                "门口迎宾",
                m("30秒内迎接", 30, "s", "神秘顾客检查"));
        t.add(
                "RECEPTION",
                "前台接待",
                "Reception",
                SERVICE,
                INQUIRY,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "RECEPTION",
                "服务热情度、接待及时性",
                "面带微笑、及时迎接、不冷落",
                m("接待检查得分", 90, "score", "神秘顾客检查"));
        t.add(
                "SHOWROOM_DISPLAY",
                "展厅看车",
                "Showroom browsing",
                PRODUCT,
                INQUIRY,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "SHOWROOM",
                "车型与配置",
                "样品车、展板",
                m("平均停留时间", 600, "s", "客流系统"));
        t.add(
                "NEEDS_ANALYSIS",
                "需求了解",
                "Needs analysis",
                SERVICE,
                INQUIRY,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "NEGOTIATION",
                "预算、用途、偏好",
                "洽谈区一对一",
                m("需求表完整率", 90, "%", "CRM 需求表"));
        t.add(
                "LOUNGE",
                "客户休息区",
                "Customer lounge",
                DISPLAY,
                INQUIRY,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SERVICE,
                false,
                "LOUNGE",
                "舒适与整洁",
                "电视、网络、茶点");
        t.add(
                "RESTROOM",
                "卫生间",
                "Restroom",
                DISPLAY,
                INQUIRY,
                TouchpointKind.PASS,
                TouchpointChannel.STORE,
                Role.SERVICE,
                false,
                "RESTROOM",
                "干净、无异味",
                "保洁巡检");
        // 产品体验 experience
        t.add(
                "PRODUCT_PRESENTATION",
                "车辆讲解",
                "Vehicle presentation",
                PRODUCT,
                EXPERIENCE,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "SHOWROOM",
                "性能、价格、竞品对比",
                "六方位绕车介绍",
                m("讲解检查得分", 85, "score", "神秘顾客检查"));
        t.add(
                "TEST_DRIVE",
                "试乘试驾",
                "Test drive",
                PRODUCT,
                EXPERIENCE,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "TEST_DRIVE",
                "驾驶感受与安全",
                "标准路线、陪驾",
                m("试驾率", 60, "%", "试驾 ÷ 到店"),
                m("试驾满意度", 5, "emotion", "试驾后问卷"));
        t.add(
                "PRICE_OBJECTION",
                "价格异议",
                "Price objection",
                SERVICE,
                EXPERIENCE,
                TouchpointKind.OBJECTION,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "NEGOTIATION",
                "价值与优惠",
                "不施压、讲价值");
        t.add(
                "LEFT_WITHOUT_BUYING",
                "未成交离店",
                "Left without buying",
                SERVICE,
                EXPERIENCE,
                TouchpointKind.EXIT,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "EXIT",
                "留下联系方式与下次邀约",
                "送别并约定回访");
        // 达成交易 transaction
        t.add(
                "QUOTE",
                "报价",
                "Quote",
                PRODUCT,
                TRANSACTION,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "NEGOTIATION",
                "价格构成透明",
                "书面报价单");
        t.add(
                "CONTRACT",
                "合同签订",
                "Contract signing",
                SERVICE,
                TRANSACTION,
                TouchpointKind.PURCHASE,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "NEGOTIATION",
                "合同合法严谨",
                "逐条主动解释",
                m("合同差错率", 1, "%", "合同评审"));
        t.add(
                "DELIVERY_PAPERWORK",
                "交车手续等待",
                "Delivery paperwork wait",
                SERVICE,
                TRANSACTION,
                TouchpointKind.FRICTION,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "DELIVERY",
                "手续简单快捷",
                "提前准备资料、告知等待时间",
                m("手续办理时长", 1800, "s", "交车记录"));
        t.add(
                "HANDOVER_CEREMONY",
                "交车仪式",
                "Handover ceremony",
                SERVICE,
                TRANSACTION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "DELIVERY",
                "新车状况良好、介绍售后服务",
                "交车仪式、合影、存入服务热线",
                m("交车满意度", 5.5, "emotion", "交车问卷"));
        t.add(
                "SHOWROOM_EXIT",
                "离店",
                "Showroom exit",
                DISPLAY,
                TRANSACTION,
                TouchpointKind.EXIT,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "EXIT",
                "送别",
                "送至门口");
        // 持续合作 continued cooperation
        t.add(
                "FOLLOW_UP_CALL",
                "购车回访",
                "Follow-up call",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.PHONE,
                Role.SALES,
                true,
                null,
                "使用注意事项、保养提醒",
                "交车后3日内电话回访",
                m("3日内回访率", 95, "%", "回访记录"));
        t.add(
                "SERVICE_REMINDER",
                "保养提醒",
                "Service reminder",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.ENTRY,
                TouchpointChannel.SMS,
                Role.SERVICE,
                false,
                null,
                "保养时间与预约",
                "短信/微信提醒");
        t.add(
                "SERVICE_RECEPTION",
                "售后接待",
                "Service reception",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.ENTRY,
                TouchpointChannel.STORE,
                Role.SERVICE,
                true,
                "SERVICE_DESK",
                "故障确认与报价",
                "环车检查、透明报价",
                m("接车等待时间", 300, "s", "工单系统"));
        t.add(
                "WORKSHOP_WAIT",
                "维修保养等待",
                "Workshop wait",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SERVICE,
                false,
                "LOUNGE",
                "进度透明",
                "进度看板与主动告知",
                m("按时完工率", 95, "%", "工单系统"));
        t.add(
                "SERVICE_PICKUP",
                "取车结算",
                "Pick-up and payment",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.END,
                TouchpointChannel.STORE,
                Role.SERVICE,
                false,
                "SERVICE_DESK",
                "项目与费用说明",
                "结算单逐项解释");
        t.add(
                "ACCESSORY_PURCHASE",
                "精品购买",
                "Accessory purchase",
                PRODUCT,
                CONTINUED_COOPERATION,
                TouchpointKind.PURCHASE,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "ACCESSORY",
                "适配与安装",
                "精品展示区");
        t.add(
                "SATISFACTION_SURVEY",
                "满意度调查",
                "Satisfaction survey",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.SURVEY,
                Role.MANAGER,
                true,
                null,
                "倾听客户",
                "短信/微信问卷",
                m("NPS", 50, "score", "问卷"));
        t.add(
                "COMPLAINT",
                "投诉",
                "Complaint",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.FRICTION,
                TouchpointChannel.PHONE,
                Role.SERVICE,
                true,
                null,
                "4R 处理",
                "客服热线",
                m("24小时内解决率", 80, "%", "投诉记录"));
        t.add(
                "CLUB_EVENT",
                "车友会活动",
                "Owners' club event",
                PROMOTION,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.EVENT,
                Role.MANAGER,
                false,
                null,
                "情感维系",
                "自驾游、讲座");
        t.add(
                "REFERRAL",
                "口碑转介",
                "Referral",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.ENTRY,
                TouchpointChannel.OTHER,
                Role.SALES,
                false,
                null,
                "老带新礼遇",
                "转介绍登记");
        return t.list;
    }

    private static List<TouchpointRequest> b2b() {
        var t = new Builder();
        t.add(
                "B2B_PRINT",
                "平面广告:公司杂志、产品手册",
                "Print: company magazine, product brochure",
                PROMOTION,
                AWARENESS,
                TouchpointKind.PASS,
                TouchpointChannel.ADVERTISING,
                Role.MANAGER,
                false,
                null,
                "产品与实力",
                "杂志、手册");
        t.add(
                "B2B_WEBSITE",
                "网络广告:公司网站",
                "Online: company website",
                PROMOTION,
                AWARENESS,
                TouchpointKind.ENTRY,
                TouchpointChannel.WEB,
                Role.MANAGER,
                false,
                null,
                "企业愿景与产品",
                "官网");
        t.add(
                "B2B_TRADE_FAIR",
                "行业展会",
                "Trade fair",
                PROMOTION,
                AWARENESS,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.EVENT,
                Role.SALES,
                true,
                null,
                "技术实力",
                "展台与技术交流",
                m("展会有效线索", 50, "leads", "展会登记"));
        t.add(
                "B2B_LAUNCH",
                "产品发布会",
                "Product launch",
                PROMOTION,
                AWARENESS,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.EVENT,
                Role.MANAGER,
                false,
                null,
                "新品",
                "发布会");
        t.add(
                "B2B_CELEBRATION",
                "客户庆典活动",
                "Customer celebrations",
                PROMOTION,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.EVENT,
                Role.MANAGER,
                false,
                null,
                "关系维护",
                "邀请参加庆典");
        t.add(
                "B2B_CORPORATE_IMAGE",
                "企业形象与实力展示",
                "Corporate image and strength",
                DISPLAY,
                AWARENESS,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.VISIT,
                Role.MANAGER,
                false,
                null,
                "品牌与实力",
                "工厂参观、资质展示");
        t.add(
                "B2B_PACKAGING",
                "产品包装",
                "Product packaging",
                DISPLAY,
                TRANSACTION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.OTHER,
                Role.MANAGER,
                false,
                null,
                "包材质量与整洁",
                "包装设计");
        t.add(
                "B2B_STAFF_IMAGE",
                "营销人员形象",
                "Sales staff appearance",
                DISPLAY,
                INQUIRY,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.VISIT,
                Role.SALES,
                false,
                null,
                "专业形象",
                "着装与礼仪");
        t.add(
                "B2B_FIRST_CALL",
                "客户主要人员初次电话联络",
                "First call to key people",
                PRODUCT,
                INQUIRY,
                TouchpointKind.ENTRY,
                TouchpointChannel.PHONE,
                Role.SALES,
                true,
                null,
                "FBO: 反馈、利益、机会",
                "电话",
                m("A/B 类线索占比", 30, "%", "线索分级"));
        t.add(
                "B2B_VISIT",
                "上门拜访采购及技术人员",
                "Visit to purchasing and technical staff",
                PRODUCT,
                INQUIRY,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.VISIT,
                Role.SALES,
                true,
                null,
                "增进情感、了解需求",
                "拜访");
        t.add(
                "B2B_SAMPLES",
                "了解需求并提供样品",
                "Needs and samples",
                PRODUCT,
                EXPERIENCE,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.VISIT,
                Role.SALES,
                true,
                null,
                "合适样品",
                "样品寄送");
        t.add(
                "B2B_SAMPLE_FOLLOW_UP",
                "跟进样品检测进展",
                "Sample test follow-up",
                PRODUCT,
                EXPERIENCE,
                TouchpointKind.DWELL,
                TouchpointChannel.PHONE,
                Role.SALES,
                false,
                null,
                "检测进度",
                "电话或上门");
        t.add(
                "B2B_QUOTE",
                "确认报价、订单",
                "Quote and order confirmation",
                PRODUCT,
                TRANSACTION,
                TouchpointKind.PURCHASE,
                TouchpointChannel.VISIT,
                Role.SALES,
                true,
                null,
                "价格条款",
                "书面报价");
        t.add(
                "B2B_CONTRACT_REVIEW",
                "合同评审、跟进生产",
                "Contract review and production follow-up",
                PRODUCT,
                TRANSACTION,
                TouchpointKind.DWELL,
                TouchpointChannel.OTHER,
                Role.MANAGER,
                false,
                null,
                "交期",
                "评审会");
        t.add(
                "B2B_DELIVERY",
                "送货四部曲、五项增值服务",
                "Delivery and value-added services",
                PRODUCT,
                TRANSACTION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.VISIT,
                Role.SERVICE,
                true,
                null,
                "准时完好",
                "送货司机",
                m("准时交付率", 98, "%", "物流记录"));
        t.add(
                "B2B_INVOICING",
                "对账开票",
                "Statements and invoicing",
                PRODUCT,
                TRANSACTION,
                TouchpointKind.DWELL,
                TouchpointChannel.EMAIL,
                Role.SALES,
                false,
                null,
                "账目清楚",
                "定时对账");
        t.add(
                "B2B_COLLECTION",
                "货款催收",
                "Payment collection",
                PRODUCT,
                TRANSACTION,
                TouchpointKind.FRICTION,
                TouchpointChannel.PHONE,
                Role.SALES,
                false,
                null,
                "账期",
                "电话",
                m("逾期率", 5, "%", "应收账款"));
        t.add(
                "B2B_QUALITY",
                "产品质量、报告与标签",
                "Quality, reports and labels",
                PRODUCT,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.OTHER,
                Role.MANAGER,
                true,
                null,
                "质量稳定",
                "质检报告");
        t.add(
                "B2B_HOTLINE",
                "服务热线",
                "Service hotline",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.ENTRY,
                TouchpointChannel.PHONE,
                Role.SERVICE,
                false,
                null,
                "快速响应",
                "热线");
        t.add(
                "B2B_AFTER_SALES",
                "售后服务",
                "After-sales service",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.VISIT,
                Role.SERVICE,
                true,
                null,
                "问题解决",
                "上门服务");
        t.add(
                "B2B_SATISFACTION",
                "客户满意度调查",
                "Satisfaction survey",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.SURVEY,
                Role.MANAGER,
                false,
                null,
                "倾听",
                "问卷");
        t.add(
                "B2B_WORD_OF_MOUTH",
                "口碑宣传",
                "Word of mouth",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.ENTRY,
                TouchpointChannel.OTHER,
                Role.SALES,
                false,
                null,
                "转介绍",
                "客户推荐");
        return t.list;
    }

    private static List<TouchpointRequest> retail() {
        var t = new Builder();
        t.add(
                "RETAIL_WINDOW",
                "橱窗",
                "Shop window",
                DISPLAY,
                AWARENESS,
                TouchpointKind.PASS,
                TouchpointChannel.STORE,
                Role.MANAGER,
                false,
                "WINDOW",
                "当季主推",
                "橱窗陈列",
                m("进店率", 15, "%", "客流计数"));
        t.add(
                "RETAIL_ENTRANCE",
                "入口",
                "Entrance",
                DISPLAY,
                INQUIRY,
                TouchpointKind.ENTRY,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "ENTRANCE",
                "欢迎",
                "迎宾");
        t.add(
                "RETAIL_AISLE",
                "主通道",
                "Main aisle",
                DISPLAY,
                INQUIRY,
                TouchpointKind.MOVEMENT,
                TouchpointChannel.STORE,
                Role.MANAGER,
                false,
                "AISLE",
                "动线引导",
                "地贴与吊旗");
        t.add(
                "RETAIL_DISPLAY_A",
                "陈列区 A (新品)",
                "Display zone A (new arrivals)",
                PRODUCT,
                INQUIRY,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "DISPLAY_A",
                "新品卖点",
                "陈列与导购",
                m("停留转化率", 20, "%", "购买 ÷ 停留"));
        t.add(
                "RETAIL_DISPLAY_B",
                "陈列区 B (促销)",
                "Display zone B (promotions)",
                PRODUCT,
                INQUIRY,
                TouchpointKind.DWELL,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "DISPLAY_B",
                "优惠",
                "促销台");
        t.add(
                "RETAIL_FITTING",
                "试用/试衣区",
                "Test and fitting area",
                PRODUCT,
                EXPERIENCE,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "FITTING",
                "合身与体验",
                "试衣间、试用台",
                m("试用后购买率", 45, "%", "购买 ÷ 试用"));
        t.add(
                "RETAIL_CHECKOUT_QUEUE",
                "收银排队",
                "Checkout queue",
                SERVICE,
                TRANSACTION,
                TouchpointKind.FRICTION,
                TouchpointChannel.STORE,
                Role.SALES,
                true,
                "CHECKOUT",
                "等待时间",
                "开通收银台",
                m("排队时间", 180, "s", "摄像头计时"));
        t.add(
                "RETAIL_CHECKOUT",
                "收银",
                "Checkout",
                SERVICE,
                TRANSACTION,
                TouchpointKind.PURCHASE,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "CHECKOUT",
                "价格准确",
                "收银台");
        t.add(
                "RETAIL_EXIT",
                "出口",
                "Exit",
                DISPLAY,
                TRANSACTION,
                TouchpointKind.EXIT,
                TouchpointChannel.STORE,
                Role.SALES,
                false,
                "EXIT",
                "送别",
                "出口");
        t.add(
                "RETAIL_USAGE_CARE",
                "使用关怀",
                "Usage care",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.EXPERIENCE,
                TouchpointChannel.WECHAT,
                Role.SERVICE,
                false,
                null,
                "使用指导",
                "签收10日内关怀");
        t.add(
                "RETAIL_RETURN",
                "退换货",
                "Return and exchange",
                SERVICE,
                CONTINUED_COOPERATION,
                TouchpointKind.FRICTION,
                TouchpointChannel.STORE,
                Role.SERVICE,
                false,
                "SERVICE_DESK",
                "快速处理",
                "服务台");
        return t.list;
    }

    private static ControlMetric m(String name, double target, String unit, String how) {
        return new ControlMetric(name, BigDecimal.valueOf(target), unit, how);
    }

    private static final class Builder {

        final List<TouchpointRequest> list = new ArrayList<>();

        void add(
                String code,
                String zh,
                String en,
                TouchpointLine line,
                JourneyStage stage,
                TouchpointKind kind,
                TouchpointChannel channel,
                Role owner,
                boolean key,
                String zone,
                String information,
                String how,
                ControlMetric... metrics) {
            list.add(new TouchpointRequest(
                    code,
                    zh,
                    en,
                    line,
                    stage,
                    kind,
                    channel,
                    owner,
                    information,
                    how,
                    key,
                    Arrays.asList(metrics),
                    null,
                    zone,
                    list.size(),
                    null));
        }
    }
}
