package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.DuplicateException;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.touchpoint.Touchpoint;
import dev.touchpoint.server.touchpoint.audit.AuditTemplates;
import dev.touchpoint.server.touchpoint.audit.DealershipAuditTemplate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The touchpoint catalogue: everyone reads it, administrators and managers change it. */
@Service
public class CatalogueService {

    private final CatalogueRepository catalogue;
    private final AuditLog audit;
    private final AuditTemplates auditTemplates;

    CatalogueService(CatalogueRepository catalogue, AuditLog audit, AuditTemplates auditTemplates) {
        this.catalogue = catalogue;
        this.audit = audit;
        this.auditTemplates = auditTemplates;
    }

    public List<Touchpoint> list() {
        return catalogue.findAll();
    }

    Touchpoint get(String code) {
        return catalogue.findByCode(code).orElseThrow(() -> new NotFoundException("touchpoint", code));
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public Touchpoint create(TouchpointRequest request) {
        if (catalogue.codeTaken(request.code(), null)) {
            throw new DuplicateException("code", "touchpoint code " + request.code() + " exists");
        }
        long id = catalogue.insert(request, null);
        audit.record(AuditLog.Action.CREATE, "touchpoint", id, request.code());
        return catalogue.findById(id).orElseThrow();
    }

    /**
     * Changes an entry. {@code expectedVersion} from {@code If-Match} (412 when stale) wins over the
     * body's {@code version} (409 when stale).
     */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public Touchpoint update(String code, TouchpointRequest request, Integer expectedVersion) {
        var current = get(code);
        boolean precondition = expectedVersion != null;
        Integer version = precondition ? expectedVersion : request.version();
        if (version == null) {
            throw InvalidInputException.of("version", "required", "send If-Match or the version you read");
        }
        if (catalogue.codeTaken(request.code(), current.id())) {
            throw new DuplicateException("code", "touchpoint code " + request.code() + " exists");
        }
        if (catalogue.update(current.id(), version, request) == 0) {
            throw new VersionConflictException("touchpoint", code, current.version(), precondition);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "touchpoint",
                current.id(),
                request.code(),
                Map.of(
                        "key",
                        request.key(),
                        "stage",
                        request.stage().name(),
                        "line",
                        request.line().name()));
        return catalogue.findById(current.id()).orElseThrow();
    }

    /** Sets or clears the key flag of an entry (from the key-touchpoint ranking); audited. */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public Touchpoint setKey(String code, boolean key) {
        var current = get(code);
        catalogue.setKey(current.id(), key);
        audit.record(AuditLog.Action.UPDATE, "touchpoint", current.id(), code, Map.of("key", key));
        return catalogue.findById(current.id()).orElseThrow();
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public int applyTemplate(String template) {
        return applyTemplateUnchecked(template);
    }

    /** Adds the template's entries missing from the catalogue (and its audit template); returns how many. */
    @Transactional
    public int applyTemplateUnchecked(String template) {
        var known = catalogue.codes();
        int added = 0;
        for (var request : CatalogueTemplates.of(template)) {
            if (!known.containsKey(request.code())) {
                catalogue.insert(request, template);
                added++;
            }
        }
        if (CatalogueTemplates.DEALERSHIP.equals(template)) {
            auditTemplates.ensure(DealershipAuditTemplate.definition());
        }
        audit.record(AuditLog.Action.CREATE, "touchpoint_template", template, added + " touchpoints added");
        return added;
    }
}
