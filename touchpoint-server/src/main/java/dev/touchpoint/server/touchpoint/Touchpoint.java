package dev.touchpoint.server.touchpoint;

import dev.touchpoint.analytics.journey.JourneyPhase;
import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.Role;
import java.util.List;
import java.util.Locale;

/**
 * A catalogue entry: one touchpoint (触点) with its line, stage, channel, default journey kind, owner
 * role, the information it must convey and how, key flag and control metrics (DOMAIN §1).
 *
 * @param code unique code the event API uses, e.g. {@code SHOWROOM_ENTRY}
 * @param siteTeamId for a physical touchpoint of one site only; null when it exists at every site
 * @param zone for a physical touchpoint, the zone of the site, e.g. {@code ENTRANCE}
 */
public record Touchpoint(
        long id,
        String code,
        String nameZh,
        String nameEn,
        TouchpointLine line,
        JourneyStage stage,
        TouchpointKind kind,
        TouchpointChannel channel,
        Role ownerRole,
        String information,
        String conveyedHow,
        boolean key,
        List<ControlMetric> controlMetrics,
        Long siteTeamId,
        String zone,
        int position,
        String template,
        int version) {

    public Touchpoint {
        controlMetrics = List.copyOf(controlMetrics);
    }

    /** 售前 / 售中 / 售后 of the stage. */
    public JourneyPhase phase() {
        return stage.phase();
    }

    /** The name in the given language. */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
