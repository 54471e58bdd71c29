#pragma once
// What the 837 rule groups share: which guide a set follows, a claim with the loops above it,
// party comparisons, and the entry point of each group of rules.
#include <span>
#include <string>
#include <string_view>

#include "rules/detail/finding_builder.hpp"
#include "x835/model.hpp"
#include "x837/model.hpp"

namespace claimloop::rules::detail {

enum class claim_kind { professional, institutional, dental };

// 837P (X222), 837I (X223) or 837D (X224) from ST03; without ST03 the first service line's
// SV1 / SV2 / SV3 decides (professional when there is none).
claim_kind kind_of(const x837::claim_set& set) noexcept;

// A claim with the loops it sits in.
struct claim_scope {
  claim_kind kind;
  const x837::billing_provider& billing;  // 2000A with 2010AA / 2010AB
  const x837::subscriber& insured;        // 2000B with 2010BA / 2010BB
  const x837::patient* dependent;         // 2000C, nullptr when the subscriber is the patient
  const x837::claim& claim;               // 2300
};

// "claim PCN123" and "claim PCN123 line 2": models keep no positions, so messages name these.
std::string claim_label(const x837::claim& c);
std::string line_label(const x837::claim& c, const x837::service_line& l);

// The first party whose NM101 (or N101) is `entity_code`, or nullptr.
const model::party* party_with(std::span<const model::party> parties, std::string_view entity_code) noexcept;
// The party of loop `loop` ("2010AA"), or nullptr.
inline const model::party* party_in(std::span<const model::party> parties, std::string_view loop) noexcept {
  return model::find_party(parties, loop);
}
// Both names carry an identifier (NM108/NM109) and it is the same one.
bool same_id(const model::name& a, const model::name& b) noexcept;
// Both parties carry N3 and N4 and they name the same place (case and spacing ignored).
bool same_address(const model::party& a, const model::party& b);
// "XX 1234567893" for messages.
std::string id_text(const model::name& n);

// Rule groups, one per file; each adds what it finds to `sink`.
void check_hierarchy(const x837::claim_set& set, finding_sink& sink);      // hierarchy_rules.cpp
void check_claim(const claim_scope& scope, finding_sink& sink);            // claim_rules.cpp
void check_claim_providers(const claim_scope& scope, finding_sink& sink);  // provider_rules.cpp
void check_lines(const claim_scope& scope, finding_sink& sink);            // line_rules.cpp
void check_other_payers(const claim_scope& scope, finding_sink& sink);     // cob_rules.cpp
void check_payment(const x835::remittance& set, finding_sink& sink);       // payment_rules.cpp
void check_remit_claims(const x835::remittance& set, finding_sink& sink);  // remit_rules.cpp

}  // namespace claimloop::rules::detail
