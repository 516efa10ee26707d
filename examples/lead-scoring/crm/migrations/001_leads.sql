-- NordCRM's tables that the lead-scoring function reads (PostgreSQL).
CREATE TABLE crm.leads (
  id uuid PRIMARY KEY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  work_email text NOT NULL,
  phone text,            -- optional
  job_title text,        -- optional
  company_id uuid NOT NULL,
  country char(2) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crm.companies (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  org_number char(9),    -- organisation number in the Central Coordinating Register
  web_domain text,
  nace_code text,
  employee_band text,
  revenue_band text,
  county text,
  sole_proprietorship boolean NOT NULL DEFAULT false
);

-- Form submissions, demo requests, trial activity, webinars, meetings and replies.
CREATE TABLE crm.lead_activities (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  lead_id uuid NOT NULL REFERENCES crm.leads (id),
  activity_type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  features_used integer,
  colleagues_invited integer
);
