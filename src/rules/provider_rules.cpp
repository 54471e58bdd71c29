// 837 situational rules of the provider loops (2310, 2420): a provider loop is sent only when it
// names someone (or somewhere) other than the loop it would otherwise default to.
#include <fmt/format.h>

#include "rules/detail/scope.hpp"

namespace claimloop::rules::detail {

namespace {

constexpr std::string_view RENDERING = "82", SERVICE_FACILITY = "77", ORDERING = "DK", REFERRING = "DN",
                           PRIMARY_CARE = "P3";

const model::party* billing_of(const claim_scope& s) { return party_in(s.billing.parties, "2010AA"); }

// The provider who rendered the claim's services: 2310B when sent, else the billing provider.
const model::party* claim_renderer(const claim_scope& s) {
  const auto* r = party_with(s.claim.providers, RENDERING);
  return r != nullptr ? r : billing_of(s);
}

// 2310B (P, D): the rendering provider is sent only when it is not the billing provider (2010AA).
void check_rendering_provider(const claim_scope& s, finding_sink& sink) {
  if (s.kind == claim_kind::institutional) return;
  const auto* rendering = party_with(s.claim.providers, RENDERING);
  const auto* billing = billing_of(s);
  if (rendering == nullptr || billing == nullptr || !same_id(rendering->who, billing->who)) return;
  sink.error({rendering->loop, "NM1", 9}, rendering->who.id,
             fmt::format("{}: rendering provider {} is the billing provider (2010AA {}); {} is sent only when the "
                         "rendering provider is someone else",
                         claim_label(s.claim), id_text(rendering->who), id_text(billing->who), rendering->loop));
}

// Service facility (P 2310C, I 2310E, D 2310C): sent only when the service location differs from
// the billing provider's address.
void check_service_facility(const claim_scope& s, finding_sink& sink) {
  const auto* facility = party_with(s.claim.providers, SERVICE_FACILITY);
  const auto* billing = billing_of(s);
  if (facility == nullptr || billing == nullptr || !same_address(*facility, *billing)) return;
  sink.error({facility->loop, "N3", 1}, facility->address->line_1,
             fmt::format("{}: service facility address '{}, {}' is the billing provider's address; {} is sent only "
                         "when the services were given elsewhere",
                         claim_label(s.claim), facility->address->line_1, facility->city->city, facility->loop));
}

// 2420A (P, D): the line's rendering provider is sent only when it differs from the claim's
// (2310B, or the billing provider when 2310B is absent).
void check_line_rendering(const claim_scope& s, const x837::service_line& l, finding_sink& sink) {
  if (s.kind == claim_kind::institutional) return;
  const auto* line = party_with(l.providers, RENDERING);
  const auto* claim = claim_renderer(s);
  if (line == nullptr || claim == nullptr || !same_id(line->who, claim->who)) return;
  sink.error({line->loop, "NM1", 9}, line->who.id,
             fmt::format("{}: line rendering provider {} is the claim's rendering provider ({} {}); {} is sent only "
                         "when this line's renderer differs",
                         line_label(s.claim, l), id_text(line->who), claim->loop, id_text(claim->who), line->loop));
}

// Line service facility (P 2420C, D 2420D): sent only when this line's location differs from
// the claim's (the claim's service facility, or the billing provider without one).
void check_line_facility(const claim_scope& s, const x837::service_line& l, finding_sink& sink) {
  if (s.kind == claim_kind::institutional) return;
  const auto* line = party_with(l.providers, SERVICE_FACILITY);
  const auto* claim = party_with(s.claim.providers, SERVICE_FACILITY);
  if (claim == nullptr) claim = billing_of(s);
  if (line == nullptr || claim == nullptr || !same_address(*line, *claim)) return;
  sink.error({line->loop, "N3", 1}, line->address->line_1,
             fmt::format("{}: line service facility address '{}' is the address of {}; {} is sent only when this "
                         "line was given elsewhere",
                         line_label(s.claim, l), line->address->line_1, claim->loop, line->loop));
}

// 2420E (P): the ordering provider is sent only when someone other than the line's rendering
// provider ordered the service or supply.
void check_ordering_provider(const claim_scope& s, const x837::service_line& l, finding_sink& sink) {
  if (s.kind != claim_kind::professional) return;
  const auto* ordering = party_with(l.providers, ORDERING);
  const auto* renderer = party_with(l.providers, RENDERING);
  if (renderer == nullptr) renderer = claim_renderer(s);
  if (ordering == nullptr || renderer == nullptr || !same_id(ordering->who, renderer->who)) return;
  sink.error({ordering->loop, "NM1", 9}, ordering->who.id,
             fmt::format("{}: ordering provider {} is the line's rendering provider ({} {}); {} is sent only when "
                         "another provider ordered the service",
                         line_label(s.claim, l), id_text(ordering->who), renderer->loop, id_text(renderer->who),
                         ordering->loop));
}

// 2420F (P): a line's referring (DN) or primary care (P3) provider is sent only when it differs
// from the one reported for the claim in 2310A.
void check_line_referring(const claim_scope& s, const x837::service_line& l, finding_sink& sink) {
  if (s.kind != claim_kind::professional) return;
  for (const auto code : {REFERRING, PRIMARY_CARE}) {
    const auto* line = party_with(l.providers, code);
    const auto* claim = party_with(s.claim.providers, code);
    if (line == nullptr || claim == nullptr || !same_id(line->who, claim->who)) continue;
    sink.error({line->loop, "NM1", 9}, line->who.id,
               fmt::format("{}: line referring provider {} (NM101 {}) is the claim's ({}); {} is sent only when the "
                           "line's referral differs",
                           line_label(s.claim, l), id_text(line->who), code, claim->loop, line->loop));
  }
}

}  // namespace

void check_claim_providers(const claim_scope& scope, finding_sink& sink) {
  check_rendering_provider(scope, sink);
  check_service_facility(scope, sink);
  for (const auto& l : scope.claim.lines) {
    check_line_rendering(scope, l, sink);
    check_line_facility(scope, l, sink);
    check_ordering_provider(scope, l, sink);
    check_line_referring(scope, l, sink);
  }
}

}  // namespace claimloop::rules::detail
