package dev.touchpoint.server.sales.lead;

/**
 * MAN qualification (seed 003, 寻找客户 "MAN" 原则): Money 买得起, Authority 说了算, Need 用得着. A capital
 * letter means present: M+A+N is the ideal prospect, M+A+n contact and develop the need, M+a+N find
 * the decision maker, m+A+N check business and credit or offer financing. The advice text of each
 * combination is the message {@code sales.man.advice.<code>}.
 */
public final class Man {

    private Man() {}

    public static String code(boolean money, boolean authority, boolean need) {
        return (money ? "M" : "m") + (authority ? "A" : "a") + (need ? "N" : "n");
    }
}
