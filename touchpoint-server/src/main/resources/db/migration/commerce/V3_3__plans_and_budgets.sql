-- Sales plans (planned revenue per customer and month), sales expenses and yearly expense budgets:
-- the data behind the early warnings "purchases behind plan" and "sales expenses over budget".

CREATE TABLE sales_plan (
    customer_id      bigint        NOT NULL REFERENCES customer (id),
    month            date          NOT NULL CHECK (extract(day FROM month) = 1),
    planned_revenue  numeric(14,2) NOT NULL CHECK (planned_revenue >= 0),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    updated_by       text,
    version          integer       NOT NULL DEFAULT 0,
    CONSTRAINT sales_plan_uk UNIQUE (customer_id, month)
);
CREATE INDEX sales_plan_month_idx ON sales_plan (month);

CREATE TABLE sales_expense (
    id           bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint        NOT NULL REFERENCES customer (id),
    spent_on     date          NOT NULL,
    amount       numeric(14,2) NOT NULL CHECK (amount > 0),
    category     text          NOT NULL,
    note         text,
    recorded_by  text,
    created_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX sales_expense_customer_idx ON sales_expense (customer_id, spent_on);

CREATE TABLE expense_budget (
    customer_id  bigint        NOT NULL REFERENCES customer (id),
    year         integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount       numeric(14,2) NOT NULL CHECK (amount >= 0),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    updated_by   text,
    version      integer       NOT NULL DEFAULT 0,
    CONSTRAINT expense_budget_uk UNIQUE (customer_id, year)
);
