package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in English and in Chinese: each bundle's two files have the same keys. */
class MessageBundlesTest {

    private static final Path DIR = Path.of("src/main/resources/i18n");

    private static Properties load(Path file) throws IOException {
        var p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            var english = files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties"))
                    .toList();
            assertThat(english).hasSizeGreaterThan(5);
            for (var en : english) {
                var zh = DIR.resolve(en.getFileName().toString().replace(".properties", "_zh_CN.properties"));
                var enKeys = load(en).stringPropertyNames();
                var zhKeys = load(zh).stringPropertyNames();
                assertThat(zhKeys)
                        .as("keys of " + en.getFileName() + " missing in Chinese")
                        .containsAll(enKeys);
                assertThat(enKeys)
                        .as("keys of " + zh.getFileName() + " missing in English")
                        .containsAll(zhKeys);
            }
        }
    }
}
