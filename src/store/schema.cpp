// The store's schema, one migration per step, never edited once released: a change is a new
// migration. Amounts are integer cents (BIGINT), dates CCYYMMDD text as in X12, timestamps UTC
// ISO 8601 text; absent X12 values are '' so every column compares without NULL rules, and NULL
// means only "no row" (an unmatched claim or line, an amount the payer did not send).
#include "store/migrations.hpp"

namespace claimloop::store {
namespace {

// 1: what `claimloop ingest` records. Each 837 claim keeps its identifying facts in columns and
// its X12 in claim_x12 (its own segments) plus shared x12_blocks (submitter and receiver,
// billing provider, subscriber, patient loops, stored once however many claims share them).
constexpr std::string_view BILLED_CLAIMS = R"sql(
CREATE TABLE files (
  id {id},
  kind TEXT NOT NULL CHECK (kind IN ('837', '835')),
  path TEXT NOT NULL,
  sender_qualifier TEXT NOT NULL,       -- ISA05
  sender_id TEXT NOT NULL,              -- ISA06, without padding
  receiver_qualifier TEXT NOT NULL,     -- ISA07
  receiver_id TEXT NOT NULL,            -- ISA08
  interchange_control TEXT NOT NULL,    -- ISA13
  interchange_date TEXT NOT NULL,       -- ISA09
  usage_indicator TEXT NOT NULL,        -- ISA15: P production, T test
  app_sender TEXT NOT NULL,             -- GS02 of the first group
  app_receiver TEXT NOT NULL,           -- GS03
  content_hash TEXT NOT NULL,           -- SHA-1 of the file's bytes, hex
  size_bytes BIGINT NOT NULL,
  ingested_at TEXT NOT NULL,
  ingested_by TEXT NOT NULL
);
-- An 837 interchange goes in once; an 835 gets a row each time it is received (its payments
-- are what must not be taken twice: see payments).
CREATE UNIQUE INDEX files_837_once ON files (sender_id, interchange_control, content_hash) WHERE kind = '837';
CREATE INDEX files_by_path ON files (kind, path);

CREATE TABLE x12_blocks (
  id {id},
  kind TEXT NOT NULL CHECK (kind IN ('parties', 'billing', 'subscriber', 'patient')),
  hash TEXT NOT NULL,                   -- SHA-1 of segments
  segments TEXT NOT NULL,               -- see claim_x12.segments
  UNIQUE (kind, hash)
);

CREATE TABLE claims (
  id {id},
  file_id BIGINT NOT NULL REFERENCES files (id),
  position BIGINT NOT NULL,             -- 0-based order in the file
  interchange_control TEXT NOT NULL,    -- ISA13, GS06, ST02 and ST03 it came in
  group_control TEXT NOT NULL,
  set_control TEXT NOT NULL,
  implementation TEXT NOT NULL,
  submitter_id TEXT NOT NULL,           -- 1000A NM109
  billing_npi TEXT NOT NULL,            -- 2010AA NM109
  payer_id TEXT NOT NULL,               -- 2010BB NM109
  patient_control_number TEXT NOT NULL, -- CLM01
  frequency_code TEXT NOT NULL,         -- CLM05-3
  original_reference TEXT NOT NULL,     -- REF*F8
  clearinghouse_trace TEXT NOT NULL,    -- REF*D9
  date_from TEXT NOT NULL,              -- earliest and latest service date, CCYYMMDD
  date_to TEXT NOT NULL,
  charge_cents BIGINT NOT NULL,         -- CLM02
  UNIQUE (file_id, position)
);
CREATE INDEX claims_by_clm01 ON claims (patient_control_number);

CREATE TABLE claim_diagnoses (
  claim_id BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,            -- HI order
  role TEXT NOT NULL,                   -- principal, admitting, other, reason_for_visit, external_cause
  code TEXT NOT NULL,
  PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_lines (
  id {id},
  claim_id BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,            -- 0-based order in the claim
  line_number TEXT NOT NULL,            -- LX01
  control_number TEXT NOT NULL,         -- REF*6R
  procedure_qualifier TEXT NOT NULL,    -- HC, AD, ... ('' for a revenue-code-only line)
  procedure_code TEXT NOT NULL,
  modifiers TEXT NOT NULL,              -- joined by ':'
  revenue_code TEXT NOT NULL,           -- SV201
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  charge_cents BIGINT NOT NULL,
  units TEXT NOT NULL,                  -- exact decimal as billed ("1", "0.5")
  UNIQUE (claim_id, position)
);

CREATE TABLE claim_x12 (
  claim_id BIGINT NOT NULL PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
  bht TEXT NOT NULL,                    -- BHT of the set the claim came in
  parties_block BIGINT NOT NULL REFERENCES x12_blocks (id),
  billing_block BIGINT NOT NULL REFERENCES x12_blocks (id),
  subscriber_block BIGINT NOT NULL REFERENCES x12_blocks (id),
  patient_block BIGINT REFERENCES x12_blocks (id),
  -- The 2300 loop and everything under it. Segments one per line, elements separated by the
  -- byte 0x1D, components by 0x1F and repetitions by 0x1E (no X12 data holds control bytes).
  segments TEXT NOT NULL
);

CREATE TABLE audit_log (
  id {id},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,                  -- who: the user name, later the session's user
  action TEXT NOT NULL,                 -- ingest, reconcile, ...
  subject TEXT NOT NULL,                -- the table the action is about
  subject_id BIGINT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_by_subject ON audit_log (subject, subject_id);
)sql";

// 2: what `claimloop reconcile --db` records: payments taken in (the ledger's duplicate check),
// postings per billed claim, and every remittance claim and line with its match, which the
// denial queue works from.
constexpr std::string_view RECONCILIATION = R"sql(
CREATE TABLE payments (
  id {id},
  payment_key TEXT NOT NULL UNIQUE,     -- payer/trace/amount/date
  payer_id TEXT NOT NULL,               -- TRN03
  trace_number TEXT NOT NULL,           -- TRN02
  amount_cents BIGINT NOT NULL,         -- BPR02
  payment_date TEXT NOT NULL,           -- BPR16
  file_id BIGINT NOT NULL REFERENCES files (id),
  taken_at TEXT NOT NULL
);

CREATE TABLE deposits (
  id {id},
  file_id BIGINT NOT NULL REFERENCES files (id),
  trace_number TEXT NOT NULL,
  payer_id TEXT NOT NULL,
  payer_name TEXT NOT NULL,
  payee_id TEXT NOT NULL,
  method TEXT NOT NULL,                 -- BPR04
  payment_date TEXT NOT NULL,
  amount_cents BIGINT NOT NULL,
  claims_paid_cents BIGINT NOT NULL,
  provider_adjustments_cents BIGINT NOT NULL,
  forward_balance_cents BIGINT NOT NULL,
  claim_count BIGINT NOT NULL,
  duplicate_of TEXT NOT NULL,           -- the file that first brought this payment, '' when new
  balanced INTEGER NOT NULL,            -- 1 when BPR02 = claims paid - provider adjustments
  recorded_at TEXT NOT NULL
);
CREATE INDEX deposits_by_file ON deposits (file_id);

CREATE TABLE remit_claims (
  id {id},
  file_id BIGINT NOT NULL REFERENCES files (id),
  trace_number TEXT NOT NULL,
  payer_id TEXT NOT NULL,
  payer_name TEXT NOT NULL,
  patient_control_number TEXT NOT NULL, -- CLP01
  payer_claim_number TEXT NOT NULL,     -- CLP07
  claim_status TEXT NOT NULL,           -- CLP02
  crossover_payer TEXT NOT NULL,        -- NM1*TT
  billed_cents BIGINT NOT NULL,
  paid_cents BIGINT NOT NULL,
  patient_responsibility_cents BIGINT NOT NULL,
  claim_id BIGINT REFERENCES claims (id),  -- the billed claim, NULL when unmatched
  method TEXT NOT NULL,                 -- claim or unmatched
  candidates INTEGER NOT NULL,          -- billed claims with this CLM01
  -- The billed claim after this posting (NULL when unmatched).
  total_paid_cents BIGINT,
  total_contractual_cents BIGINT,
  total_other_adjustments_cents BIGINT,
  total_patient_cents BIGINT,
  balance_cents BIGINT,
  posting_count INTEGER,
  recorded_at TEXT NOT NULL
);
CREATE INDEX remit_claims_by_claim ON remit_claims (claim_id);
CREATE INDEX remit_claims_by_clp01 ON remit_claims (patient_control_number);
CREATE INDEX remit_claims_by_file ON remit_claims (file_id);

CREATE TABLE remit_lines (
  id {id},
  remit_claim_id BIGINT NOT NULL REFERENCES remit_claims (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  control_number TEXT NOT NULL,         -- REF*6R as returned
  procedure TEXT NOT NULL,              -- SVC01 as "HC:99213"
  modifiers TEXT NOT NULL,              -- joined by ':'
  service_date TEXT NOT NULL,
  billed_cents BIGINT NOT NULL,
  paid_cents BIGINT NOT NULL,
  allowed_cents BIGINT,                 -- AMT*B6, NULL when not sent
  claim_line_id BIGINT REFERENCES claim_lines (id),  -- the coded line, NULL when not found
  matched_line TEXT NOT NULL,           -- its LX01
  method TEXT NOT NULL,                 -- 6R, procedure, svc06, claim, unmatched
  UNIQUE (remit_claim_id, position)
);
CREATE INDEX remit_lines_by_claim_line ON remit_lines (claim_line_id);

-- CAS and remark codes of a remittance claim (remit_line_id NULL) or of one of its lines.
CREATE TABLE remit_adjustments (
  id {id},
  remit_claim_id BIGINT NOT NULL REFERENCES remit_claims (id) ON DELETE CASCADE,
  remit_line_id BIGINT REFERENCES remit_lines (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  group_code TEXT NOT NULL,             -- CO, PR, OA, PI, CR
  reason_code TEXT NOT NULL,            -- CARC
  amount_cents BIGINT NOT NULL
);
CREATE INDEX remit_adjustments_by_claim ON remit_adjustments (remit_claim_id);

CREATE TABLE remit_remarks (
  id {id},
  remit_claim_id BIGINT NOT NULL REFERENCES remit_claims (id) ON DELETE CASCADE,
  remit_line_id BIGINT REFERENCES remit_lines (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL                    -- RARC (LQ*HE, MOA, MIA)
);
CREATE INDEX remit_remarks_by_claim ON remit_remarks (remit_claim_id);

CREATE TABLE postings (
  id {id},
  claim_id BIGINT NOT NULL REFERENCES claims (id),
  file_id BIGINT NOT NULL REFERENCES files (id),
  remit_claim_id BIGINT REFERENCES remit_claims (id),
  payer_id TEXT NOT NULL,
  payer_claim_number TEXT NOT NULL,
  claim_status TEXT NOT NULL,
  level INTEGER NOT NULL,               -- payer responsibility: 1 primary, 2 secondary, 3 tertiary
  trace_number TEXT NOT NULL,
  billed_cents BIGINT NOT NULL,
  allowed_cents BIGINT NOT NULL,
  paid_cents BIGINT NOT NULL,
  contractual_cents BIGINT NOT NULL,
  deductible_cents BIGINT NOT NULL,
  coinsurance_cents BIGINT NOT NULL,
  copay_cents BIGINT NOT NULL,
  other_patient_cents BIGINT NOT NULL,
  other_adjustments_cents BIGINT NOT NULL,
  prior_payer_cents BIGINT NOT NULL,
  posted_at TEXT NOT NULL
);
CREATE INDEX postings_by_claim ON postings (claim_id);
)sql";

constexpr migration MIGRATIONS[] = {
    {1, "billed claims", BILLED_CLAIMS},
    {2, "reconciliation", RECONCILIATION},
};

}  // namespace

std::span<const migration> migrations() { return MIGRATIONS; }

}  // namespace claimloop::store
