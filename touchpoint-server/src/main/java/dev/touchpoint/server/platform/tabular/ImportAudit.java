package dev.touchpoint.server.platform.tabular;

import java.util.Map;

/**
 * Where the import flow records each import that was not a dry run (the identity module's audit log
 * implements it; the platform depends on no other module).
 */
public interface ImportAudit {

    /**
     * Records one import.
     *
     * @param entityType what was imported ({@code customer}, {@code order} …)
     * @param summary one line, e.g. {@code 12 customers imported}
     * @param details file, mode, rows, problems, imported and what the importer adds
     */
    void imported(String entityType, String summary, Map<String, ?> details);
}
