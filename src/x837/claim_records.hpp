#pragma once
// The claims of a mapped 837 set as stand-alone records: each claim moved out of the set with
// copies of its billing provider, subscriber, dependent, submitter and receiver (what the
// claim reader hands out and the store keeps).
#include <utility>

#include "core/result.hpp"
#include "x837/model.hpp"

namespace claimloop::x837 {

// Calls `take(claim_record&&)` (returning core::result<void>) for every claim of `set` in file
// order, stopping at its first error. `base` carries the envelope (file, ISA13, GS06, ST02).
template <class Take>
core::result<void> take_claim_records(claim_set& set, claim_record base, Take&& take) {
  base.implementation = set.implementation;
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
      auto record = [&](const patient* dependent, claim&& c) {
        claim_record r = base;
        r.billing = b;
        r.insured = s;
        if (dependent != nullptr) r.dependent = *dependent;
        r.claim = std::move(c);
        return r;
      };
      for (auto& c : claims)
        if (auto r = take(record(nullptr, std::move(c))); !r) return r;
      for (auto& p : patients) {
        auto patient_claims = std::move(p.claims);
        p.claims.clear();
        for (auto& c : patient_claims)
          if (auto r = take(record(&p, std::move(c))); !r) return r;
      }
    }
  }
  return {};
}

}  // namespace claimloop::x837
