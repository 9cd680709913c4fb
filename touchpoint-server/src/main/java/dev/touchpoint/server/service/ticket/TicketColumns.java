package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.platform.tabular.FileColumn;
import dev.touchpoint.server.platform.tabular.FileColumns;
import java.util.List;

/**
 * The columns of ticket import files, one row per message (see docs/service.md): rows with the same
 * {@code ticketRef} form one ticket, whose fields come from its first row.
 */
enum TicketColumns implements FileColumn {
    TICKET_REF(true, "ticketRef", "ticket_ref", "工单号", "工单编号"),
    CUSTOMER_ID(true, "customerId", "customer_id", "客户编号", "客户id"),
    TYPE(true, "type", "类型", "工单类型"),
    PRIORITY(false, "priority", "优先级"),
    CHANNEL(false, "channel", "渠道"),
    SUBJECT(true, "subject", "主题", "标题"),
    CREATED_AT(true, "createdAt", "created_at", "创建时间"),
    STATUS(false, "status", "状态"),
    SOLVED_AT(false, "solvedAt", "solved_at", "解决时间"),
    CLOSED_AT(false, "closedAt", "closed_at", "关闭时间"),
    ROOT_CAUSE(false, "rootCause", "root_cause", "根本原因"),
    SATISFACTION(false, "satisfaction", "满意度"),
    ORDER_ID(false, "orderId", "order_id", "订单编号"),
    PARTY(false, "party", "发言方"),
    INTERNAL(false, "internal", "内部备注"),
    AUTHOR(false, "author", "作者", "发言人"),
    BODY(false, "body", "内容", "消息"),
    AT(false, "at", "时间", "消息时间");

    static final FileColumns<TicketColumns> FILE = FileColumns.of(TicketColumns.class);

    private final boolean required;
    private final List<String> aliases;

    TicketColumns(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }

    /** The column a field of {@link dev.touchpoint.server.service.ImportedTicket} comes from. */
    static TicketColumns ofField(String field) {
        if (field.startsWith("messages")) {
            return field.contains("author")
                    ? AUTHOR
                    : field.contains("internal") ? INTERNAL : field.contains("at") ? AT : BODY;
        }
        return switch (field) {
            case "externalRef" -> TICKET_REF;
            case "statusChanges.at" -> SOLVED_AT;
            default ->
                java.util.Arrays.stream(values())
                        .filter(c -> c.header().equals(field))
                        .findFirst()
                        .orElse(TICKET_REF);
        };
    }
}
