package dev.touchpoint.bench;

import java.util.Arrays;

/**
 * The bench tool. {@code java -jar touchpoint-bench/target/touchpoint-bench.jar <command> [options]}:
 * <ul>
 *   <li>{@code jmh [JMH options]} — the JMH micro-benchmarks (e.g. {@code jmh BgNbdFit});</li>
 *   <li>{@code startup} — server start-up to healthy with and without an existing data directory,
 *       against starting the embedded PostgreSQL alone;</li>
 *   <li>{@code demo} — demo-data load time against a raw {@code COPY} of the same rows;</li>
 *   <li>{@code search} — customer search latency (p50/p95) through the API against the same query
 *       over plain JDBC;</li>
 *   <li>{@code ingest} — NDJSON event ingestion through the API against a plain {@code COPY};</li>
 *   <li>{@code value} — the value engine's whole run through the API against a {@code COPY} of the
 *       orders it reads;</li>
 *   <li>{@code journey} — the journey-analytics dashboards' queries through the API against a {@code COPY}
 *       of the event rows they read;</li>
 *   <li>{@code soak} — mixed traffic for a bounded time, sampling memory and latency;</li>
 *   <li>{@code rules} — FP-growth in-process against a counting pass, with {@code --spark} against Spark
 *       MLlib's FPGrowth on {@code local[2]};</li>
 *   <li>{@code mining} — a cross-sell mining run through the API against a {@code COPY} of its order lines;</li>
 *   <li>{@code panel} — one customer's next best actions (the 360 panel) against the customer record.</li>
 *   <li>{@code outbox} — orders and event ingestion with and without a webhook subscription, and the outbox drain.</li>
 * </ul>
 * Every figure is reported with its baseline measured in the same run, because absolute times on
 * shared machines drift.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(
                    "usage: bench jmh|startup|demo|search|ingest|value|journey|soak|rules|mining|panel|outbox [options]");
            System.exit(2);
        }
        var rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "startup" -> StartupBench.run(Options.parse(rest));
            case "demo" -> DemoLoadBench.run(Options.parse(rest));
            case "search" -> SearchBench.run(Options.parse(rest));
            case "ingest" -> IngestBench.run(Options.parse(rest));
            case "value" -> ServerRunBench.run(Options.parse(rest), ServerRunBench.VALUE);
            case "journey" -> JourneyBench.run(Options.parse(rest));
            case "soak" -> SoakBench.run(Options.parse(rest));
            case "rules" -> RulesBench.run(Options.parse(rest));
            case "mining" -> ServerRunBench.run(Options.parse(rest), ServerRunBench.MINING);
            case "panel" -> PanelBench.run(Options.parse(rest));
            case "outbox" -> OutboxBench.run(Options.parse(rest));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
