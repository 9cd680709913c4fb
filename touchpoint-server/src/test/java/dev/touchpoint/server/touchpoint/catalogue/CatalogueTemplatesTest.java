package dev.touchpoint.server.touchpoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CatalogueTemplatesTest {

    @Test
    void everyTemplateFileReadsAsACatalogueWithUniqueCodesInFileOrder() {
        for (var name : CatalogueTemplates.ALL) {
            var entries = CatalogueTemplates.of(name);
            assertThat(entries).as(name).isNotEmpty();
            var codes = new HashSet<String>();
            for (int i = 0; i < entries.size(); i++) {
                var e = entries.get(i);
                assertThat(codes.add(e.code())).as(name + " " + e.code()).isTrue();
                assertThat(e.position()).isEqualTo(i);
                assertThat(e.nameZh()).isNotBlank();
                assertThat(e.nameEn()).isNotBlank();
            }
        }
    }

    @Test
    void theDealershipHasTheFourLinesAndTheDeliveryZone() {
        var dealership = CatalogueTemplates.of(CatalogueTemplates.DEALERSHIP);
        assertThat(dealership).extracting(TouchpointRequest::line).contains(TouchpointLine.values());
        var paperwork = dealership.stream()
                .filter(e -> e.code().equals("DELIVERY_PAPERWORK"))
                .findFirst()
                .orElseThrow();
        assertThat(paperwork.zone()).isEqualTo("DELIVERY");
        var online = dealership.get(0);
        assertThat(online.code()).isEqualTo("AD_ONLINE");
        assertThat(online.controlMetrics()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("网站线索转化率");
            assertThat(m.target()).isEqualByComparingTo("3");
            assertThat(m.unit()).isEqualTo("%");
        });
    }

    @Test
    void anUnknownTemplateNamesTheField() {
        assertThatThrownBy(() -> CatalogueTemplates.of("BAKERY"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("template");
    }
}
