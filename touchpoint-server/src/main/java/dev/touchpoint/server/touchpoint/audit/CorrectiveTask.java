package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.identity.Role;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A corrective task opened by a failed audit item, for the touchpoint's owner role at the audited site.
 *
 * @param status {@code OPEN} or {@code DONE}
 */
public record CorrectiveTask(
        long id,
        long auditId,
        String itemCode,
        String touchpoint,
        long siteTeamId,
        Role ownerRole,
        String titleZh,
        String titleEn,
        LocalDate dueDate,
        String status,
        Instant doneAt,
        String doneBy,
        String resolution,
        int version) {

    public boolean overdue(LocalDate today) {
        return "OPEN".equals(status) && dueDate.isBefore(today);
    }
}
