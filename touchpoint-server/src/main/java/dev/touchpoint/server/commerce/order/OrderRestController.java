package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.shared.Versions;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
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

/** REST API of orders: {@code /api/v1/orders}, their stages and returns. */
@RestController
@RequestMapping("/api/v1/orders")
class OrderRestController {

    private final OrderService orders;

    OrderRestController(OrderService orders) {
        this.orders = orders;
    }

    @Operation(summary = "Search orders")
    @GetMapping
    PageResult<Order> list(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var filter = new OrderFilter(
                customerId,
                stage == null || stage.isBlank() ? null : OrderService.parseStage(stage),
                teamId,
                from,
                to,
                q);
        return orders.search(filter, PageRequest.of(page, size));
    }

    @Operation(summary = "Read an order with its lines and stages")
    @GetMapping("/{id}")
    ResponseEntity<OrderDetail> one(@PathVariable long id) {
        var detail = orders.detail(id);
        return ResponseEntity.ok().eTag(Versions.etag(detail.order().version())).body(detail);
    }

    @Operation(summary = "Place an order")
    @PostMapping
    ResponseEntity<OrderDetail> create(@Valid @RequestBody OrderRequest request) {
        var created = orders.create(request);
        return ResponseEntity.created(
                        URI.create("/api/v1/orders/" + created.order().id()))
                .eTag(Versions.etag(created.order().version()))
                .body(created);
    }

    @Operation(summary = "Change an order")
    @PutMapping("/{id}")
    ResponseEntity<Order> update(
            @PathVariable long id,
            @Valid @RequestBody OrderChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var updated = orders.update(id, change, Versions.of(ifMatch, change.version()));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    record StageRequest(String stage, Integer version) {}

    /** Body {@code {"stage":"INSPECTED"}}; only forward moves (or CANCELLED before delivery). */
    @Operation(summary = "Move an order to its next stage")
    @PostMapping("/{id}/stage")
    ResponseEntity<Order> stage(
            @PathVariable long id,
            @RequestBody StageRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var updated = orders.moveStage(id, request.stage(), Versions.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @Operation(summary = "Record a return against an order")
    @PostMapping("/{id}/returns")
    ResponseEntity<OrderDetail> addReturn(@PathVariable long id, @Valid @RequestBody ReturnRequest request) {
        var detail = orders.addReturn(id, request);
        return ResponseEntity.status(201)
                .eTag(Versions.etag(detail.order().version()))
                .body(detail);
    }
}
