package dev.touchpoint.server.commerce.transfer;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.commerce.order.OrderFilter;
import dev.touchpoint.server.commerce.order.OrderImporter;
import dev.touchpoint.server.commerce.order.OrderService;
import dev.touchpoint.server.commerce.product.ProductFilter;
import dev.touchpoint.server.commerce.product.ProductImporter;
import dev.touchpoint.server.commerce.receivable.Receivable;
import dev.touchpoint.server.commerce.receivable.ReceivableFilter;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Import (CSV/XLSX, dry run, all-or-nothing or valid-only) and export of products, orders and receivables. */
@RestController
@RequestMapping("/api/v1")
class CommerceTabularRestController {

    private final ProductImporter productImporter;
    private final OrderImporter orderImporter;
    private final CommerceExporter exporter;

    CommerceTabularRestController(
            ProductImporter productImporter, OrderImporter orderImporter, CommerceExporter exporter) {
        this.productImporter = productImporter;
        this.orderImporter = orderImporter;
        this.exporter = exporter;
    }

    @Operation(summary = "Import products from CSV or XLSX")
    @PostMapping(path = "/products/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importProducts(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        return productImporter.importFile(bytes(file), file.getOriginalFilename(), dryRun, mode);
    }

    @Operation(summary = "Import orders from CSV or XLSX")
    @PostMapping(path = "/orders/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importOrders(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        return orderImporter.importFile(bytes(file), file.getOriginalFilename(), dryRun, mode);
    }

    @Operation(summary = "Export products as CSV or XLSX")
    @GetMapping("/products/export")
    ResponseEntity<StreamingResponseBody> exportProducts(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) ProductKind kind,
            @RequestParam(required = false) Boolean active) {
        var f = TabularFormat.of(format);
        var out = new java.io.ByteArrayOutputStream();
        exporter.products(new ProductFilter(q, categoryId, kind, active), f, out);
        return download("products", f, out);
    }

    @Operation(summary = "Export orders as CSV or XLSX (audited)")
    @GetMapping("/orders/export")
    ResponseEntity<StreamingResponseBody> exportOrders(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q) {
        var f = TabularFormat.of(format);
        var filter = new OrderFilter(
                customerId,
                stage == null || stage.isBlank() ? null : OrderService.parseStage(stage),
                teamId,
                from,
                to,
                q);
        var out = new java.io.ByteArrayOutputStream();
        exporter.orders(filter, f, out);
        return download("orders", f, out);
    }

    @Operation(summary = "Export receivables as CSV or XLSX (audited)")
    @GetMapping("/receivables/export")
    ResponseEntity<StreamingResponseBody> exportReceivables(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Receivable.Status status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean open) {
        var f = TabularFormat.of(format);
        var out = new java.io.ByteArrayOutputStream();
        exporter.receivables(new ReceivableFilter(customerId, status, overdue, open, null, null), f, out);
        return download("receivables", f, out);
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String name, TabularFormat format, java.io.ByteArrayOutputStream content) {
        var filename = name + "-" + LocalDate.now() + "." + format.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(stream -> content.writeTo(stream));
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "required", "choose a CSV or XLSX file");
        }
        return file.getBytes();
    }
}
