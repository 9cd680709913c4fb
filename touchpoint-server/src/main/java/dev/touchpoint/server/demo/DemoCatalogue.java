package dev.touchpoint.server.demo;

import java.math.BigDecimal;
import java.util.List;

/** The dealership's products: car models, accessories, maintenance packages, insurance. */
final class DemoCatalogue {

    enum Kind {
        VEHICLE,
        ACCESSORY,
        SERVICE_PACKAGE,
        INSURANCE
    }

    record Item(
            String sku, String nameZh, String nameEn, Kind kind, String category, BigDecimal price, BigDecimal cost) {}

    record Category(String code, String nameZh, String nameEn) {}

    static final List<Category> CATEGORIES = List.of(
            new Category("SEDAN", "轿车", "Sedans"),
            new Category("SUV", "SUV", "SUVs"),
            new Category("MPV", "MPV", "MPVs"),
            new Category("EV", "新能源车", "Electric vehicles"),
            new Category("ACCESSORY", "精品附件", "Accessories"),
            new Category("MAINTENANCE", "保养套餐", "Maintenance packages"),
            new Category("CARE", "美容快修", "Care and quick repair"),
            new Category("INSURANCE", "保险", "Insurance"));

    static final List<Item> VEHICLES = List.of(
            item("CAR-S3", "星途 S3 轿车", "Xingtu S3 sedan", Kind.VEHICLE, "SEDAN", 119_800, 108_500),
            item("CAR-S5", "星途 S5 轿车", "Xingtu S5 sedan", Kind.VEHICLE, "SEDAN", 159_800, 143_900),
            item("CAR-X5", "星途 X5 SUV", "Xingtu X5 SUV", Kind.VEHICLE, "SUV", 189_800, 170_100),
            item("CAR-X7", "星途 X7 SUV", "Xingtu X7 SUV", Kind.VEHICLE, "SUV", 259_800, 231_200),
            item("CAR-M8", "星途 M8 MPV", "Xingtu M8 MPV", Kind.VEHICLE, "MPV", 299_800, 266_800),
            item("CAR-E3", "星途 E3 纯电", "Xingtu E3 EV", Kind.VEHICLE, "EV", 139_800, 125_800),
            item("CAR-E6", "星途 E6 纯电 SUV", "Xingtu E6 EV SUV", Kind.VEHICLE, "EV", 219_800, 196_500));

    static final List<Item> ACCESSORIES = List.of(
            item("ACC-MAT", "全包围脚垫", "All-weather floor mats", Kind.ACCESSORY, "ACCESSORY", 880, 420),
            item("ACC-DVR", "行车记录仪", "Dash camera", Kind.ACCESSORY, "ACCESSORY", 1_280, 690),
            item("ACC-FILM", "隔热膜", "Window tint film", Kind.ACCESSORY, "ACCESSORY", 3_600, 1_500),
            item("ACC-PPF", "隐形车衣", "Paint protection film", Kind.ACCESSORY, "ACCESSORY", 12_800, 6_200),
            item("ACC-SEAT", "真皮座套", "Leather seat covers", Kind.ACCESSORY, "ACCESSORY", 2_680, 1_350),
            item("ACC-RACK", "车顶行李架", "Roof rack", Kind.ACCESSORY, "ACCESSORY", 1_980, 1_050),
            item("ACC-CHG", "家用充电桩", "Home charger", Kind.ACCESSORY, "ACCESSORY", 4_999, 3_100),
            item("ACC-CHILD", "儿童安全座椅", "Child safety seat", Kind.ACCESSORY, "ACCESSORY", 1_599, 880));

    static final Item FIRST_SERVICE =
            item("SVC-FIRST", "首次保养 (5000公里)", "First service (5,000 km)", Kind.SERVICE_PACKAGE, "MAINTENANCE", 0, 180);
    static final Item REGULAR_SERVICE =
            item("SVC-REG", "常规保养", "Regular service", Kind.SERVICE_PACKAGE, "MAINTENANCE", 680, 390);
    static final Item MAJOR_SERVICE =
            item("SVC-MAJOR", "大保养", "Major service", Kind.SERVICE_PACKAGE, "MAINTENANCE", 1_880, 1_020);
    static final Item CAR_WASH = item("CARE-WASH", "精洗美容", "Detailing and wash", Kind.SERVICE_PACKAGE, "CARE", 198, 70);
    static final Item TYRES =
            item("CARE-TYRE", "轮胎更换(4条)", "Tyre change (4)", Kind.SERVICE_PACKAGE, "CARE", 3_200, 2_240);
    static final Item WARRANTY = item(
            "SVC-WARR", "延长保修 2 年", "Extended warranty 2 years", Kind.SERVICE_PACKAGE, "MAINTENANCE", 4_800, 1_900);
    static final Item COMPULSORY =
            item("INS-CTPL", "交强险", "Compulsory traffic insurance", Kind.INSURANCE, "INSURANCE", 950, 855);
    static final Item COMMERCIAL =
            item("INS-COMM", "商业险", "Commercial car insurance", Kind.INSURANCE, "INSURANCE", 4_600, 4_000);

    static final List<Item> SERVICES =
            List.of(FIRST_SERVICE, REGULAR_SERVICE, MAJOR_SERVICE, CAR_WASH, TYRES, WARRANTY, COMPULSORY, COMMERCIAL);

    private DemoCatalogue() {}

    static List<Item> all() {
        var all = new java.util.ArrayList<Item>(VEHICLES);
        all.addAll(ACCESSORIES);
        all.addAll(SERVICES);
        return all;
    }

    private static Item item(String sku, String zh, String en, Kind kind, String category, long price, long cost) {
        return new Item(
                sku,
                zh,
                en,
                kind,
                category,
                BigDecimal.valueOf(price).setScale(2),
                BigDecimal.valueOf(cost).setScale(2));
    }
}
