#include "x837/claim_reader.hpp"

#include "x837/claim_records.hpp"
#include "x837/map.hpp"

namespace claimloop::x837 {

core::result<claim_reader> claim_reader::open(const std::string& path, const schema::guide_registry& guides) {
  auto s = model::set_stream::open(path, guides, "837");
  if (!s) return std::move(s).error();
  return claim_reader(std::move(*s));
}

core::result<std::optional<claim_set>> claim_reader::next_set() {
  return next_mapped(map_claim_set);
}

core::result<std::optional<claim_record>> claim_reader::next() {
  return next_record([this] { return next_set(); }, [this](auto set) { flatten(std::move(set)); });
}

// Moves every claim out of the set into a record with copies of its parties.
void claim_reader::flatten(claim_set set) {
  (void)take_claim_records(set, origin(set.implementation), [this](claim_record&& r) -> core::result<void> {
    pending_.push_back(std::move(r));
    return {};
  });
}

}  // namespace claimloop::x837
