package dev.touchpoint.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A bounded soak: mixed traffic against the demo for {@code --minutes} (default 10) — event
 * ingestion (one batch of 500 events a second, so the data grows as a busy group's would, not
 * without bound), customer 360 pages, searches, funnel queries and import dry runs, one client
 * thread each — sampling every {@code --sample-seconds} (default 30) the server's heap after a full
 * collection (requested with {@code jcmd GC.run}, so what is measured is what the server retains),
 * its resident set size and each kind of request's latency percentiles. Memory must stay flat after the
 * warm-up: the report gives the trend of both (MB per 10 minutes, least squares over the samples
 * after the first third) beside their mean.
 */
final class SoakBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private SoakBench() {}

    private record Sample(double minute, double liveHeapMb, double rssMb, Map<String, double[]> latencies) {}

    static void run(Options options) throws Exception {
        var jar = Path.of(options.get("jar", "touchpoint-server/target/touchpoint-server.jar"));
        var minutes = Double.parseDouble(options.get("minutes", "10"));
        int sampleSeconds = options.getInt("sample-seconds", 30);
        var dir = Files.createTempDirectory("bench-soak-").resolve("data");
        try (var server = ServerProcess.start(jar, dir, ServerProcess.freePort(), "--touchpoint.demo=true")) {
            server.awaitHealthy(Duration.ofMinutes(5));
            server.awaitLog("Demo business loaded in", Duration.ofMinutes(10));
            var base = server.baseUrl();
            var admin = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(("admin:" + ServerProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            var api = HttpClient.newHttpClient();
            var token = "Bearer "
                    + send(
                                    api,
                                    HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                                            .header("Authorization", admin)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"soak\"}"))
                                            .build())
                            .body()
                            .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            var ids = List.of(send(api, get(base + "/api/v1/customers?size=200", token))
                    .body()
                    .replaceAll("\"id\":(\\d+)", "\n$1\n")
                    .lines()
                    .filter(l -> l.matches("\\d+"))
                    .toArray(String[]::new));
            var browser = login(base);

            var latencies = new ConcurrentHashMap<String, List<Long>>();
            var errors = new AtomicLong();
            var running = new AtomicBoolean(true);
            var random = new Random(11);
            var eventIds = new AtomicLong();
            var workers = new ArrayList<Thread>();
            workers.add(worker("ingest", running, latencies, errors, () -> {
                Thread.sleep(1000);
                var body = new StringBuilder();
                for (int i = 0; i < 500; i++) {
                    body.append("{\"eventId\":\"soak-")
                            .append(eventIds.incrementAndGet())
                            .append("\",\"customerId\":")
                            .append(ids.get(random.nextInt(ids.size())))
                            .append(
                                    ",\"touchpoint\":\"SHOWROOM_ENTRY\",\"occurredAt\":\"2026-06-01T10:00:00+08:00\"}\n");
                }
                return send(
                                api,
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                                        .header("Authorization", token)
                                        .header("Content-Type", "application/x-ndjson")
                                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                        .build())
                        .statusCode();
            }));
            workers.add(worker(
                    "360 page",
                    running,
                    latencies,
                    errors,
                    () -> send(
                                    browser,
                                    HttpRequest.newBuilder(URI.create(
                                                    base + "/customers/" + ids.get(random.nextInt(ids.size()))))
                                            .header("Accept", "text/html")
                                            .GET()
                                            .build())
                            .statusCode()));
            workers.add(worker(
                    "search",
                    running,
                    latencies,
                    errors,
                    () -> send(
                                    api,
                                    get(
                                            base + "/api/v1/customers?q="
                                                    + URLEncoder.encode(
                                                            new String[] {"王", "李", "138", "张伟", "刘"}
                                                                    [random.nextInt(5)],
                                                            StandardCharsets.UTF_8),
                                            token))
                            .statusCode()));
            workers.add(worker(
                    "funnel",
                    running,
                    latencies,
                    errors,
                    () -> send(
                                    api,
                                    HttpRequest.newBuilder(URI.create(base + "/api/v1/analytics/funnel"))
                                            .header("Authorization", token)
                                            .header("Content-Type", "application/json")
                                            .POST(
                                                    HttpRequest.BodyPublishers.ofString(
                                                            "{\"steps\":[{\"touchpoint\":\"SHOWROOM_ENTRY\"},{\"touchpoint\":\"TEST_DRIVE\"},"
                                                                    + "{\"kind\":\"PURCHASE\"}],\"order\":\"ORDERED\",\"window\":\"P30D\"}"))
                                            .build())
                            .statusCode()));
            workers.add(
                    worker("import dry run", running, latencies, errors, () -> importDryRun(api, base, token, random)));
            workers.forEach(Thread::start);

            var samples = new ArrayList<Sample>();
            long start = System.nanoTime();
            long end = start + (long) (minutes * 60e9);
            while (System.nanoTime() < end) {
                Thread.sleep(sampleSeconds * 1000L);
                var window = new java.util.TreeMap<String, double[]>();
                latencies.forEach((kind, list) -> {
                    var copy = new ArrayList<>(list);
                    list.clear();
                    var values = copy.stream().mapToDouble(n -> n / 1e6).toArray();
                    if (values.length > 0) {
                        window.put(kind, new double[] {
                            values.length,
                            Stats.percentile(values, 50),
                            Stats.percentile(values, 95),
                            Stats.percentile(values, 99)
                        });
                    }
                });
                var sample = new Sample(
                        (System.nanoTime() - start) / 60e9,
                        heapAfterGcMb(server.pid(), api, base, admin),
                        rssMb(server.pid()),
                        window);
                samples.add(sample);
                System.out.printf(
                        "%5.1f min  heap after GC %6.1f MB  RSS %6.1f MB  %s%n",
                        sample.minute(), sample.liveHeapMb(), sample.rssMb(), describe(window));
            }
            running.set(false);
            for (var w : workers) {
                w.join(60_000);
            }
            report(samples, errors.get(), minutes);
        }
    }

    private static void report(List<Sample> samples, long errors, double minutes) {
        var settled = samples.subList(samples.size() / 3, samples.size());
        System.out.printf("%nsoak of %.0f min, %d samples, %d failed requests%n", minutes, samples.size(), errors);
        System.out.printf(
                "after warm-up (last %d samples): heap after GC mean %.1f MB, trend %+.1f MB per 10 min; "
                        + "RSS mean %.1f MB, trend %+.1f MB per 10 min%n",
                settled.size(),
                settled.stream().mapToDouble(Sample::liveHeapMb).average().orElse(0),
                10 * slope(settled, Sample::liveHeapMb),
                settled.stream().mapToDouble(Sample::rssMb).average().orElse(0),
                10 * slope(settled, Sample::rssMb));
    }

    private static double slope(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> y) {
        double n = samples.size();
        double mx = samples.stream().mapToDouble(Sample::minute).average().orElse(0);
        double my = samples.stream().mapToDouble(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (var s : samples) {
            sxy += (s.minute() - mx) * (y.applyAsDouble(s) - my);
            sxx += (s.minute() - mx) * (s.minute() - mx);
        }
        return n < 2 || sxx == 0 ? 0 : sxy / sxx;
    }

    private static String describe(Map<String, double[]> window) {
        var text = new StringBuilder();
        window.forEach((kind, v) ->
                text.append(String.format("%s n=%.0f p50=%.0f p95=%.0f p99=%.0f ms; ", kind, v[0], v[1], v[2], v[3])));
        return text.toString();
    }

    interface Call {
        int status() throws Exception;
    }

    private static Thread worker(
            String kind, AtomicBoolean running, Map<String, List<Long>> latencies, AtomicLong errors, Call call) {
        var list = latencies.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>());
        var thread = new Thread(
                () -> {
                    while (running.get()) {
                        long t = System.nanoTime();
                        try {
                            int status = call.status();
                            if (status >= 400) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        list.add(System.nanoTime() - t);
                    }
                },
                "soak-" + kind);
        thread.setDaemon(true);
        return thread;
    }

    private static int importDryRun(HttpClient api, String base, String token, Random random) throws Exception {
        var csv = new StringBuilder("name,phone,city\n");
        for (int i = 0; i < 200; i++) {
            csv.append("导入客户")
                    .append(i)
                    .append(",139")
                    .append(String.format("%08d", random.nextInt(100_000_000)))
                    .append(",上海\n");
        }
        var boundary = "----soak" + random.nextInt(1_000_000);
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return send(
                        api,
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/customers/import?dryRun=true"))
                                .header("Authorization", token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build())
                .statusCode();
    }

    /** The heap in use right after a full collection, from the server's own metrics (administrators only). */
    private static double heapAfterGcMb(long pid, HttpClient api, String base, String admin) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        var body = send(api, get(base + "/actuator/metrics/jvm.memory.used?tag=area:heap", admin))
                .body();
        var m = Pattern.compile("\"value\":([0-9.E]+)").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) / (1024 * 1024) : Double.NaN;
    }

    private static double rssMb(long pid) throws Exception {
        for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return Double.NaN;
    }

    private static HttpClient login(String base) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        var page = send(
                        client,
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .GET()
                                .build())
                .body();
        var m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var form = "username=admin&password=" + URLEncoder.encode(ServerProcess.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        send(
                client,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        return client;
    }

    private static HttpRequest get(String url, String authorization) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
