package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.server.platform.BodyTooLargeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a request body into raw events — field name to text — in one of the accepted shapes: one
 * JSON object, a JSON array of objects, NDJSON (one object per line) or CSV with a header row. The
 * {@code attributes} field keeps its JSON text. Shape problems (a line that is not JSON, a nested
 * value where a scalar belongs) become {@link EventProblem}s, so a bad batch is reported in full.
 */
@Component
class EventReader {

    enum Format {
        JSON,
        NDJSON,
        CSV
    }

    /**
     * @param jsonAttributes true when {@code attributes} was written by this reader from a parsed JSON
     *     value (so it is well-formed JSON and only its shape needs checking)
     */
    record RawEvent(int index, Integer line, Map<String, String> fields, boolean jsonAttributes) {}

    record Read(List<RawEvent> events, List<EventProblem> problems) {}

    private final ObjectMapper json;
    // one element of a streamed array at a time: what follows it is the rest of the array
    private final ObjectReader nodes;

    EventReader(ObjectMapper json) {
        this.json = json;
        this.nodes = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads the body as it arrives, never holding a copy of it: the JSON array element by element,
     * NDJSON and CSV line by line. Stops after {@code limit} events plus one, so that a caller can
     * refuse a batch that is too large without reading all of it.
     */
    Read read(InputStream body, Format format, int limit) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return switch (format) {
            case JSON -> readJson(reader, limit);
            case NDJSON -> readNdjson(reader, limit);
            case CSV -> readCsv(reader, limit);
        };
    }

    private Read readJson(Reader text, int limit) {
        var events = new ArrayList<RawEvent>();
        var problems = new ArrayList<EventProblem>();
        try (JsonParser parser = json.createParser(text)) {
            var first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY && events.size() + problems.size() <= limit) {
                    addObject(nodes.readValue(parser), index++, null, events, problems);
                }
            } else if (first != null) {
                addObject(nodes.readValue(parser), 0, null, events, problems);
                if (parser.nextToken() != null) {
                    problems.add(new EventProblem(
                            1,
                            null,
                            "body",
                            "json",
                            "more than one JSON value: send a JSON array, or NDJSON (application/x-ndjson)"));
                }
            } else {
                problems.add(new EventProblem(0, null, "body", "json", "the body is empty"));
            }
        } catch (JacksonException e) {
            problems.add(new EventProblem(
                    events.size() + problems.size(),
                    null,
                    "body",
                    "json",
                    "not valid JSON: " + e.getOriginalMessage()));
        }
        return new Read(events, problems);
    }

    private Read readNdjson(BufferedReader text, int limit) throws IOException {
        var events = new ArrayList<RawEvent>();
        var problems = new ArrayList<EventProblem>();
        int lineNo = 0;
        int index = 0;
        String raw;
        while ((raw = text.readLine()) != null && events.size() + problems.size() <= limit) {
            lineNo++;
            var line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                addObject(json.readTree(line), index, lineNo, events, problems);
            } catch (JacksonException e) {
                problems.add(
                        new EventProblem(index, lineNo, "line", "json", "not valid JSON: " + e.getOriginalMessage()));
            }
            index++;
        }
        return new Read(events, problems);
    }

    private Read readCsv(Reader text, int limit) {
        var events = new ArrayList<RawEvent>();
        var problems = new ArrayList<EventProblem>();
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (var parser = format.parse(text)) {
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
                if (events.size() > limit) {
                    break;
                }
            }
        } catch (BodyTooLargeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problems.add(new EventProblem(
                    events.size(),
                    events.size() + 2,
                    "body",
                    "csv",
                    "not valid CSV after line " + (events.size() + 1) + ": " + e.getMessage()));
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
