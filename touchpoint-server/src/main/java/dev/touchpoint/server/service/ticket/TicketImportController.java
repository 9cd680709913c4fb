package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.service.shared.ServiceAccess;
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
 * The ticket import screen: upload a CSV or XLSX file, see the dry-run report (row, column, reason), then
 * apply it all-or-nothing or only its valid tickets. The file waits in the session between the two steps.
 */
@Controller
@RequestMapping("/service/tickets/import")
class TicketImportController {

    static final String VIEW = "service/ticket/import";
    private static final String PENDING = TicketImportController.class.getName() + ".pending";

    /** The file waiting to be applied. */
    record Pending(String fileName, byte[] content) implements java.io.Serializable {}

    private final TicketFileImporter importer;
    private final ServiceAccess access;

    TicketImportController(TicketFileImporter importer, ServiceAccess access) {
        this.importer = importer;
        this.access = access;
    }

    @GetMapping
    String page(HttpSession session, Model model) {
        access.requireWriter();
        session.removeAttribute(PENDING);
        model.addAttribute("columns", TicketFileImporter.COLUMNS);
        return VIEW;
    }

    @PostMapping
    String dryRun(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        model.addAttribute("columns", TicketFileImporter.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", true);
            return VIEW;
        }
        try {
            var report = importer.run(file.getBytes(), file.getOriginalFilename(), true, false);
            session.setAttribute(PENDING, new Pending(file.getOriginalFilename(), file.getBytes()));
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return VIEW;
    }

    @PostMapping("/apply")
    String apply(@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode, HttpSession session, Model model) {
        model.addAttribute("columns", TicketFileImporter.COLUMNS);
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            model.addAttribute("fileError", true);
            return VIEW;
        }
        var validOnly = "VALID_ONLY".equals(mode);
        var report = importer.run(pending.content(), pending.fileName(), false, validOnly);
        if (report.applied()) {
            session.removeAttribute(PENDING);
        }
        model.addAttribute("report", report);
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("appliedMode", validOnly ? "VALID_ONLY" : "ALL_OR_NOTHING");
        return VIEW;
    }
}
