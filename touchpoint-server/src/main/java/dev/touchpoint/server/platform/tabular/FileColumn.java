package dev.touchpoint.server.platform.tabular;

import java.util.List;

/**
 * A column of an import and export file (an enum constant of a module's column list): the header
 * spellings an import accepts, English and Chinese; the first is the one exports write.
 */
public interface FileColumn {

    /** The accepted header spellings, the export header first. */
    List<String> aliases();

    /** The header written on export (and the canonical English import header). */
    default String header() {
        return aliases().get(0);
    }

    /** Whether a file must have this column; without it the import reports the header row and stores nothing. */
    default boolean required() {
        return false;
    }
}
