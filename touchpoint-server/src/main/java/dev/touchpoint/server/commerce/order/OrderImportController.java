package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportScreenController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The order import screen (the shared import screen with the order columns). */
@Controller
@RequestMapping("/orders/import")
class OrderImportController extends ImportScreenController {

    private final OrderImporter importer;

    OrderImportController(OrderImporter importer) {
        super("commerce/order/import", "/orders/import", "/orders", "commerce.import.order", OrderColumns.FILE);
        this.importer = importer;
    }

    @Override
    protected ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return importer.importFile(content, fileName, dryRun, mode);
    }
}
