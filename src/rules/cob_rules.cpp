// 837 situational rules of coordination of benefits: the other payer loops (2320 / 2330A-B)
// and the line adjudications (2430) that name them.
#include <fmt/format.h>

#include <algorithm>

#include "rules/detail/scope.hpp"

namespace claimloop::rules::detail {

namespace {

// The 2330B payer identifier (NM109) of an other payer loop, "" when there is none.
std::string_view payer_id(const x837::other_subscriber& o) {
  const auto* payer = party_in(o.parties, "2330B");
  return payer != nullptr ? std::string_view(payer->who.id) : std::string_view();
}

std::string payer_label(const x837::claim& c, std::size_t index, const x837::other_subscriber& o) {
  return fmt::format("{} other payer {} (2320 SBR01 {})", claim_label(c), index + 1, o.sbr.responsibility);
}

// 2320 (P, I, D): each other payer loop names the other subscriber (2330A) and the other payer
// (2330B); both loops are required whenever 2320 is sent.
void check_other_payer_parties(const x837::claim& c, finding_sink& sink) {
  for (std::size_t i = 0; i < c.other_payers.size(); ++i) {
    const auto& o = c.other_payers[i];
    for (const auto* loop : {"2330A", "2330B"}) {
      if (party_in(o.parties, loop) != nullptr) continue;
      sink.error({"2320", "NM1", 0}, loop,
                 fmt::format("{}: no loop {} ({}); it is required in every 2320", payer_label(c, i, o), loop,
                             std::string_view(loop) == "2330A" ? "other subscriber name" : "other payer name"));
    }
  }
}

// 2430 SVD01 (P, I, D): the payer that adjudicated the line, which must be the 2330B NM109 of
// one of the claim's other payers.
void check_line_payer(const x837::claim& c, finding_sink& sink) {
  for (const auto& l : c.lines)
    for (const auto& a : l.adjudications) {
      const auto& id = a.payment.payer_id;
      const bool known = std::ranges::any_of(c.other_payers, [&](const auto& o) { return payer_id(o) == id; });
      if (known || id.empty()) continue;
      sink.error({"2430", "SVD", 1}, id,
                 fmt::format("{}: SVD01 payer {} is not the 2330B payer (NM109) of any of the claim's {} other payer "
                             "loop(s)",
                             line_label(c, l), id, c.other_payers.size()));
    }
}

// 2320 AMT*D (P, I, D): the payer paid amount is required when the payer of this loop has
// adjudicated the claim, which its line adjudications (2430 naming it) show.
void check_payer_paid_amount(const x837::claim& c, finding_sink& sink) {
  for (std::size_t i = 0; i < c.other_payers.size(); ++i) {
    const auto& o = c.other_payers[i];
    const auto id = payer_id(o);
    if (id.empty() || std::ranges::any_of(o.amounts, [](const auto& a) { return a.qualifier == "D"; })) continue;
    const auto adjudicated = std::ranges::any_of(c.lines, [&](const auto& l) {
      return std::ranges::any_of(l.adjudications, [&](const auto& a) { return a.payment.payer_id == id; });
    });
    if (!adjudicated) continue;
    sink.error({"2320", "AMT", 0}, std::string(id),
               fmt::format("{}: payer {} adjudicated lines of this claim (2430 SVD01) but 2320 has no AMT*D payer paid "
                           "amount",
                           payer_label(c, i, o), id));
  }
}

}  // namespace

void check_other_payers(const claim_scope& scope, finding_sink& sink) {
  check_other_payer_parties(scope.claim, sink);
  check_line_payer(scope.claim, sink);
  check_payer_paid_amount(scope.claim, sink);
}

}  // namespace claimloop::rules::detail
