package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.DuplicateException;
import dev.touchpoint.server.platform.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the tier list (everyone) and adds or edits tiers (administrators). */
@Service
class TierService {

    private final TierRepository tiers;
    private final AuditLog audit;

    TierService(TierRepository tiers, AuditLog audit) {
        this.tiers = tiers;
        this.audit = audit;
    }

    List<CustomerTier> list() {
        return tiers.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    CustomerTier create(CustomerTier tier) {
        if (tiers.find(tier.code()).isPresent()) {
            throw new DuplicateException("code", "tier " + tier.code() + " exists");
        }
        tiers.insert(tier);
        audit.record(AuditLog.Action.CREATE, "customer_tier", tier.code(), tier.nameEn(), details(tier));
        return tier;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    CustomerTier update(CustomerTier tier) {
        if (tiers.update(tier) == 0) {
            throw new NotFoundException("customer tier", tier.code());
        }
        audit.record(AuditLog.Action.UPDATE, "customer_tier", tier.code(), tier.nameEn(), details(tier));
        return tier;
    }

    private static Map<String, Object> details(CustomerTier tier) {
        return Map.of("nameEn", tier.nameEn(), "nameZh", tier.nameZh(), "rank", tier.rank());
    }
}
