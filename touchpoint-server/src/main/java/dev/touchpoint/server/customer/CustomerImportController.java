package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.InvalidInputException;
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
 * The customer import screen: upload a file, see the dry-run report, then apply it all-or-nothing or
 * only its valid rows. The uploaded file waits in the session between the two steps.
 */
@Controller
@RequestMapping("/customers/import")
class CustomerImportController {

    static final String VIEW = "customer/import";
    private static final String PENDING = CustomerImportController.class.getName() + ".pending";

    /** The file waiting to be applied. */
    record Pending(String fileName, byte[] content) {}

    private final CustomerImporter importer;

    CustomerImportController(CustomerImporter importer) {
        this.importer = importer;
    }

    @GetMapping
    String page(HttpSession session, Model model) {
        session.removeAttribute(PENDING);
        model.addAttribute("columns", CustomerColumns.FILE.headers());
        return VIEW;
    }

    @PostMapping
    String dryRun(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        model.addAttribute("columns", CustomerColumns.FILE.headers());
        if (file.isEmpty()) {
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
        model.addAttribute("columns", CustomerColumns.FILE.headers());
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
}
