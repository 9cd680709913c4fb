package dev.touchpoint.server.service.care;

import dev.touchpoint.server.customer.CustomerApi;
import java.time.MonthDay;
import java.util.List;
import org.springframework.stereotype.Component;

/** Birthdays from the customer module. */
@Component
class CustomerModuleBirthdays implements CustomerBirthdays {

    private final CustomerApi customers;

    CustomerModuleBirthdays(CustomerApi customers) {
        this.customers = customers;
    }

    @Override
    public List<Long> customersBornOn(MonthDay day) {
        return customers.customersBornOn(day);
    }
}
