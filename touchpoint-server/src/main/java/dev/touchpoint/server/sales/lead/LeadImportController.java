package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportScreenController;
import dev.touchpoint.server.sales.shared.SalesNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The lead import screen (the shared import screen with the lead columns, inside the sales navigation). */
@Controller
@RequestMapping("/sales/leads/import")
class LeadImportController extends ImportScreenController {

    private final LeadImporter importer;
    private final SalesNames names;

    LeadImportController(LeadImporter importer, SalesNames names) {
        super("sales/lead/import", "/sales/leads/import", "/sales/leads", "sales.import", LeadColumns.FILE);
        this.importer = importer;
        this.names = names;
    }

    @Override
    protected ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return importer.run(content, fileName, dryRun, mode);
    }

    @Override
    protected void addToModel(Model model) {
        model.addAttribute("names", names.lookup());
        model.addAttribute("me", CurrentUsers.require());
    }
}
