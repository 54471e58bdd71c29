#include <algorithm>
#include <cstdint>

#include "reconcile/claim_source.hpp"
#include "reconcile/packed_claim.hpp"
#include "x837/set_pipeline.hpp"

namespace claimloop::reconcile {

core::result<std::size_t> claim_index::add_file(const std::string& path, const schema::guide_registry& guides,
                                                unsigned workers) {
  auto sets = model::set_stream::open(path, guides, "837");
  if (!sets) return std::move(sets).error();
  std::size_t added = 0;
  auto summarized = model::map_sets(
      *sets,
      [&](const model::parsed_set& set) -> core::result<std::vector<std::string>> {
        std::vector<std::string> packed;
        auto done = summarize(set.tree, path, [&](billed_claim&& c) { packed.push_back(pack(c)); });
        if (!done) return std::move(done).error();
        return packed;
      },
      [&](std::vector<std::string>&& packed) -> core::result<void> {
        for (auto& p : packed) keep(std::move(p));
        added += packed.size();
        sealed_ = false;
        return {};
      },
      workers);
  if (!summarized) return std::move(summarized).error();
  return added;
}

void claim_index::keep(std::string packed) {
  const auto key_size = static_cast<std::uint32_t>(packed_key(packed).size());
  claims_.push_back({static_cast<std::int64_t>(claims_.size()) + 1, std::move(packed), key_size});
}

void claim_index::add(billed_claim claim) {
  keep(pack(claim));
  sealed_ = false;
}

void claim_index::seal() {
  // Stable: claims with one CLM01 stay in billing order (original before replacement).
  std::stable_sort(claims_.begin(), claims_.end(),
                   [](const entry& a, const entry& b) { return a.key() < b.key(); });
  claims_.shrink_to_fit();
  sealed_ = true;
}

core::result<std::span<const billed_claim>> claim_index::find(std::string_view pcn) {
  if (!sealed_) seal();
  auto first = std::lower_bound(claims_.begin(), claims_.end(), pcn,
                                [](const entry& e, std::string_view key) { return e.key() < key; });
  found_.clear();
  for (auto it = first; it != claims_.end() && it->key() == pcn; ++it) {
    auto c = unpack(it->packed);
    if (!c) return std::move(c).error();
    c->id = it->id;
    found_.push_back(std::move(*c));
  }
  return std::span<const billed_claim>(found_);
}

core::result<void> claim_index::each(const std::function<void(const billed_claim&)>& visit) {
  if (!sealed_) seal();
  for (const auto& e : claims_) {
    auto c = unpack(e.packed);
    if (!c) return std::move(c).error();
    c->id = e.id;
    visit(*c);
  }
  return {};
}

}  // namespace claimloop::reconcile
