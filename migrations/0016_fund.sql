-- Child Sponsorship Fund (Quỹ Bảo trợ trẻ em, Quyết định 135/2003/QĐ-TTg; Thông tư 87/2008/TT-BTC), issue #5 item 6.
-- A ledger: donations come in (cash or in kind, at a value, possibly restricted to a purpose), disbursements go out,
-- and every disbursement is covered by allocations that draw on donations. The database itself refuses what
-- the law forbids (domain.md §9: "respect donors' intended purpose"): an allocation from a donation restricted to
-- another purpose, of another fund, campaign or kind, or beyond what the donation has left — so two disbursements
-- racing for the same donation cannot both spend it (the allocation locks the donation row).

CREATE TABLE funds (
  id              uuid PRIMARY KEY,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  level           text NOT NULL CHECK (level IN ('national', 'province')),
  province_code   text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((level = 'province') = (province_code IS NOT NULL))
);

CREATE TABLE fund_campaigns (
  id              uuid PRIMARY KEY,
  transaction_id  uuid NOT NULL UNIQUE,
  fund_id         uuid NOT NULL REFERENCES funds (id),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  description     text CHECK (length(description) <= 5000),
  -- In whole Vietnamese đồng.
  target_amount   bigint NOT NULL DEFAULT 0 CHECK (target_amount >= 0),
  start_date      date NOT NULL,
  end_date        date NOT NULL,
  -- An Action Month fund drive may point at its year (am_themes.year).
  action_month_year integer,
  created_by      uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date >= start_date),
  UNIQUE (fund_id, name)
);

-- A donor. A person's contact details are personal data: encrypted (field-cipher, context fund_donors:<id>).
-- show_publicly = false: the public disclosure names them "Nhà hảo tâm" (anonymous) and never their name.
CREATE TABLE fund_donors (
  id              uuid PRIMARY KEY,
  transaction_id  uuid NOT NULL UNIQUE,
  fund_id         uuid NOT NULL REFERENCES funds (id),
  kind            text NOT NULL CHECK (kind IN ('organisation', 'person')),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  contact_enc     text,
  show_publicly   boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fund_donors_fund_idx ON fund_donors (fund_id, name);

-- purpose: a code of src/shared/domain/Fund.ts FundPurpose; 'general' is unrestricted (usable for any purpose).
CREATE TABLE fund_donations (
  id                 uuid PRIMARY KEY,
  transaction_id     uuid NOT NULL UNIQUE,
  fund_id            uuid NOT NULL REFERENCES funds (id),
  campaign_id        uuid REFERENCES fund_campaigns (id),
  donor_id           uuid NOT NULL REFERENCES fund_donors (id),
  received_on        date NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('cash', 'in_kind')),
  amount             bigint NOT NULL CHECK (amount > 0),
  goods_description  text CHECK (length(goods_description) <= 1000),
  purpose            text NOT NULL,
  receipt_number     text NOT NULL CHECK (length(receipt_number) BETWEEN 1 AND 100),
  notes              text CHECK (length(notes) <= 2000),
  -- Sum of the allocations drawn on this donation, kept by the fund_allocations trigger.
  allocated          bigint NOT NULL DEFAULT 0,
  recorded_by        uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (allocated >= 0 AND allocated <= amount),
  CHECK (kind = 'cash' OR goods_description IS NOT NULL),
  UNIQUE (fund_id, receipt_number)
);
CREATE INDEX fund_donations_campaign_idx ON fund_donations (fund_id, campaign_id, purpose);

-- To a register child (child_id) or a project (project_name), with the deciding document.
CREATE TABLE fund_disbursements (
  id                 uuid PRIMARY KEY,
  transaction_id     uuid NOT NULL UNIQUE,
  fund_id            uuid NOT NULL REFERENCES funds (id),
  campaign_id        uuid REFERENCES fund_campaigns (id),
  purpose            text NOT NULL,
  beneficiary_kind   text NOT NULL CHECK (beneficiary_kind IN ('child', 'project')),
  child_id           uuid REFERENCES children (id),
  project_name       text CHECK (length(project_name) <= 300),
  -- The unit where the beneficiary is (child's commune, or the project's unit), for roll-ups without identity.
  unit_code          text,
  province_code      text,
  decision_number    text NOT NULL CHECK (length(decision_number) BETWEEN 1 AND 100),
  decision_date      date NOT NULL,
  disbursed_on       date NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('cash', 'in_kind')),
  amount             bigint NOT NULL CHECK (amount > 0),
  goods_description  text CHECK (length(goods_description) <= 1000),
  notes              text CHECK (length(notes) <= 2000),
  recorded_by        uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((beneficiary_kind = 'child') = (child_id IS NOT NULL)),
  CHECK (beneficiary_kind = 'child' OR project_name IS NOT NULL),
  CHECK (purpose <> 'general')
);
CREATE INDEX fund_disbursements_campaign_idx ON fund_disbursements (fund_id, campaign_id, purpose);
CREATE INDEX fund_disbursements_child_idx ON fund_disbursements (child_id) WHERE child_id IS NOT NULL;

