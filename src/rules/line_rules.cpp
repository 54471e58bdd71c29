// 837 situational rules of the service lines (2400): diagnosis pointers and dental service dates.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "rules/detail/scope.hpp"

namespace claimloop::rules::detail {

namespace {

// The pointer as a number, or 0 when it is not a plain positive number.
std::size_t pointer_value(std::string_view p) {
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), n);
  return ec == std::errc() && end == p.data() + p.size() ? n : 0;
}

// SV107 (P) and SV311 (D): each diagnosis pointer is the position (1-based) of a diagnosis code
// in the claim's 2300 HI, so it cannot be larger than the number of codes sent. An 837P claim
// with no diagnosis HI at all (required there) is level 2's to report, not each pointer's.
void check_diagnosis_pointers(const claim_scope& s, const x837::service_line& l, std::size_t diagnoses,
                              finding_sink& sink) {
  if (s.kind == claim_kind::institutional || (s.kind == claim_kind::professional && diagnoses == 0)) return;
  const std::uint8_t element = l.svc.tag == "SV3" ? 11 : 7;
  const std::array<const std::string*, 4> pointers{&l.svc.pointer_1, &l.svc.pointer_2, &l.svc.pointer_3,
                                                   &l.svc.pointer_4};
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    const std::string& p = *pointers[i];
    if (p.empty()) continue;
    const auto n = pointer_value(p);
    if (n >= 1 && n <= diagnoses) continue;
    sink.error({"2400", l.svc.tag, element, static_cast<std::uint8_t>(i + 1)}, p,
               fmt::format("{}: {}{:02}-{} diagnosis pointer {} names no diagnosis; the claim's HI holds {} code(s)",
                           line_label(s.claim, l), l.svc.tag, element, i + 1, p, diagnoses));
  }
}

bool has_service_date(const std::vector<model::date_value>& dates) {
  return std::ranges::any_of(dates, [](const auto& d) { return d.qualifier == "472"; });
}

// 2400 DTP*472 (D): each line needs its service date when the claim (2300 DTP*472) gives none.
void check_dental_service_date(const claim_scope& s, const x837::service_line& l, finding_sink& sink) {
  if (s.kind != claim_kind::dental || has_service_date(s.claim.dates) || has_service_date(l.dates)) return;
  sink.error({"2400", "DTP", 0}, {},
             fmt::format("{}: no DTP*472 service date on the line and none for the whole claim (2300 DTP*472)",
                         line_label(s.claim, l)));
}

}  // namespace

void check_lines(const claim_scope& scope, finding_sink& sink) {
  std::size_t diagnoses = 0;  // claim::diagnoses().size(), without copying the codes
  for (const auto& hi : scope.claim.codes)
    for (const auto& c : hi.codes) diagnoses += x837::role_of(c.qualifier) != x837::diagnosis_role::none;
  for (const auto& l : scope.claim.lines) {
    check_diagnosis_pointers(scope, l, diagnoses, sink);
    check_dental_service_date(scope, l, sink);
  }
}

}  // namespace claimloop::rules::detail
