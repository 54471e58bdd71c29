#pragma once
// Matching a remittance claim to the billed claim it pays, and each of its service lines to
// the coded line it pays.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "reconcile/billed_claim.hpp"
#include "reconcile/results.hpp"
#include "x835/model.hpp"

namespace claimloop::reconcile {

// What the 835 says about who billed and whom, besides CLP01.
struct remit_parties {
  std::vector<std::string> payer_ids;  // 1000A N104, REF*2U, TRN03
  std::string payee_id;                // 1000B N104 (the billing NPI for N103 = XX)
};

// A remittance line's procedure as matching compares it: SVC06 (as submitted) for a re-coded
// line, else SVC01 (as adjudicated, with SVC07 original units when given).
struct remit_procedure {
  std::string qualifier, code;
  std::vector<std::string> modifiers;
  core::decimal units;
  std::string revenue_code;
};

struct remit_line_facts {
  std::string control_number;  // REF*6R
  bool recoded = false;        // SVC06 present
  remit_procedure procedure;
  std::string service_date;    // see service_date()
};

// What matching needs of a 2100 claim, read from the model on a mapping thread so that the
// model can be freed there.
struct remit_claim_facts {
  std::string payer_claim_number;  // CLP07
  std::string original_reference;  // 2100 REF*F8
  core::money charge;              // |CLP03|
  std::string statement_from;      // DTM*232
  std::vector<remit_line_facts> lines;
};
remit_claim_facts facts_of(const x835::remit_claim& claim);

// The billed claim (among those with the CLP01) a remittance claim pays, or nullptr when there
// is none. Narrowing steps are applied only while they leave a candidate: not a replacement of
// this very payment (REF*F8 = CLP07), the replacement the 835 names (2100 REF*F8), payer,
// billing provider, charge (|CLP03| = CLM02), dates, then `preferred` (e.g. claims the ledger
// has already posted this CLP07 to); the latest billed wins what is left.
const billed_claim* choose_claim(std::span<const billed_claim> candidates, const remit_claim_facts& claim,
                                 const remit_parties& parties,
                                 const std::function<bool(const billed_claim&)>& preferred = {});

// For each 2110 line of `claim`, in order: the index of the billed line it pays (-1: none) and
// how it was found. REF*6R first; then SVC06 (re-coded, bundled and unbundled lines) or SVC01,
// by procedure + modifiers + date + units, then without modifiers (dropped or changed), without
// units (split lines), code alone; unpaired billed lines are preferred, so identical lines pair
// in order, and a line already paired is taken again only when nothing else fits (unbundling).
struct line_link {
  int billed_index = -1;
  match_method method = match_method::claim;
};
std::vector<line_link> match_lines(const remit_claim_facts& claim, const billed_claim& billed);

// CCYYMMDD service date of a remittance line: its DTM*472 or 150, else the claim's DTM*232.
std::string service_date(const x835::remit_line& line, const x835::remit_claim& claim);

}  // namespace claimloop::reconcile
