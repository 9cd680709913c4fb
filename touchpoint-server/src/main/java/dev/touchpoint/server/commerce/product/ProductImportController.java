package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportScreenController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The product import screen (the shared import screen with the product columns). */
@Controller
@RequestMapping("/products/import")
class ProductImportController extends ImportScreenController {

    private final ProductImporter importer;

    ProductImportController(ProductImporter importer) {
        super(
                "commerce/product/import",
                "/products/import",
                "/products",
                "commerce.import.product",
                ProductColumns.FILE);
        this.importer = importer;
    }

    @Override
    protected ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return importer.importFile(content, fileName, dryRun, mode);
    }
}
