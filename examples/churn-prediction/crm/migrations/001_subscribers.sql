-- NordCRM's subscriber tables that the churn model's features come from (PostgreSQL).
CREATE TABLE crm.subscribers (
  id uuid PRIMARY KEY,
  customer_number text NOT NULL UNIQUE,
  date_of_birth date,
  postcode char(4),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crm.subscriptions (
  id uuid PRIMARY KEY,
  subscriber_id uuid NOT NULL REFERENCES crm.subscribers (id),
  product text NOT NULL,
  monthly_price numeric(10, 2) NOT NULL,
  contract_end date
);

CREATE TABLE crm.invoices (
  id uuid PRIMARY KEY,
  subscriber_id uuid NOT NULL REFERENCES crm.subscribers (id),
  amount numeric(10, 2) NOT NULL,
  due_date date NOT NULL,
  paid_at date
);

CREATE TABLE crm.support_tickets (
  id uuid PRIMARY KEY,
  subscriber_id uuid NOT NULL REFERENCES crm.subscribers (id),
  category text NOT NULL,
  summary text,         -- free text written by the agent
  opened_at timestamptz NOT NULL
);

CREATE TABLE crm.network_measurements (
  subscriber_id uuid NOT NULL REFERENCES crm.subscribers (id),
  month date NOT NULL,
  measured_mbps numeric(8, 2),
  outage_minutes integer NOT NULL DEFAULT 0,
  router_reboots integer NOT NULL DEFAULT 0,
  PRIMARY KEY (subscriber_id, month)
);
