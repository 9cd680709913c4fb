package dev.touchpoint.server.touchpoint;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a request body into raw events — field name to text — in one of the accepted shapes: one
 * JSON object, a JSON array of objects, NDJSON (one object per line) or CSV with a header row. The
 * {@code attributes} field keeps its JSON text. Shape problems (a line that is not JSON, a nested
 * value where a scalar belongs) become {@link EventProblem}s, so a bad batch is reported in full.
 */
@Component
class EventReader {

    enum Format {
        JSON, NDJSON, CSV
    }

    /**
     * @param jsonAttributes true when {@code attributes} was written by this reader from a parsed JSON
     *     value (so it is well-formed JSON and only its shape needs checking)
     */
    record RawEvent(int index, Integer line, Map<String, String> fields, boolean jsonAttributes) {
    }

    record Read(List<RawEvent> events, List<EventProblem> problems) {
    }

    private final ObjectMapper json;

    EventReader(ObjectMapper json) {
        this.json = json;
    }

    Read read(byte[] body, Format format) {
        var text = new String(body, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return switch (format) {
            case JSON -> readJson(text);
            case NDJSON -> readNdjson(text);
            case CSV -> readCsv(text);
        };
    }

    private Read readJson(String text) {
        var events = new ArrayList<RawEvent>();
        var problems = new ArrayList<EventProblem>();
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            problems.add(new EventProblem(0, null, "body", "json", "not valid JSON: " + e.getOriginalMessage()));
            return new Read(events, problems);
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                addObject(root.get(i), i, null, events, problems);
            }
        } else {
            addObject(root, 0, null, events, problems);
        }
        return new Read(events, problems);
    }

    private Read readNdjson(String text) {
        var events = new ArrayList<RawEvent>();
        var problems = new ArrayList<EventProblem>();
        int lineNo = 0;
        int index = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            var line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            try {
                addObject(json.readTree(line), index, lineNo, events, problems);
            } catch (JacksonException e) {
                problems.add(new EventProblem(index, lineNo, "line", "json", "not valid JSON: " + e.getOriginalMessage()));
            }
            index++;
        }
        return new Read(events, problems);
    }

    private Read readCsv(String text) {
        var events = new ArrayList<RawEvent>();
        var problems = new ArrayList<EventProblem>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (var parser = format.parse(new StringReader(text))) {
            var headers = parser.getHeaderNames();
            int index = 0;
            for (CSVRecord record : parser) {
                var fields = new LinkedHashMap<String, String>();
                for (int c = 0; c < headers.size() && c < record.size(); c++) {
                    var value = record.get(c);
                    fields.put(headers.get(c), value == null || value.isEmpty() ? null : value);
                }
                // line 1 is the header; values spanning lines are not expected in event files
                events.add(new RawEvent(index, index + 2, fields, false));
                index++;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new EventProblem(events.size(), null, "body", "csv", "not valid CSV: " + e.getMessage()));
        }
        return new Read(events, problems);
    }

    private void addObject(JsonNode node, int index, Integer line, List<RawEvent> events, List<EventProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new EventProblem(index, line, "event", "object", "each event must be a JSON object"));
            return;
        }
        var fields = new LinkedHashMap<String, String>();
        boolean ok = true;
        for (var entry : node.properties()) {
            var value = entry.getValue();
            if (value.isNull()) {
                fields.put(entry.getKey(), null);
            } else if ("attributes".equals(entry.getKey())) {
                fields.put("attributes", json.writeValueAsString(value));
            } else if (value.isContainer()) {
                problems.add(new EventProblem(index, line, entry.getKey(), "scalar", "must be a single value"));
                ok = false;
            } else {
                fields.put(entry.getKey(), value.asString());
            }
        }
        if (ok) {
            events.add(new RawEvent(index, line, fields, true));
        }
    }
}
