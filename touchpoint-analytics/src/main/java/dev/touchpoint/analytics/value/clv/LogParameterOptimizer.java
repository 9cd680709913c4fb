package dev.touchpoint.analytics.value.clv;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood of strictly positive parameters by optimising their logarithms.
 *
 * <p>Working on θ = ln(parameter) removes the positivity constraints, so a derivative-free
 * trust-region method (Powell's BOBYQA, commons-math3) can roam freely within wide bounds
 * [−{@value #LOG_BOUND}, {@value #LOG_BOUND}]. The search restarts from its own optimum until the
 * likelihood stops improving, which guards against BOBYQA's occasional early stop. A non-finite
 * likelihood is treated as a very poor value rather than an error.
 */
final class LogParameterOptimizer {

    static final double LOG_BOUND = 15;
    private static final double PENALTY = -1e300;
    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 5;

    private LogParameterOptimizer() {}

    /**
     * Returns the parameters (not their logarithms) maximising the log-likelihood.
     *
     * @param logLikelihood the function of the parameters to maximise
     * @param start starting parameters, all &gt; 0
     */
    static double[] maximise(ToDoubleFunction<double[]> logLikelihood, double[] start) {
        MultivariateFunction objective = theta -> safe(logLikelihood.applyAsDouble(exp(theta)));
        PointValuePair best = run(objective, Arrays.stream(start).map(Math::log).toArray());
        for (int restart = 0; restart < MAX_RESTARTS; restart++) {
            PointValuePair next = run(objective, best.getPoint());
            boolean improved = next.getValue() > best.getValue() + 1e-12 * Math.abs(best.getValue());
            if (next.getValue() >= best.getValue()) {
                best = next;
            }
            if (!improved) {
                break;
            }
        }
        if (best.getValue() == PENALTY) {
            throw new ArithmeticException("the likelihood is not finite anywhere the search went");
        }
        return exp(best.getPoint());
    }

    private static PointValuePair run(MultivariateFunction objective, double[] start) {
        int n = start.length;
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(lower, -LOG_BOUND);
        Arrays.fill(upper, LOG_BOUND);
        double[] clipped = Arrays.stream(start).map(LogParameterOptimizer::clip).toArray();
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.5, 1e-9);
        return optimizer.optimize(
                new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(objective),
                GoalType.MAXIMIZE,
                new InitialGuess(clipped),
                new SimpleBounds(lower, upper));
    }

    private static double clip(double theta) {
        return Math.max(-LOG_BOUND + 1, Math.min(LOG_BOUND - 1, theta));
    }

    private static double safe(double value) {
        return Double.isFinite(value) ? value : PENALTY;
    }

    private static double[] exp(double[] theta) {
        return Arrays.stream(theta).map(Math::exp).toArray();
    }
}
