package dev.touchpoint.server.touchpoint.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A version of an audit checklist template (检查表). Templates are never changed in place: saving a
 * template with an existing code creates its next version, so past audits keep the checklist they
 * were scored with.
 */
public record AuditTemplate(
        long id,
        String code,
        int version,
        String nameZh,
        String nameEn,
        List<AuditSection> sections,
        Instant createdAt) {

    public AuditTemplate {
        sections = List.copyOf(sections);
    }

    /** What a client sends to create a template or its next version. */
    public record Request(
            @NotBlank @Pattern(regexp = "[A-Z0-9_.-]{1,60}") String code,
            @NotBlank @Size(max = 200) String nameZh,
            @NotBlank @Size(max = 200) String nameEn,
            @NotEmpty @Valid List<AuditSection> sections) {}
}
