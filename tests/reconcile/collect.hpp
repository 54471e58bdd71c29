#pragma once
// Runs the reconciler over files and keeps every result, for assertions.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "reconcile/reconciler.hpp"
#include "schema/registry.hpp"
#include "support/fixture_text.hpp"
#include "support/shipped.hpp"

namespace claimloop::testing {

struct collected : reconcile::report_sink {
  std::vector<reconcile::claim_result> claims;
  std::vector<reconcile::deposit_result> deposits;
  std::vector<reconcile::billed_claim> unpaid;
  bool ended = false;

  void on_claim(const reconcile::claim_result& c) override { claims.push_back(c); }
  void on_deposit(const reconcile::deposit_result& d) override { deposits.push_back(d); }
  void on_unpaid(const reconcile::billed_claim& c) override { unpaid.push_back(c); }
  void on_end() override { ended = true; }

  // The results for CLP01 `clp01` with payer claim number `clp07`, in order.
  std::vector<const reconcile::claim_result*> find(const std::string& clp01, const std::string& clp07 = "") const {
    std::vector<const reconcile::claim_result*> out;
    for (const auto& c : claims)
      if (c.patient_control_number == clp01 && (clp07.empty() || c.payer_claim_number == clp07)) out.push_back(&c);
    return out;
  }
};

// Reconciles `remits` against `claims` with a fresh in-memory index and ledger, mapping sets
// on `workers` threads; feeds `sink`.
inline void reconcile_files(const std::vector<std::string>& claims, const std::vector<std::string>& remits,
                            reconcile::report_sink& sink, unsigned workers = 0) {
  reconcile::claim_index index;
  for (const auto& f : claims) {
    auto added = index.add_file(f, shipped_guides(), workers);
    ASSERT_TRUE(added) << added.error().to_string();
  }
  index.seal();
  reconcile::memory_ledger ledger;
  reconcile::reconciler run(index, ledger, sink);
  run.set_workers(workers);
  for (const auto& f : remits) {
    auto sets = run.add_file(f, shipped_guides());
    ASSERT_TRUE(sets) << sets.error().to_string();
  }
  auto done = run.finish();
  ASSERT_TRUE(done) << done.error().to_string();
}

}  // namespace claimloop::testing
