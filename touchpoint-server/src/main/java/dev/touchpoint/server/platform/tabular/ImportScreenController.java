package dev.touchpoint.server.platform.tabular;

import dev.touchpoint.server.platform.InvalidInputException;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import screen every importer shares ({@code fragments/import :: screen}): upload a file and see
 * the check of every row (dry run), then import it all-or-nothing or only its valid rows; the file waits
 * in the session between the two steps. A module's controller extends this with its
 * {@code @RequestMapping} (e.g. {@code /customers/import}), its view and its importer. A form posting
 * the file with {@code action=apply} imports in one step.
 */
public abstract class ImportScreenController {

    /** The file waiting to be applied. */
    record Pending(String fileName, byte[] content) implements Serializable {}

    private final String view;
    private final String base;
    private final String list;
    private final String messages;
    private final FileColumns<?> columns;
    private final String pendingKey = getClass().getName() + ".pending";

    /**
     * @param view the module's import template (it includes {@code fragments/import :: screen})
     * @param base the screen's path, e.g. {@code /customers/import}
     * @param list the list the imported things appear in (linked once imported), or null
     * @param messages the prefix of the screen's own messages ({@code <prefix>.title}, {@code .help},
     *     {@code .applied}, optional {@code .note})
     * @param columns the file's columns, listed on the page with their accepted headers
     */
    protected ImportScreenController(String view, String base, String list, String messages, FileColumns<?> columns) {
        this.view = view;
        this.base = base;
        this.list = list;
        this.messages = messages;
        this.columns = columns;
    }

    /** Runs the module's import. */
    protected abstract ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode);

    /** Checks the user may import before the page is shown (throws to refuse). */
    protected void checkAccess() {}

    /** Adds what the module's page around the screen needs (its navigation, say). */
    protected void addToModel(Model model) {}

    @GetMapping
    public String page(HttpSession session, Model model) {
        checkAccess();
        session.removeAttribute(pendingKey);
        return show(model);
    }

    @PostMapping
    public String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "dryRun") String action,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            HttpSession session,
            Model model)
            throws IOException {
        checkAccess();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", true);
            return show(model);
        }
        boolean apply = "apply".equals(action);
        try {
            var report = run(file.getBytes(), file.getOriginalFilename(), !apply, mode);
            if (apply) {
                model.addAttribute("appliedMode", mode);
            } else {
                session.setAttribute(pendingKey, new Pending(file.getOriginalFilename(), file.getBytes()));
            }
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return show(model);
    }

    @PostMapping("/apply")
    public String apply(
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, HttpSession session, Model model) {
        checkAccess();
        if (!(session.getAttribute(pendingKey) instanceof Pending pending)) {
            model.addAttribute("fileError", true);
            return show(model);
        }
        var report = run(pending.content(), pending.fileName(), false, mode);
        if (report.applied()) {
            session.removeAttribute(pendingKey);
        }
        model.addAttribute("report", report);
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("appliedMode", mode);
        return show(model);
    }

    /**
     * An empty file to fill in: the header row of every column (the reader's language: a Chinese
     * accepted header where there is one), as CSV or XLSX.
     */
    @GetMapping("/template")
    public org.springframework.http.ResponseEntity<byte[]> template(
            @RequestParam(defaultValue = "csv") String format, java.util.Locale locale) {
        checkAccess();
        var tabular = "xlsx".equalsIgnoreCase(format) ? TabularFormat.XLSX : TabularFormat.CSV;
        boolean zh = "zh".equals(locale.getLanguage());
        var headers = columns.all().stream()
                .map(c -> templateHeader((FileColumn) c, zh))
                .toList();
        var out = new java.io.ByteArrayOutputStream();
        TabularWriter.write(tabular, headers, List.<List<?>>of(), out);
        String name = base.replaceAll("^/+", "").replace("/import", "").replace('/', '-') + "-template."
                + (tabular == TabularFormat.XLSX ? "xlsx" : "csv");
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name)
                                .build()
                                .toString())
                .contentType(
                        tabular == TabularFormat.XLSX
                                ? org.springframework.http.MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : new org.springframework.http.MediaType(
                                        "text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /** The header a template uses: in Chinese the first accepted spelling with Chinese characters. */
    static String templateHeader(FileColumn column, boolean zh) {
        if (zh) {
            for (var alias : column.aliases()) {
                if (alias.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    return alias;
                }
            }
        }
        return column.header();
    }

    private String show(Model model) {
        addToModel(model);
        model.addAttribute("importBase", base);
        model.addAttribute("importList", list);
        model.addAttribute("importMessages", messages);
        model.addAttribute("importColumns", columnRows());
        model.addAttribute("columns", columns.headers());
        return view;
    }

    /** A column as the page lists it. */
    public record ColumnRow(String header, List<String> otherHeaders, boolean required) {}

    private List<ColumnRow> columnRows() {
        return columns.all().stream()
                .map(c -> {
                    var f = (FileColumn) c;
                    return new ColumnRow(
                            f.header(), f.aliases().subList(1, f.aliases().size()), f.required());
                })
                .toList();
    }
}