CREATE TABLE fund_allocations (
  disbursement_id  uuid NOT NULL REFERENCES fund_disbursements (id),
  donation_id      uuid NOT NULL REFERENCES fund_donations (id),
  amount           bigint NOT NULL CHECK (amount > 0),
  PRIMARY KEY (disbursement_id, donation_id)
);
CREATE INDEX fund_allocations_donation_idx ON fund_allocations (donation_id);

-- The ledger's guard: runs for every allocation, locks the donation row, checks purpose, fund, campaign and kind,
-- and moves the donation's allocated sum (whose CHECK refuses an overspend).
CREATE OR REPLACE FUNCTION fund_allocation_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    d fund_donations%ROWTYPE;
    b fund_disbursements%ROWTYPE;
  BEGIN
    SELECT * INTO d FROM fund_donations WHERE id = NEW.donation_id FOR UPDATE;
    SELECT * INTO b FROM fund_disbursements WHERE id = NEW.disbursement_id;
    IF d.fund_id <> b.fund_id THEN
      RAISE EXCEPTION 'fund ledger: donation of another fund' USING ERRCODE = 'check_violation';
    END IF;
    IF d.purpose <> 'general' AND d.purpose <> b.purpose THEN
      RAISE EXCEPTION 'fund ledger: donation restricted to %', d.purpose USING ERRCODE = 'check_violation';
    END IF;
    IF b.campaign_id IS NOT NULL AND d.campaign_id IS DISTINCT FROM b.campaign_id THEN
      RAISE EXCEPTION 'fund ledger: donation of another campaign' USING ERRCODE = 'check_violation';
    END IF;
    IF d.kind <> b.kind THEN
      RAISE EXCEPTION 'fund ledger: % donation for a % disbursement', d.kind, b.kind USING ERRCODE = 'check_violation';
    END IF;
    UPDATE fund_donations SET allocated = allocated + NEW.amount WHERE id = NEW.donation_id;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER fund_allocations_guard BEFORE INSERT ON fund_allocations
  FOR EACH ROW EXECUTE FUNCTION fund_allocation_guard();

-- The ledger is append-only: a mistake is corrected by a new entry, never by rewriting history.
CREATE OR REPLACE FUNCTION fund_ledger_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$;
CREATE TRIGGER fund_allocations_append_only BEFORE UPDATE OR DELETE ON fund_allocations
  FOR EACH ROW EXECUTE FUNCTION fund_ledger_refuse_change();
CREATE TRIGGER fund_disbursements_append_only BEFORE UPDATE OR DELETE ON fund_disbursements
  FOR EACH ROW EXECUTE FUNCTION fund_ledger_refuse_change();
CREATE TRIGGER fund_donations_no_delete BEFORE DELETE ON fund_donations
  FOR EACH ROW EXECUTE FUNCTION fund_ledger_refuse_change();

-- A published disclosure (công khai thu chi): a frozen snapshot of income and expenditure by campaign and purpose,
-- with donors named only when they agreed and beneficiaries only counted. Readable without login.
CREATE TABLE fund_disclosures (
  id              uuid PRIMARY KEY,
  transaction_id  uuid NOT NULL UNIQUE,
  fund_id         uuid NOT NULL REFERENCES funds (id),
  campaign_id     uuid REFERENCES fund_campaigns (id),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  period_start    date NOT NULL,
  period_end      date NOT NULL,
  snapshot        jsonb NOT NULL,
  published_by    uuid NOT NULL REFERENCES users (id),
  published_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start)
);
CREATE INDEX fund_disclosures_published_idx ON fund_disclosures (published_at DESC);
