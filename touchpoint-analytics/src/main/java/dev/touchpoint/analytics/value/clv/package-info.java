/**
 * Customer lifetime value with the BG/NBD purchase model and the Gamma-Gamma spend model.
 *
 * <p>Entry points: {@link dev.touchpoint.analytics.value.clv.CustomerSummaries} turns transactions
 * into the (x, t<sub>x</sub>, T, m̄) summary, {@link dev.touchpoint.analytics.value.clv.BgNbdFitter}
 * and {@link dev.touchpoint.analytics.value.clv.GammaGammaFitter} estimate the models by maximum
 * likelihood, {@link dev.touchpoint.analytics.value.clv.LifetimeValue} discounts the expected
 * margin, and {@link dev.touchpoint.analytics.value.clv.CalibrationHoldout} checks predictions
 * against a holdout period.
 *
 * <p>Sources: P. S. Fader, B. G. S. Hardie, K. L. Lee, "Counting Your Customers the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2), 2005; P. S. Fader, B. G. S.
 * Hardie, K. L. Lee, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", Journal of
 * Marketing Research 42(4), 2005; B. G. S. Hardie, "Implementing the BG/NBD Model for Customer Base
 * Analysis in Excel" (2005) for the log-space likelihood.
 */
package dev.touchpoint.analytics.value.clv;
