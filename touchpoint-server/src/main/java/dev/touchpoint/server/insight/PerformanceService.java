package dev.touchpoint.server.insight;

import dev.touchpoint.analytics.value.performance.Lmdi;
import dev.touchpoint.analytics.value.performance.PerformanceFactor;
import dev.touchpoint.analytics.value.performance.PerformancePeriod;
import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The performance formula (业绩公式, DOMAIN §5) per site for two periods and its LMDI decomposition.
 * A site is a team: orders count at their selling team; visitors are distinct (visitor, day) ENTRY
 * events whose {@code site} is the team's id or name; a visitor is referred when the customer's
 * source is {@code REFERRAL} (anonymous visitors are not referred). "ALL" sums every site, including
 * orders without a team and events without a matching site. See docs/value-engine.md.
 */
@Service
public class PerformanceService {

    /** One site's waterfall: factors of both periods and the LMDI part of each; {@code error} when undefined. */
    public record SiteWaterfall(
            String site,
            String label,
            Map<String, Double> before,
            Map<String, Double> after,
            Map<String, Double> contributions,
            double grossProfitBefore,
            double grossProfitAfter,
            String error) {}

    private static final class Totals {
        final Set<String> visitors = new HashSet<>();
        final Set<String> referred = new HashSet<>();
        final Set<Long> buyers = new HashSet<>();
        long orders;
        double revenue;
        double grossProfit;
    }

    private final CommerceApi commerce;
    private final CustomerApi customers;
    private final TouchpointApi touchpoints;
    private final IdentityApi identity;

    PerformanceService(CommerceApi commerce, CustomerApi customers, TouchpointApi touchpoints, IdentityApi identity) {
        this.commerce = commerce;
        this.customers = customers;
        this.touchpoints = touchpoints;
        this.identity = identity;
    }

    public List<SiteWaterfall> waterfall(LocalDate from0, LocalDate to0, LocalDate from1, LocalDate to1) {
        if (from0 == null
                || to0 == null
                || from1 == null
                || to1 == null
                || to0.isBefore(from0)
                || to1.isBefore(from1)) {
            throw InvalidInputException.of("period", "range", "each period needs from <= to");
        }
        var user = CurrentUsers.require();
        if (!user.seesAll() && !user.manages()) {
            throw new dev.touchpoint.server.platform.OutOfScopeException("performance", "sites");
        }
        // a manager sees the sites of their teams only, and "ALL" is the sum of those sites
        Set<String> allowed = null;
        if (!user.seesAll()) {
            allowed = new HashSet<>();
            for (var id : user.teamIds()) {
                allowed.add(Long.toString(id));
            }
        }
        var referral = new HashSet<Long>();
        customers.forEachActiveCustomer(c -> {
            if ("REFERRAL".equals(c.source())) {
                referral.add(c.id());
            }
        });
        var teams = new HashMap<String, String>();
        var labels = new LinkedHashMap<String, String>();
        labels.put("ALL", "ALL");
        for (var t : identity.listTeams()) {
            if (allowed != null && !allowed.contains(Long.toString(t.id()))) {
                continue;
            }
            teams.put(Long.toString(t.id()), Long.toString(t.id()));
            teams.put(t.name().toLowerCase(Locale.ROOT), Long.toString(t.id()));
            labels.put(Long.toString(t.id()), t.name());
        }
        var before = totals(from0, to0, teams, referral, allowed);
        var after = totals(from1, to1, teams, referral, allowed);
        var result = new ArrayList<SiteWaterfall>();
        labels.forEach((site, label) -> {
            var b = before.get(site);
            var a = after.get(site);
            if (b != null || a != null) {
                result.add(site(site, label, b == null ? new Totals() : b, a == null ? new Totals() : a));
            }
        });
        return result;
    }

    /** {@code allowed}: the team ids whose sites count (null: every site, and "ALL" includes unmatched ones). */
    private Map<String, Totals> totals(
            LocalDate from, LocalDate to, Map<String, String> teams, Set<Long> referral, Set<String> allowed) {
        var bySite = new HashMap<String, Totals>();
        commerce.forEachPurchase(to, p -> {
            if (p.orderDate().isBefore(from) || allowed != null && !allowed.contains(Long.toString(p.teamId()))) {
                return;
            }
            for (var site : new String[] {"ALL", Long.toString(p.teamId())}) {
                var t = bySite.computeIfAbsent(site, k -> new Totals());
                t.orders++;
                t.revenue += p.revenue();
                t.grossProfit += p.grossProfit();
                t.buyers.add(p.customerId());
            }
        });
        var zone = ZoneId.systemDefault();
        touchpoints.forEachEntryVisit(
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(),
                zone,
                v -> {
                    var key = (v.customerId() != null ? "c" + v.customerId() : "v" + v.visitorId()) + "@" + v.day();
                    boolean referred = v.customerId() != null && referral.contains(v.customerId());
                    var team = v.site() == null ? null : teams.get(v.site().toLowerCase(Locale.ROOT));
                    if (allowed != null && team == null) {
                        return;
                    }
                    for (var site : team == null ? new String[] {"ALL"} : new String[] {"ALL", team}) {
                        var t = bySite.computeIfAbsent(site, k -> new Totals());
                        t.visitors.add(key);
                        if (referred) {
                            t.referred.add(key);
                        }
                    }
                });
        return bySite;
    }

    private static SiteWaterfall site(String site, String label, Totals b, Totals a) {
        var p0 = period(b);
        var p1 = period(a);
        try {
            var d = Lmdi.decompose(p0, p1);
            return new SiteWaterfall(
                    site,
                    label,
                    names(p0.factors()),
                    names(p1.factors()),
                    names(d.contributions()),
                    b.grossProfit,
                    a.grossProfit,
                    null);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return new SiteWaterfall(
                    site, label, Map.of(), Map.of(), Map.of(), b.grossProfit, a.grossProfit, e.getMessage());
        }
    }

    private static PerformancePeriod period(Totals t) {
        double visitors = t.visitors.size();
        return PerformancePeriod.of(
                visitors - t.referred.size(),
                visitors,
                t.buyers.size(),
                t.orders,
                Math.max(0, t.revenue),
                t.grossProfit);
    }

    private static Map<String, Double> names(Map<PerformanceFactor, Double> values) {
        var out = new LinkedHashMap<String, Double>();
        values.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }
}
