CREATE TABLE crm.lead_scores (
  lead_id uuid NOT NULL REFERENCES crm.leads (id),
  score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
  band char(1) NOT NULL,
  reason_codes text[] NOT NULL,
  model_version text NOT NULL,
  scored_at timestamptz NOT NULL,
  PRIMARY KEY (lead_id, scored_at)
);

ALTER TABLE crm.lead_scores ADD COLUMN override_band char(1);
ALTER TABLE crm.lead_scores ADD COLUMN override_reason text; -- why a seller changed the band
