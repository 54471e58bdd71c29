#include "x837/claim_reader.hpp"

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
  claim_record base = origin(set.implementation);
  base.bht = set.bht;
  if (const auto* p = model::find_party(set.parties, "1000A")) base.submitter = *p;
  if (const auto* p = model::find_party(set.parties, "1000B")) base.receiver = *p;
  for (auto& b : set.providers) {
    auto subscribers = std::move(b.subscribers);
    b.subscribers.clear();
    for (auto& s : subscribers) {
      auto claims = std::move(s.claims);
      auto patients = std::move(s.patients);
      s.claims.clear();
      s.patients.clear();
      for (auto& c : claims) {
        claim_record& r = pending_.emplace_back(base);
        r.billing = b;
        r.insured = s;
        r.claim = std::move(c);
      }
      for (auto& p : patients) {
        auto pclaims = std::move(p.claims);
        p.claims.clear();
        for (auto& c : pclaims) {
          claim_record& r = pending_.emplace_back(base);
          r.billing = b;
          r.insured = s;
          r.dependent = p;
          r.claim = std::move(c);
        }
      }
    }
  }
}

}  // namespace claimloop::x837
