package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators maintain the tier list (分级). */
@Controller
@RequestMapping("/customers/tiers")
@PreAuthorize("hasRole('ADMIN')")
class TierAdminController {

    static final String VIEW = "customer/tiers";

    private final TierService tiers;
    private final Validator validator;

    TierAdminController(TierService tiers, Validator validator) {
        this.tiers = tiers;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tiers", tiers.list());
        return VIEW;
    }

    @PostMapping
    String create(
            @RequestParam String code,
            @RequestParam String nameEn,
            @RequestParam String nameZh,
            @RequestParam(required = false) Integer rank,
            Model model) {
        return save(
                new CustomerTier(code.strip().toUpperCase(java.util.Locale.ROOT), nameEn.strip(), nameZh.strip(), rank),
                true,
                model);
    }

    @PostMapping("/{code}")
    String update(
            @PathVariable String code,
            @RequestParam String nameEn,
            @RequestParam String nameZh,
            @RequestParam(required = false) Integer rank,
            Model model) {
        return save(new CustomerTier(code, nameEn.strip(), nameZh.strip(), rank), false, model);
    }

    private String save(CustomerTier tier, boolean create, Model model) {
        var violations = validator.validate(tier).stream()
                .map(v -> new FieldViolation(v.getPropertyPath().toString(), "invalid", v.getMessage()))
                .toList();
        try {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            if (create) {
                tiers.create(tier);
            } else {
                tiers.update(tier);
            }
            return "redirect:/customers/tiers";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return list(model);
        }
    }
}
