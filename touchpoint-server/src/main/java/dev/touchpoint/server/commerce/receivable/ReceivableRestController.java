package dev.touchpoint.server.commerce.receivable;

import dev.touchpoint.server.commerce.shared.Versions;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of receivables, payments and credit limits. */
@RestController
@RequestMapping("/api/v1")
class ReceivableRestController {

    private final ReceivableService receivables;

    ReceivableRestController(ReceivableService receivables) {
        this.receivables = receivables;
    }

    /**
     * Receivables in scope. {@code asOf} (default today) is the day the status is computed for, so
     * "overdue" can be asked for any day.
     */
    @Operation(summary = "Search receivables")
    @GetMapping("/receivables")
    PageResult<Receivable> list(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Receivable.Status status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return receivables.search(
                new ReceivableFilter(customerId, status, overdue, open, dueFrom, dueTo),
                asOf,
                PageRequest.of(page, size));
    }

    @Operation(summary = "Read a receivable")
    @GetMapping("/receivables/{id}")
    Receivable one(@PathVariable long id) {
        return receivables.require(id);
    }

    @Operation(summary = "List the payments of a receivable")
    @GetMapping("/receivables/{id}/payments")
    List<Receivable.Payment> payments(@PathVariable long id) {
        return receivables.payments(id);
    }

    @Operation(summary = "Record a payment")
    @PostMapping("/receivables/{id}/payments")
    ResponseEntity<Receivable> pay(@PathVariable long id, @Valid @RequestBody PaymentRequest request) {
        return ResponseEntity.status(201).body(receivables.addPayment(id, request));
    }

    @Operation(summary = "Read a customer's credit limit and position")
    @GetMapping("/customers/{id}/credit-limit")
    ResponseEntity<CreditLimit> creditLimit(@PathVariable long id) {
        var limit = receivables.creditLimit(id);
        return ResponseEntity.ok().eTag(Versions.etag(limit.version())).body(limit);
    }

    record CreditLimitRequest(BigDecimal creditLimit, Integer version) {}

    @Operation(summary = "Set a customer's credit limit")
    @PutMapping("/customers/{id}/credit-limit")
    ResponseEntity<CreditLimit> setCreditLimit(
            @PathVariable long id,
            @RequestBody CreditLimitRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var versions = Versions.of(ifMatch, request.version());
        var limit = receivables.setCreditLimit(id, request.creditLimit(), versions.expected(), versions.precondition());
        return ResponseEntity.ok().eTag(Versions.etag(limit.version())).body(limit);
    }
}
