package dev.touchpoint.server.service;

import java.time.MonthDay;
import java.util.List;
import org.springframework.stereotype.Component;

/** No birthdays until the customer module can list them (see {@link CustomerBirthdays}). */
@Component
class NoCustomerBirthdays implements CustomerBirthdays {

    @Override
    public List<Long> customersBornOn(MonthDay day) {
        return List.of();
    }
}
