package dev.touchpoint.server.commerce.transfer;

import dev.touchpoint.server.commerce.order.OrderImporter;
import dev.touchpoint.server.commerce.product.ProductImporter;
import dev.touchpoint.server.platform.InvalidInputException;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import pages {@code /products/import} and {@code /orders/import}: upload, dry run report, apply. */
@Controller
class CommerceImportController {

    private final ProductImporter products;
    private final OrderImporter orders;

    CommerceImportController(ProductImporter products, OrderImporter orders) {
        this.products = products;
        this.orders = orders;
    }

    @GetMapping("/{what:products|orders}/import")
    String page(@PathVariable String what, Model model) {
        model.addAttribute("what", what);
        model.addAttribute(
                "columns",
                what.equals("products")
                        ? CommerceExporter.PRODUCT_HEADERS
                        : java.util.List.of(
                                "order_ref",
                                "customer",
                                "order_date",
                                "team",
                                "sales_rep",
                                "sku",
                                "quantity",
                                "unit_price",
                                "discount",
                                "stage",
                                "channel",
                                "due_date",
                                "paid"));
        return "commerce/transfer/import";
    }

    @PostMapping("/{what:products|orders}/import")
    String upload(
            @PathVariable String what,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            @RequestParam(defaultValue = "dryRun") String action,
            Model model)
            throws IOException {
        boolean dryRun = !"apply".equals(action);
        try {
            if (file.isEmpty()) {
                throw InvalidInputException.of("file", "required", "choose a CSV or XLSX file");
            }
            var report = what.equals("products")
                    ? products.importFile(file.getBytes(), file.getOriginalFilename(), dryRun, mode)
                    : orders.importFile(file.getBytes(), file.getOriginalFilename(), dryRun, mode);
            model.addAttribute("report", report);
            model.addAttribute("dryRun", dryRun);
            model.addAttribute("mode", mode);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return page(what, model);
    }
}
