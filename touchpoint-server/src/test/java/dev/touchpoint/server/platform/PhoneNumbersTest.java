package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void chinaPrefixesAndPunctuationAreIgnored() {
        assertThat(PhoneNumbers.normalise("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(PhoneNumbers.normalise("0086 13800138000")).isEqualTo("13800138000");
        assertThat(PhoneNumbers.normalise("8613800138000")).isEqualTo("13800138000");
        assertThat(PhoneNumbers.normalise("(010) 6552-1234")).isEqualTo("01065521234");
        assertThat(PhoneNumbers.normalise("+86 10 6552 1234")).isEqualTo("1065521234");
    }

    @Test
    void nothingToCompareGivesNull() {
        assertThat(PhoneNumbers.normalise(null)).isNull();
        assertThat(PhoneNumbers.normalise("n/a")).isNull();
    }
}
