#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "reconcile/claim_source.hpp"
#include "reconcile/packed_claim.hpp"
#include "x837/set_pipeline.hpp"

namespace claimloop::reconcile {

core::result<std::size_t> claim_index::add_file(const std::string& path, const schema::guide_registry& guides,
                                                unsigned workers) {
  auto sets = model::set_stream::open(path, guides, "837");
  if (!sets) return std::move(sets).error();
  std::size_t added = 0;
  // Each set's packed claims come back in one string (and their sizes): one allocation a set.
  struct packed_set {
    std::string bytes;
    std::vector<std::uint32_t> sizes;
  };
  auto summarized = model::map_sets(
      *sets,
      [&](const model::parsed_set& set) -> core::result<packed_set> {
        packed_set out;
        auto done = summarize(set.tree, path, [&](billed_claim&& c) {
          const auto packed = pack(c);
          out.bytes += packed;
          out.sizes.push_back(static_cast<std::uint32_t>(packed.size()));
        });
        if (!done) return std::move(done).error();
        return out;
      },
      [&](packed_set&& set) -> core::result<void> {
        std::string_view rest = set.bytes;
        for (auto size : set.sizes) {
          keep(rest.substr(0, size));
          rest.remove_prefix(size);
        }
        added += set.sizes.size();
        sealed_ = false;
        return {};
      },
      workers);
  if (!summarized) return std::move(summarized).error();
  return added;
}

void claim_index::keep(std::string_view packed) {
  constexpr std::size_t BLOCK = 1 << 20;
  if (packed.size() > block_left_) {
    const std::size_t size = std::max(BLOCK, packed.size());
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    block_next_ = blocks_.back().get();
    block_left_ = size;
  }
  char* at = block_next_;
  std::copy(packed.begin(), packed.end(), at);
  block_next_ += packed.size();
  block_left_ -= packed.size();
  const auto key_size = static_cast<std::uint32_t>(packed_key(packed).size());
  claims_.push_back({static_cast<std::int64_t>(claims_.size()) + 1, at, static_cast<std::uint32_t>(packed.size()), key_size});
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
  // Open addressing, at most half full: each slot holds the first claim of one CLM01.
  std::size_t size = 16;
  while (size < 2 * claims_.size()) size *= 2;
  slots_.assign(size, slot{});
  for (std::size_t i = 0; i < claims_.size(); ++i) {
    if (i > 0 && claims_[i].key() == claims_[i - 1].key()) continue;
    const auto hash = static_cast<std::uint32_t>(std::hash<std::string_view>{}(claims_[i].key()));
    std::size_t at = hash & (size - 1);
    while (slots_[at].first != 0) at = (at + 1) & (size - 1);
    slots_[at] = {static_cast<std::uint32_t>(i + 1), hash};
  }
  sealed_ = true;
}

std::size_t claim_index::first_with_key(std::string_view pcn) const noexcept {
  const auto hash = static_cast<std::uint32_t>(std::hash<std::string_view>{}(pcn));
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask; slots_[at].first != 0; at = (at + 1) & mask)
    if (slots_[at].hash == hash && claims_[slots_[at].first - 1].key() == pcn) return slots_[at].first - 1;
  return claims_.size();
}

core::result<std::span<const billed_claim>> claim_index::find(std::string_view pcn) {
  if (!sealed_) seal();
  found_.clear();
  for (auto it = claims_.begin() + static_cast<std::ptrdiff_t>(first_with_key(pcn)); it != claims_.end() && it->key() == pcn; ++it) {
    auto c = unpack(it->packed());
    if (!c) return std::move(c).error();
    c->id = it->id;
    found_.push_back(std::move(*c));
  }
  return std::span<const billed_claim>(found_);
}

core::result<void> claim_source::each(const id_filter& wanted, const std::function<void(const billed_claim&)>& visit) {
  core::result<void> failed;
  auto walked = each([&](const billed_claim& c) {
    if (!failed) return;
    auto keep = wanted(c.id);
    if (!keep) failed = std::move(keep).error();
    else if (*keep) visit(c);
  });
  if (!walked) return walked;
  return failed;
}

core::result<void> claim_index::each(const id_filter& wanted, const std::function<void(const billed_claim&)>& visit) {
  if (!sealed_) seal();
  for (const auto& e : claims_) {
    auto keep = wanted(e.id);
    if (!keep) return std::move(keep).error();
    if (!*keep) continue;
    auto c = unpack(e.packed());
    if (!c) return std::move(c).error();
    c->id = e.id;
    visit(*c);
  }
  return {};
}

core::result<void> claim_index::each(const std::function<void(const billed_claim&)>& visit) {
  if (!sealed_) seal();
  for (const auto& e : claims_) {
    auto c = unpack(e.packed());
    if (!c) return std::move(c).error();
    c->id = e.id;
    visit(*c);
  }
  return {};
}

}  // namespace claimloop::reconcile
