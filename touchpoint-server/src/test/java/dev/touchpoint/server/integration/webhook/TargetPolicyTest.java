package dev.touchpoint.server.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.server.platform.InvalidInputException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which targets a subscription may call in production (no private targets, https only). */
class TargetPolicyTest {

    private final TargetPolicy production = new TargetPolicy(
            new IntegrationProperties(null, null, null, null, null, null, null, null, false, false, null, null, null));

    @ParameterizedTest
    @CsvSource({
        "WEBHOOK, http://93.184.216.34/hook, https",
        "WEBHOOK, https://127.0.0.1/hook, publicAddress",
        "WEBHOOK, https://localhost/hook, publicAddress",
        "WEBHOOK, https://10.1.2.3/hook, publicAddress",
        "WEBHOOK, https://192.168.1.20/hook, publicAddress",
        "WEBHOOK, https://172.16.0.9/hook, publicAddress",
        "WEBHOOK, https://169.254.169.254/latest/meta-data, publicAddress",
        "WEBHOOK, https://100.64.0.1/hook, publicAddress",
        "WEBHOOK, https://0.0.0.0/hook, publicAddress",
        "WEBHOOK, https://[::1]/hook, publicAddress",
        "WEBHOOK, https://[fd00::1]/hook, publicAddress",
        "WEBHOOK, https://[fe80::1]/hook, publicAddress",
        "WEBHOOK, https://user:pw@93.184.216.34/hook, noCredentials",
        "WEBHOOK, https://93.184.216.34/hook#x, noFragment",
        "WEBHOOK, https:///nohost, host",
        "WECOM, https://93.184.216.34/cgi-bin/webhook/send?key=k, robotHost",
        "DINGTALK, https://qyapi.weixin.qq.com/robot/send?access_token=t, robotHost",
        "FEISHU, https://oapi.dingtalk.com/open-apis/bot/v2/hook/x, robotHost",
    })
    void refusesTargetsThatAreNotPublicHttpsOrNotTheRobotsPlatform(Kind kind, String url, String rule) {
        assertThatThrownBy(() -> production.check(kind, url)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).hasSize(1);
            assertThat(e.violations().get(0).field()).isEqualTo("url");
            assertThat(e.violations().get(0).rule()).isEqualTo(rule);
        });
    }

    @Test
    void acceptsAPublicHttpsAddress() {
        assertThat(production.check(Kind.WEBHOOK, "https://93.184.216.34:8443/touchpoint?tenant=7"))
                .hasHost("93.184.216.34");
    }

    @Test
    void showsRobotUrlsWithTheirKeyMasked() {
        assertThat(TargetPolicy.display(URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?…");
        assertThat(TargetPolicy.display(URI.create(
                        "https://open.feishu.cn/open-apis/bot/v2/hook/0b5b1f0e-3c55-4a57-9a2e-1f2d3c4b5a69")))
                .isEqualTo("https://open.feishu.cn/open-apis/bot/v2/hook/…");
    }
}
