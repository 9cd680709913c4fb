package dev.touchpoint.server.service.care;

import java.time.MonthDay;
import java.util.List;

/** Customers whose birthday is on a day, for birthday care. */
interface CustomerBirthdays {

    List<Long> customersBornOn(MonthDay day);
}
