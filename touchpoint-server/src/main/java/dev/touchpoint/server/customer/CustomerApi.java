package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PhoneNumbers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of customers. Access rules (owner/team scope) are applied here and in
 * the SQL predicate handed out by {@link #scopePredicate(String)}, so modules that store rows per
 * customer (orders, events, tickets…) filter by the same rule inside their own queries.
 */
@Service
public class CustomerApi {

    private final CustomerRepository customers;
    private final CustomerRecordsRepository records;
    private final CustomerFigures figures;
    private final CustomerBulkRecords bulk;
    private final TierRepository tiers;

    CustomerApi(
            CustomerRepository customers,
            CustomerRecordsRepository records,
            CustomerFigures figures,
            CustomerBulkRecords bulk,
            TierRepository tiers) {
        this.customers = customers;
        this.records = records;
        this.figures = figures;
        this.bulk = bulk;
        this.tiers = tiers;
    }

    /** The configured tiers' names by code, in the reader's language (e.g. {@code KEY} → 重点客户). */
    public java.util.Map<String, String> tierNames(java.util.Locale locale) {
        var names = new java.util.LinkedHashMap<String, String>();
        tiers.findAll().forEach(t -> names.put(t.code(), t.label(locale == null ? java.util.Locale.ENGLISH : locale)));
        return names;
    }

    /** The customer if it exists, without an access check (for background jobs). */
    public Optional<CustomerRef> findUnchecked(long id) {
        return customers.findRef(id);
    }

    /**
     * The customer, if the current user may see it; 404 when missing or deleted, 403 when outside
     * scope. A customer merged into another is still returned under its old id (its rows have been
     * re-pointed, see {@link CustomersMerged}).
     */
    public CustomerRef requireVisible(long id) {
        var customer = customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        if (!CurrentUsers.require().canSee(customer.ownerId(), customer.teamId())) {
            throw new OutOfScopeException("customer", id);
        }
        if (customer.deletedAt() != null) {
            throw new NotFoundException("customer", id);
        }
        return customer.ref();
    }

    /**
     * Whether the customer's consent for {@code channel} ({@code PHONE}, {@code SMS}, {@code WECHAT},
     * {@code EMAIL}, any case) is in force: the latest record for that channel granted it. No record
     * means no consent. No access check (campaign jobs run without a user).
     */
    public boolean hasConsent(long customerId, String channel) {
        ConsentChannel parsed;
        try {
            parsed = ConsentChannel.valueOf(channel.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw dev.touchpoint.server.platform.InvalidInputException.of(
                    "channel", "oneOf", "channel must be one of PHONE, SMS, WECHAT, EMAIL");
        }
        return records.hasConsent(customerId, parsed);
    }

    /** The survivor a merged customer now lives on, or the id itself when it was never merged. */
    public long survivorOf(long id) {
        return customers
                .find(id)
                .map(c -> c.mergedInto() == null ? c.id() : c.mergedInto())
                .orElse(id);
    }

    /**
     * A SQL predicate restricting {@code customerIdColumn} to customers the user may see; bind the
     * parameters of {@link #scopeParams(CurrentUser)}. Example:
     * {@code "SELECT … FROM orders o WHERE " + customers.scopePredicate("o.customer_id")}.
     */
    public String scopePredicate(String customerIdColumn) {
        return "(:scopeAll OR " + customerIdColumn + " IN (SELECT sc.id FROM customer sc WHERE "
                + CurrentUser.scopePredicate("sc.owner_id", "sc.team_id") + "))";
    }

    /** Parameters of {@link #scopePredicate(String)}. */
    public Map<String, Object> scopeParams(CurrentUser user) {
        return user.scopeParams();
    }

    /** Inserts many customers at once (imports, demo data) in one transaction; returns their ids in order. */
    public List<Long> insertAll(List<NewCustomer> batch) {
        return customers.insertAll(batch);
    }

    /** Inserts contacts of organisations in one batch (imports, demo data); no access check. */
    public void insertContacts(List<NewContact> contacts) {
        bulk.insertContacts(contacts);
    }

    /** Inserts historical consent records in one batch (imports, demo data); no access check. */
    public void insertConsents(List<NewConsent> consents) {
        bulk.insertConsents(consents);
    }

    /** Active customers whose birthday is on {@code day}; on 28 February those born on 29 February are included. */
    public List<Long> customersBornOn(java.time.MonthDay day) {
        return figures.bornOn(day);
    }

    /** Active customers per tier within the current user's scope, in tier order. */
    public List<TierCount> countByTier() {
        return figures.countByTier(CurrentUsers.require());
    }

    /** Active customers within the current user's scope. */
    public long countVisible() {
        return figures.countActive(CurrentUsers.require());
    }

    /** Every customer row, merged and deleted included; zero means an empty database. */
    public long countAll() {
        return figures.countAll();
    }

    /**
     * The visible active customer with this phone number (any format; compared as digits, +86 stripped);
     * empty when there is none or more than one (a duplicate to merge first).
     */
    public Optional<CustomerRef> findByPhone(String phone) {
        var digits = PhoneNumbers.normalise(phone);
        return digits == null ? Optional.empty() : figures.findByPhone(digits, CurrentUsers.require());
    }

    /** Names of the given customers by id, without an access check: only for labelling rows already scoped. */
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        return figures.names(ids);
    }

    /** Streams every active customer's tier, source and owner to analytics runs; no access check. */
    public void forEachActiveCustomer(java.util.function.Consumer<CustomerFacts> consumer) {
        figures.forEachActive(consumer);
    }
}
