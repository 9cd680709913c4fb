package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportScreenController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The catalogue import screen (the shared import screen with the catalogue columns). */
@Controller
@RequestMapping("/touchpoints/import")
class CatalogueImportController extends ImportScreenController {

    private final CatalogueTransfer transfer;

    CatalogueImportController(CatalogueTransfer transfer) {
        super(
                "touchpoint/catalogue/import",
                "/touchpoints/import",
                "/touchpoints",
                "touchpoint.import",
                CatalogueColumns.FILE);
        this.transfer = transfer;
    }

    @Override
    protected ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return transfer.importFile(content, fileName, dryRun, mode);
    }
}
