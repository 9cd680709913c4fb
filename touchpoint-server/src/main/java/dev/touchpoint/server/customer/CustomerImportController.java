package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportScreenController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The customer import screen (the shared import screen with the customer columns). */
@Controller
@RequestMapping("/customers/import")
class CustomerImportController extends ImportScreenController {

    private final CustomerImporter importer;

    CustomerImportController(CustomerImporter importer) {
        super("customer/import", "/customers/import", "/customers", "customer.import", CustomerColumns.FILE);
        this.importer = importer;
    }

    @Override
    protected ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return importer.run(content, fileName, dryRun, mode);
    }
}
