package dev.touchpoint.server.service.shared;

import dev.touchpoint.server.service.TicketStatus;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code touchpoint.service.*}.
 *
 * @param slaCron when the SLA escalation check runs ({@code -} disables it)
 * @param careCron when care plans run ({@code -} disables them)
 * @param pauseStatuses ticket statuses that pause the SLA clocks
 * @param careCatchUp how late a care step may still run (older occasions are skipped, e.g. after an import)
 * @param fcrRepeatDays N of the "no new ticket within N days" definition of first-contact resolution
 * @param holidayCalendar the calendar whose holidays trigger holiday care
 * @param proactive what an early warning opens: {@code TICKET}, {@code TASK} or {@code OFF}
 * @param mailFrom sender address of SMTP e-mail (with {@code spring.mail.host} set)
 */
@ConfigurationProperties("touchpoint.service")
public record ServiceProperties(
        String slaCron,
        String careCron,
        List<TicketStatus> pauseStatuses,
        Duration careCatchUp,
        int fcrRepeatDays,
        String holidayCalendar,
        ProactiveMode proactive,
        String mailFrom) {

    /** What {@link ServiceApi#openProactive} creates. */
    public enum ProactiveMode {
        TICKET,
        TASK,
        OFF
    }

    public ServiceProperties {
        pauseStatuses = pauseStatuses == null ? List.of(TicketStatus.PENDING_CUSTOMER) : List.copyOf(pauseStatuses);
        careCatchUp = careCatchUp == null ? Duration.ofDays(3) : careCatchUp;
        fcrRepeatDays = fcrRepeatDays <= 0 ? 7 : fcrRepeatDays;
        holidayCalendar = holidayCalendar == null ? "OFFICE" : holidayCalendar;
        proactive = proactive == null ? ProactiveMode.TICKET : proactive;
    }
}
