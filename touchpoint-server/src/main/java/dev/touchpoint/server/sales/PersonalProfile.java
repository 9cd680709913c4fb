package dev.touchpoint.server.sales;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Pre-visit personal profile of a key contact (seed 003, 客户个人资料): personal data, visible only to
 * the opportunity's owner, the managers of its team and administrators.
 */
public record PersonalProfile(
        LocalDate birthday,
        @Size(max = 200) String hometown,
        @Size(max = 200) String school,
        @Size(max = 1000) String interests,
        @Size(max = 1000) String family) {

    public boolean isEmpty() {
        return birthday == null && blank(hometown) && blank(school) && blank(interests) && blank(family);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
