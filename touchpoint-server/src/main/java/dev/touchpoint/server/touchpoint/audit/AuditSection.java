package dev.touchpoint.server.touchpoint.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A section of an audit checklist, e.g. 外观设施 facilities. */
public record AuditSection(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,60}") String code,
        @NotBlank @Size(max = 200) String nameZh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotEmpty @Valid List<AuditItem> items) {

    public AuditSection {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
