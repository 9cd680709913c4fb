package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.server.platform.InvalidInputException;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The catalogue import page: upload, dry run with the per-row report, apply all-or-nothing or valid rows only. */
@Controller
class CatalogueImportController {

    private final CatalogueTransfer transfer;

    CatalogueImportController(CatalogueTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/touchpoints/import")
    String page(Model model) {
        model.addAttribute("columns", CatalogueTransfer.HEADERS);
        return "touchpoint/catalogue/import";
    }

    @PostMapping("/touchpoints/import")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") CatalogueTransfer.Mode mode,
            @RequestParam(defaultValue = "dryRun") String action,
            Model model)
            throws IOException {
        boolean dryRun = !"apply".equals(action);
        try {
            if (file.isEmpty()) {
                throw InvalidInputException.of("file", "required", "choose a CSV or XLSX file");
            }
            model.addAttribute(
                    "report", transfer.importFile(file.getBytes(), file.getOriginalFilename(), dryRun, mode));
            model.addAttribute("dryRun", dryRun);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        model.addAttribute("mode", mode);
        return page(model);
    }
}
