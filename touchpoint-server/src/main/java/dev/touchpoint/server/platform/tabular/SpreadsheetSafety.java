package dev.touchpoint.server.platform.tabular;

/**
 * Guards against spreadsheet formula injection (OWASP "CSV injection"): a cell starting with
 * {@code = + - @}, tab or carriage return may be executed by Excel or LibreOffice.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {}

    /**
     * True when text would be taken for a formula. A leading {@code +} or {@code -} followed only by
     * digits, spaces, dots and brackets is a phone number or a number, not a formula.
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        if (first == '+' || first == '-') {
            return !text.substring(1).matches("[0-9 ().-]*");
        }
        return false;
    }

    /** Prefixes a formula-like value with an apostrophe so spreadsheets show it as text. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
