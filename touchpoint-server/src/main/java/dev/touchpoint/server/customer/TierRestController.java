package dev.touchpoint.server.customer;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configurable customer tiers: everyone reads, administrators add and edit. */
@RestController
@RequestMapping("/api/v1/customer-tiers")
class TierRestController {

    private final TierService tiers;

    TierRestController(TierService tiers) {
        this.tiers = tiers;
    }

    @Operation(summary = "List customer tiers")
    @GetMapping
    List<CustomerTier> list() {
        return tiers.list();
    }

    @Operation(summary = "Create a customer tier")
    @PostMapping
    ResponseEntity<CustomerTier> create(@Valid @RequestBody CustomerTier tier) {
        var created = tiers.create(tier);
        return ResponseEntity.created(URI.create("/api/v1/customer-tiers/" + created.code()))
                .body(created);
    }

    @Operation(summary = "Change a customer tier")
    @PutMapping("/{code}")
    CustomerTier update(@PathVariable String code, @Valid @RequestBody CustomerTier tier) {
        return tiers.update(new CustomerTier(code, tier.nameEn(), tier.nameZh(), tier.rank()));
    }
}
