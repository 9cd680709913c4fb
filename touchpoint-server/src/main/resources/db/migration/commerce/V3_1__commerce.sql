-- commerce: product catalogue, orders with lines, stage history, returns, receivables, payments, credit limits.
-- Money is numeric(14,2); totals on sales_order are net of returns and kept in step by the application.

CREATE TABLE product_category (
    id          bigserial PRIMARY KEY,
    code        text    NOT NULL UNIQUE,
    name_en     text    NOT NULL,
    name_zh     text    NOT NULL,
    parent_id   bigint  REFERENCES product_category (id),
    sort_order  integer NOT NULL DEFAULT 0
);
INSERT INTO product_category (code, name_en, name_zh, sort_order) VALUES
    ('VEHICLE', 'Vehicles', '整车', 1),
    ('ACCESSORY', 'Accessories', '精品附件', 2),
    ('MAINTENANCE', 'Maintenance packages', '保养套餐', 3),
    ('INSURANCE', 'Insurance', '保险', 4),
    ('OTHER', 'Other', '其他', 5);

CREATE TABLE product (
    id           bigserial PRIMARY KEY,
    sku          text          NOT NULL,
    name         text          NOT NULL,
    category_id  bigint        REFERENCES product_category (id),
    kind         text          NOT NULL CHECK (kind IN ('VEHICLE', 'ACCESSORY', 'SERVICE_PACKAGE', 'INSURANCE', 'OTHER')),
    list_price   numeric(14,2) NOT NULL CHECK (list_price >= 0),
    unit_cost    numeric(14,2) NOT NULL CHECK (unit_cost >= 0),
    active       boolean       NOT NULL DEFAULT true,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    version      integer       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX product_sku_uk ON product (lower(sku));
CREATE INDEX product_category_idx ON product (category_id);

CREATE TABLE sales_order (
    id                bigserial PRIMARY KEY,
    order_ref         text,
    customer_id       bigint        NOT NULL REFERENCES customer (id),
    order_date        date          NOT NULL,
    team_id           bigint,
    sales_rep_id      bigint,
    channel           text,
    stage             text          NOT NULL CHECK (stage IN ('ORDERED', 'IN_PROGRESS', 'INSPECTED', 'DELIVERED', 'CANCELLED')),
    stage_changed_at  timestamptz   NOT NULL,
    revenue           numeric(14,2) NOT NULL DEFAULT 0,
    cost              numeric(14,2) NOT NULL DEFAULT 0,
    notes             text,
    created_by        text,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    version           integer       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sales_order_ref_uk ON sales_order (order_ref) WHERE order_ref IS NOT NULL;
CREATE INDEX sales_order_customer_idx ON sales_order (customer_id, order_date DESC);
CREATE INDEX sales_order_date_idx ON sales_order (order_date);
CREATE INDEX sales_order_team_idx ON sales_order (team_id);
CREATE INDEX sales_order_stage_idx ON sales_order (stage);

CREATE TABLE order_line (
    id                 bigserial PRIMARY KEY,
    order_id           bigint        NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    line_no            integer       NOT NULL,
    product_id         bigint        NOT NULL REFERENCES product (id),
    quantity           integer       NOT NULL CHECK (quantity > 0),
    unit_price         numeric(14,2) NOT NULL CHECK (unit_price >= 0),
    discount_percent   numeric(5,2)  NOT NULL DEFAULT 0 CHECK (discount_percent >= 0 AND discount_percent <= 100),
    unit_cost          numeric(14,2) NOT NULL CHECK (unit_cost >= 0),
    revenue            numeric(14,2) NOT NULL,
    cost               numeric(14,2) NOT NULL,
    returned_quantity  integer       NOT NULL DEFAULT 0 CHECK (returned_quantity >= 0 AND returned_quantity <= quantity),
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_line_product_idx ON order_line (product_id);

CREATE TABLE order_stage_history (
    id        bigserial PRIMARY KEY,
    order_id  bigint      NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    stage     text        NOT NULL,
    at        timestamptz NOT NULL,
    actor     text
);
CREATE INDEX order_stage_history_order_idx ON order_stage_history (order_id, at);

CREATE TABLE order_return (
    id           bigserial PRIMARY KEY,
    order_id     bigint        NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    line_id      bigint        NOT NULL REFERENCES order_line (id) ON DELETE CASCADE,
    quantity     integer       NOT NULL CHECK (quantity > 0),
    reason       text          NOT NULL,
    revenue      numeric(14,2) NOT NULL,
    cost         numeric(14,2) NOT NULL,
    returned_at  timestamptz   NOT NULL DEFAULT now(),
    actor        text
);
CREATE INDEX order_return_order_idx ON order_return (order_id);

CREATE TABLE receivable (
    id           bigserial PRIMARY KEY,
    order_id     bigint        REFERENCES sales_order (id) ON DELETE CASCADE,
    customer_id  bigint        NOT NULL REFERENCES customer (id),
    amount       numeric(14,2) NOT NULL CHECK (amount >= 0),
    paid         numeric(14,2) NOT NULL DEFAULT 0 CHECK (paid >= 0),
    issued_on    date          NOT NULL,
    due_date     date          NOT NULL,
    cancelled    boolean       NOT NULL DEFAULT false,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    version      integer       NOT NULL DEFAULT 0
);
CREATE INDEX receivable_customer_idx ON receivable (customer_id);
CREATE INDEX receivable_order_idx ON receivable (order_id);
CREATE INDEX receivable_open_due_idx ON receivable (due_date) WHERE NOT cancelled AND paid < amount;

CREATE TABLE payment (
    id             bigserial PRIMARY KEY,
    receivable_id  bigint        NOT NULL REFERENCES receivable (id) ON DELETE CASCADE,
    amount         numeric(14,2) NOT NULL CHECK (amount > 0),
    paid_on        date          NOT NULL,
    method         text,
    reference      text,
    recorded_by    text,
    created_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX payment_receivable_idx ON payment (receivable_id);

CREATE TABLE credit_limit (
    customer_id   bigint        PRIMARY KEY REFERENCES customer (id),
    credit_limit  numeric(14,2) NOT NULL CHECK (credit_limit >= 0),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    updated_by    text,
    version       integer       NOT NULL DEFAULT 0
);
