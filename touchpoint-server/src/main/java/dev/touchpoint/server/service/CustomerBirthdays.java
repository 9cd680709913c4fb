package dev.touchpoint.server.service;

import java.time.MonthDay;
import java.util.List;

/**
 * Customers whose birthday is on a day, for birthday care. {@code CustomerApi} has no such query yet;
 * {@link NoCustomerBirthdays} stands in until it does.
 */
interface CustomerBirthdays {

    List<Long> customersBornOn(MonthDay day);
}
