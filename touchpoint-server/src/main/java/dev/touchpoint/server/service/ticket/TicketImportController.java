package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportScreenController;
import dev.touchpoint.server.service.shared.ServiceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The ticket import screen (the shared import screen with the ticket columns); for those who may write tickets. */
@Controller
@RequestMapping("/service/tickets/import")
class TicketImportController extends ImportScreenController {

    private final TicketFileImporter importer;
    private final ServiceAccess access;

    TicketImportController(TicketFileImporter importer, ServiceAccess access) {
        super(
                "service/ticket/import",
                "/service/tickets/import",
                "/service/tickets",
                "service.import",
                TicketColumns.FILE);
        this.importer = importer;
        this.access = access;
    }

    @Override
    protected void checkAccess() {
        access.requireWriter();
    }

    @Override
    protected ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return importer.run(content, fileName, dryRun, mode);
    }
}
