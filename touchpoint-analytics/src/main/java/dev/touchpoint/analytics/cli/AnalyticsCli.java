package dev.touchpoint.analytics.cli;

import java.io.PrintStream;
import java.util.Arrays;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command line of {@code touchpoint-analytics.jar}: {@code clv}, {@code rfm}, {@code
 * pareto}, {@code rules} and {@code sequences}, each printing one JSON document on standard output.
 *
 * <p>Exit status: 0 on success (and for {@code --help}); 2 for a usage or input error — unknown
 * option, missing column, unparsable value, negative amount — with a message on standard error
 * naming the file, line and column; 1 when a model cannot be computed from valid input.
 *
 * <p>The formulas behind each command are those of {@link dev.touchpoint.analytics.value.rfm},
 * {@link dev.touchpoint.analytics.value.clv} and {@link dev.touchpoint.analytics.value.pareto};
 * {@code docs/analytics-cli.md} describes every option.
 */
public final class AnalyticsCli {

    /** Exit status of a successful run. */
    public static final int OK = 0;

    /** Exit status when a model cannot be computed. */
    public static final int FAILED = 1;

    /** Exit status of a usage or input error. */
    public static final int USAGE = 2;

    private static final String HELP = """
      usage: java -jar touchpoint-analytics.jar COMMAND [options]

      commands:
        clv      BG/NBD + Gamma-Gamma: P(alive), expected purchases, expected spend, discounted CLV
        rfm      recency, frequency, monetary, quintile scores and eight segments
        pareto   profit curve over customers, top-20% share, customer share making 80%
        rules    FP-growth frequent itemsets and association rules (support, confidence, lift, ...)
        sequences PrefixSpan sequential patterns over customers' purchases in time order

      run 'COMMAND --help' for the options of a command.
      """;

    private AnalyticsCli() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command and its options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the command and its options
     * @param out where JSON and help go
     * @param err where error messages go
     * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(HELP);
            return args.length == 0 ? USAGE : OK;
        }
        String help = help(args[0]);
        if (help == null) {
            err.println("error: unknown command '" + args[0] + "'\n" + HELP);
            return USAGE;
        }
        if (Arrays.asList(args).contains("--help")) {
            out.print(help);
            return OK;
        }
        return execute(args, out, err);
    }

    private static int execute(String[] args, PrintStream out, PrintStream err) {
        try {
            out.println(JsonMapper.builder().build().writeValueAsString(command(args, err)));
            return OK;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("run 'java -jar touchpoint-analytics.jar " + args[0] + " --help' for the options");
            return USAGE;
        } catch (ArithmeticException e) {
            err.println("error: the model could not be computed: " + e.getMessage());
            return FAILED;
        }
    }

    private static ObjectNode command(String[] args, PrintStream err) throws UsageException {
        return switch (args[0]) {
            case "clv" -> ClvCommand.run(args, err);
            case "rfm" -> RfmCommand.run(args);
            case "pareto" -> ParetoCommand.run(args);
            case "rules" -> RulesCommand.run(args);
            case "sequences" -> SequencesCommand.run(args);
            default -> throw new UsageException("unknown command '" + args[0] + "'");
        };
    }

    private static String help(String command) {
        return switch (command) {
            case "clv" -> ClvCommand.HELP;
            case "rfm" -> RfmCommand.HELP;
            case "pareto" -> ParetoCommand.HELP;
            case "rules" -> RulesCommand.HELP;
            case "sequences" -> SequencesCommand.HELP;
            default -> null;
        };
    }
}
