#pragma once
// What reconciliation needs to know about a claim as it was billed (837): enough to recognise
// the claim and each coded line in a payer's 835, and nothing more, so a million claims fit in
// memory and the store can hand the same values back from its tables.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/result.hpp"
#include "tree/loop_tree.hpp"
#include "x837/model.hpp"

namespace claimloop::reconcile {

// One coded service line (2400).
struct billed_line {
  std::string number;          // LX01
  std::string control_number;  // REF*6R line item control number
  std::string qualifier;       // HC (CPT/HCPCS), AD (CDT), ...; empty for a revenue-code-only line
  std::string code;            // procedure code
  std::vector<std::string> modifiers;
  std::string revenue_code;    // SV201 (837I)
  std::string date_from, date_to;  // CCYYMMDD: DTP*472 of the line, else the claim's dates
  core::money charge;
  core::decimal units;
};

// One claim (2300) with who billed it and whom.
struct billed_claim {
  std::int64_t id = 0;                  // stable id given by the claim source (store row, index slot)
  std::string file;                     // the 837 it came from
  std::string submitter_id;             // 1000A NM109
  std::string billing_npi;              // 2010AA NM109
  std::string payer_id;                 // 2010BB NM109
  std::string patient_control_number;   // CLM01
  std::string frequency_code;           // CLM05-3: 1 original, 7 replacement, 8 void
  std::string original_reference;       // REF*F8: payer claim control number being replaced
  std::string clearinghouse_trace;      // REF*D9
  std::string date_from, date_to;       // earliest and latest service date (CCYYMMDD)
  core::money charge;                   // CLM02
  std::vector<billed_line> lines;
};

// Every claim of a mapped 837 set with its billing provider, payer and submitter, in file order.
// An amount that is not a number fails the claim: the error names CLM01 and the line.
core::result<void> summarize(const x837::claim_set& set, const std::string& file,
                             const std::function<void(billed_claim&&)>& sink);
// The same claims read straight from an 837 set's loop tree, without building the typed model
// (what the in-memory index uses: several times faster). A bad amount names its segment.
core::result<void> summarize(const tree::loop_tree& tree, const std::string& file,
                             const std::function<void(billed_claim&&)>& sink);

}  // namespace claimloop::reconcile
