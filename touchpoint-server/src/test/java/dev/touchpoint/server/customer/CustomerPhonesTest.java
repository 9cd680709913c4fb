package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerPhonesTest {

    @Test
    void chinaPrefixesAndPunctuationAreIgnored() {
        assertThat(CustomerPhones.normalise("+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(CustomerPhones.normalise("0086 13800138000")).isEqualTo("13800138000");
        assertThat(CustomerPhones.normalise("8613800138000")).isEqualTo("13800138000");
        assertThat(CustomerPhones.normalise("(010) 6552-1234")).isEqualTo("01065521234");
        assertThat(CustomerPhones.normalise("+86 10 6552 1234")).isEqualTo("1065521234");
    }

    @Test
    void nothingToCompareGivesNull() {
        assertThat(CustomerPhones.normalise(null)).isNull();
        assertThat(CustomerPhones.normalise("n/a")).isNull();
    }
}
