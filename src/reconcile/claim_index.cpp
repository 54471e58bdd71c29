#include <algorithm>

#include "reconcile/claim_source.hpp"
#include "x837/claim_reader.hpp"

namespace claimloop::reconcile {

core::result<std::size_t> claim_index::add_file(const std::string& path, const schema::guide_registry& guides) {
  auto reader = x837::claim_reader::open(path, guides);
  if (!reader) return std::move(reader).error();
  std::size_t added = 0;
  for (;;) {
    auto set = reader->next_set();
    if (!set) return std::move(set).error();
    if (!*set) break;
    auto done = summarize(**set, path, [&](billed_claim&& c) {
      add(std::move(c));
      ++added;
    });
    if (!done) return std::move(done).error();
  }
  return added;
}

void claim_index::add(billed_claim claim) {
  claim.id = static_cast<std::int64_t>(claims_.size()) + 1;
  claims_.push_back(std::move(claim));
  sealed_ = false;
}

void claim_index::seal() {
  // Stable: claims with one CLM01 stay in the order they were billed (original before replacement).
  std::stable_sort(claims_.begin(), claims_.end(), [](const billed_claim& a, const billed_claim& b) {
    return a.patient_control_number < b.patient_control_number;
  });
  sealed_ = true;
}

core::result<std::span<const billed_claim>> claim_index::find(std::string_view pcn) {
  if (!sealed_) seal();
  auto [first, last] = std::equal_range(claims_.begin(), claims_.end(), pcn, [](const auto& a, const auto& b) {
    if constexpr (std::is_same_v<std::decay_t<decltype(a)>, billed_claim>) {
      return std::string_view(a.patient_control_number) < b;
    } else {
      return a < std::string_view(b.patient_control_number);
    }
  });
  return std::span<const billed_claim>(first, last);
}

core::result<void> claim_index::each(const std::function<void(const billed_claim&)>& visit) {
  if (!sealed_) seal();
  for (const auto& c : claims_) visit(c);
  return {};
}

}  // namespace claimloop::reconcile
