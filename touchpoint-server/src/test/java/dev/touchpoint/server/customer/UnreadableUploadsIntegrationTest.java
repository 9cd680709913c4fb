package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A file that cannot be read is a 400 problem that says what is wrong and where — never a 500. */
class UnreadableUploadsIntegrationTest extends CustomerTestSupport {

    @Test
    void anUnterminatedQuoteNamesTheLine() throws Exception {
        var csv = "name,phone\n张三,13800000001\n\"李四,13800000002\n王五,13800000003\n";
        var response = upload(
                "/api/v1/customers/import?dryRun=true", admin(), "customers.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"field\":\"file\"")
                .contains("line 3")
                .contains("never closed");
    }

    @Test
    void randomBytesNamedXlsxAreNotReadAsText() throws Exception {
        var bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        var response = upload("/api/v1/customers/import?dryRun=true", admin(), "customers.xlsx", bytes);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"file\"").contains("not an Excel workbook");
    }

    @Test
    void aTruncatedWorkbookIsNamedAsSuch() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet("customers").createRow(0);
            row.createCell(0).setCellValue("name");
            workbook.createSheet().createRow(1).createCell(0).setCellValue("张三");
            workbook.write(out);
        }
        var truncated = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        var response = upload("/api/v1/customers/import?dryRun=true", admin(), "customers.xlsx", truncated);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"file\"").contains("truncated or damaged");
    }

    @Test
    void binaryContentSentAsCsvIsRefused() throws Exception {
        var bytes = new byte[2048];
        new Random(5).nextBytes(bytes);
        bytes[10] = 0;
        var response = upload("/api/v1/customers/import?dryRun=true", admin(), "customers.csv", bytes);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("the file is not text");
    }
}
