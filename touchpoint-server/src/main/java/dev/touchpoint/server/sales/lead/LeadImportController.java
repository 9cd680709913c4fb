package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.sales.shared.SalesNames;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The lead import screen: upload a file, see the dry-run report (row, column, reason), then apply it
 * all-or-nothing or only its valid rows. The uploaded file waits in the session between the two steps.
 */
@Controller
@RequestMapping("/sales/leads/import")
class LeadImportController {

    static final String VIEW = "sales/lead/import";
    private static final String PENDING = LeadImportController.class.getName() + ".pending";

    /** The file waiting to be applied. */
    record Pending(String fileName, byte[] content) implements java.io.Serializable {}

    private final LeadImporter importer;
    private final SalesNames names;

    LeadImportController(LeadImporter importer, SalesNames names) {
        this.importer = importer;
        this.names = names;
    }

    @GetMapping
    String page(HttpSession session, Model model) {
        session.removeAttribute(PENDING);
        common(model);
        return VIEW;
    }

    @PostMapping
    String dryRun(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        common(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", true);
            return VIEW;
        }
        try {
            var report = importer.run(file.getBytes(), file.getOriginalFilename(), true, ImportMode.ALL_OR_NOTHING);
            session.setAttribute(PENDING, new Pending(file.getOriginalFilename(), file.getBytes()));
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return VIEW;
    }

    @PostMapping("/apply")
    String apply(@RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, HttpSession session, Model model) {
        common(model);
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            model.addAttribute("fileError", true);
            return VIEW;
        }
        var report = importer.run(pending.content(), pending.fileName(), false, mode);
        if (report.applied()) {
            session.removeAttribute(PENDING);
        }
        model.addAttribute("report", report);
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("appliedMode", mode);
        return VIEW;
    }

    private void common(Model model) {
        model.addAttribute("columns", LeadColumns.FILE.headers());
        model.addAttribute("names", names.lookup());
        model.addAttribute("me", CurrentUsers.require());
    }
}
