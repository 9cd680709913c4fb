package dev.touchpoint.server.service.care;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerTestSupport;
import org.junit.jupiter.api.Test;

/** The care-plan rules read in words in both languages: order stages and channels, not their codes. */
class CareWordsIntegrationTest extends CustomerTestSupport {

    @Test
    void careRulesNameStagesAndChannelsInTheReadersLanguage() throws Exception {
        var browser = loginWithForm("admin", ADMIN_PASSWORD);
        var en = browse(browser, "/service/care?lang=en").body();
        var rules =
                en.substring(en.indexOf("id=\"care-rules\""), en.indexOf("</table>", en.indexOf("id=\"care-rules\"")));
        assertThat(rules).contains("Inspected", "WeChat", "SMS").doesNotContain("INSPECTED", "WECHAT");
        var zh = browse(browser, "/service/care?lang=zh-CN").body();
        var zhRules =
                zh.substring(zh.indexOf("id=\"care-rules\""), zh.indexOf("</table>", zh.indexOf("id=\"care-rules\"")));
        assertThat(zhRules).contains("已检验", "短信").doesNotContain("INSPECTED", "WECHAT");
    }
}
