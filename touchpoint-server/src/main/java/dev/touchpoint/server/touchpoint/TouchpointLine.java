package dev.touchpoint.server.touchpoint;

/** The four lines (线索) of the touchpoint catalogue — DOMAIN §1, seed 004. */
public enum TouchpointLine {
    /** 推广线: ads, brochures, shows, launch events. */
    PROMOTION("推广线", "Promotion"),
    /** 展示线: corporate image, packaging, staff appearance, premises. */
    DISPLAY("展示线", "Display"),
    /** 产品线: first call, visit, needs, samples, quote, order, delivery, invoicing, quality. */
    PRODUCT("产品线", "Product"),
    /** 服务线: hotline, reception, process, contract, after-sales, word of mouth, surveys. */
    SERVICE("服务线", "Service");

    private final String zh;
    private final String en;

    TouchpointLine(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
