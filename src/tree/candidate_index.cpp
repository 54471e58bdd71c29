#include "tree/candidate_index.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "schema/code_set.hpp"
#include "tree/fields.hpp"

namespace claimloop::tree {
namespace {

using element_key = std::pair<std::uint8_t, std::uint8_t>;  // element, component

// The first rule of `u` on (element, component), or nullptr.
const schema::match_rule* rule_on(const schema::segment_use& u, element_key at) noexcept {
  for (const auto& m : u.matches) {
    if (m.element == at.first && m.component == at.second) return &m;
  }
  return nullptr;
}

bool packable(const schema::match_rule& m) noexcept {
  return std::all_of(m.values.begin(), m.values.end(),
                     [](const std::string& v) { return v.size() <= schema::code_set::MAX_PACKED; });
}

// The (element, component) that most candidates discriminate on, when at least two do and all
// their values pack into keys.
bool choose_discriminator(const std::vector<candidate_index::candidate>& all, element_key& out) {
  std::map<element_key, std::size_t> uses;
  for (const auto& c : all) {
    for (const auto& m : c.rules->matches) {
      if (rule_on(*c.rules, {m.element, m.component}) == &m) ++uses[{m.element, m.component}];
    }
  }
  std::size_t best = 0;
  for (const auto& [at, n] : uses) {
    if (n > best) best = n, out = at;
  }
  if (best < 2) return false;
  return std::all_of(all.begin(), all.end(), [&](const candidate_index::candidate& c) {
    const schema::match_rule* m = rule_on(*c.rules, out);
    return m == nullptr || packable(*m);
  });
}

}  // namespace

candidate_index::candidate_index(std::vector<candidate> children) : all_(std::move(children)) {
  std::stable_sort(all_.begin(), all_.end(), [](const candidate& a, const candidate& b) { return a.pos < b.pos; });
  element_key at;
  if (!choose_discriminator(all_, at)) return;
  // Per key value, the candidates whose rule names it; candidates without a rule there take any.
  std::map<std::uint64_t, std::vector<std::size_t>> named;
  std::vector<std::size_t> unkeyed;
  for (std::size_t i = 0; i < all_.size(); ++i) {
    const schema::match_rule* m = rule_on(*all_[i].rules, at);
    if (m == nullptr) {
      unkeyed.push_back(i);
      continue;
    }
    for (const auto& v : m->values) {
      auto& list = named[schema::code_set::pack(v)];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  for (auto& [value, list] : named) {
    std::vector<std::size_t> merged;
    std::merge(list.begin(), list.end(), unkeyed.begin(), unkeyed.end(), std::back_inserter(merged));
    keys_.push_back({value, static_cast<std::uint32_t>(lists_.size()), static_cast<std::uint32_t>(merged.size())});
    for (std::size_t i : merged) {
      lists_.push_back(all_[i]);
      lists_.back().sure = std::binary_search(list.begin(), list.end(), i) && all_[i].rules->matches.size() == 1;
    }
  }
  unkeyed_first_ = static_cast<std::uint32_t>(lists_.size());
  unkeyed_count_ = static_cast<std::uint32_t>(unkeyed.size());
  for (std::size_t i : unkeyed) lists_.push_back(all_[i]);
  element_ = at.first, component_ = at.second;
  keyed_ = true;
}

std::span<const candidate_index::candidate> candidate_index::for_segment(const syntax::segment_view& s) const noexcept {
  if (!keyed_) return all_;
  const std::string_view v = component_of(s, element_, component_);
  if (v.size() <= schema::code_set::MAX_PACKED) {
    const std::uint64_t key = schema::code_set::pack(v);
    for (const key_range& r : keys_) {  // a handful of qualifiers: a scan beats a search
      if (r.value == key) return {lists_.data() + r.first, r.count};
    }
  }
  return {lists_.data() + unkeyed_first_, unkeyed_count_};
}

}  // namespace claimloop::tree
