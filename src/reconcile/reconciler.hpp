#pragma once
// Reconciliation: each 835 transaction set is matched against the billed claims, posted to the
// ledger (unless its payment was already taken in) and reported claim by claim, so files of any
// size stream through; at the end, the billed claims no payer has answered are reported.
#include <cstddef>
#include <string>

#include "core/result.hpp"
#include "reconcile/claim_source.hpp"
#include "reconcile/ledger.hpp"
#include "reconcile/matcher.hpp"
#include "reconcile/results.hpp"
#include "schema/registry.hpp"
#include "x835/model.hpp"

namespace claimloop::reconcile {

// Receives the results as they are made.
class report_sink {
 public:
  virtual ~report_sink() = default;
  virtual void on_claim(const claim_result& claim) = 0;
  virtual void on_deposit(const deposit_result& deposit) = 0;
  virtual void on_unpaid(const billed_claim& claim) = 0;
  virtual void on_end() {}
};

// One 835 transaction set converted on a mapping thread: everything posting needs, without
// the model (which is freed there).
struct prepared_remittance {
  deposit_result deposit;
  payment_key key;
  remit_parties parties;
  struct claim {
    claim_result result;  // as reported, before matching
    remit_claim_facts facts;
  };
  std::vector<claim> claims;
};
// Errors name the file and the amount that could not be read; nothing of the set is posted then.
core::result<prepared_remittance> prepare(const x835::remittance& remittance, const std::string& file);

class reconciler {
 public:
  reconciler(claim_source& claims, ledger& ledger, report_sink& sink) : claims_(claims), ledger_(ledger), sink_(sink) {}

  // One 835 transaction set read from `file`.
  core::result<void> add(const x835::remittance& remittance, const std::string& file);
  core::result<void> add(prepared_remittance&& remittance);
  // Sets of a file are mapped to models on `n` threads (0: on the caller's); results are the same.
  void set_workers(unsigned n) noexcept { workers_ = n; }
  // Every set of an 835 file; returns how many were read.
  core::result<std::size_t> add_file(const std::string& path, const schema::guide_registry& guides);
  // Reports the billed claims without any posting, then ends the report.
  core::result<void> finish();

 private:
  core::result<claim_result> post_claim(prepared_remittance::claim&& claim, const prepared_remittance& remittance);

  claim_source& claims_;
  ledger& ledger_;
  report_sink& sink_;
  unsigned workers_ = 0;
};

}  // namespace claimloop::reconcile
