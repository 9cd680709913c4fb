package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.commerce.shared.FormErrors;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.VersionConflictException;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Product screens: list with search, new and edit (editing for managers and administrators). */
@Controller
class ProductController {

    static final String LIST = "commerce/product/products";
    static final String FORM = "commerce/product/product-form";

    private final CatalogService catalog;

    ProductController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/products")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) ProductKind kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new ProductFilter(q, categoryId, kind, active);
        model.addAttribute("filter", filter);
        model.addAttribute("result", catalog.search(filter, PageRequest.of(page, 25)));
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("kinds", ProductKind.values());
        return LIST;
    }

    @GetMapping("/products/new")
    String initCreationForm(Model model) {
        return form(
                new ProductRequest("", "", null, ProductKind.ACCESSORY, null, null, true, null), null, Map.of(), model);
    }

    @PostMapping("/products/new")
    String processCreationForm(
            @Valid @ModelAttribute("form") ProductRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, null, FormErrors.of(binding), model);
        }
        try {
            var created = catalog.create(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/products?q="
                    + java.net.URLEncoder.encode(created.sku(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            return form(form, null, FormErrors.of(e.violations()), model);
        }
    }

    @GetMapping("/products/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        var p = catalog.require(id);
        return form(
                new ProductRequest(
                        p.sku(),
                        p.name(),
                        p.categoryId(),
                        p.kind(),
                        p.listPrice(),
                        p.unitCost(),
                        p.active(),
                        p.version()),
                id,
                Map.of(),
                model);
    }

    @PostMapping("/products/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProductRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, id, FormErrors.of(binding), model);
        }
        try {
            catalog.update(id, form, form.version(), false);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/products";
        } catch (InvalidInputException e) {
            return form(form, id, FormErrors.of(e.violations()), model);
        } catch (VersionConflictException e) {
            model.addAttribute("conflict", true);
            return form(form, id, Map.of(), model);
        }
    }

    private String form(ProductRequest form, Long id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("productId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("kinds", ProductKind.values());
        return FORM;
    }
}
