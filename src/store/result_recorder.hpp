#pragma once
// Keeps what reconciliation found: every remittance claim and line with its match (billed claim,
// coded line, method), amounts, adjustments and remarks, and every deposit, in the caller's
// transaction. The denial queue works from these rows.
#include <string>

#include "core/result.hpp"
#include "reconcile/reconciler.hpp"
#include "store/database.hpp"
#include "store/files.hpp"

namespace claimloop::store {

class result_recorder : public reconcile::report_sink {
 public:
  explicit result_recorder(database& db) : db_(db) {}

  void on_claim(const reconcile::claim_result& claim) override;
  void on_deposit(const reconcile::deposit_result& deposit) override;
  void on_unpaid(const reconcile::billed_claim&) override {}

  // report_sink returns nothing, so the first failure is kept here: check it before committing.
  const core::result<void>& status() const noexcept { return status_; }
  void clear_status() { status_ = {}; }

 private:
  core::result<void> record_claim(const reconcile::claim_result& c);
  core::result<std::int64_t> record_line(std::int64_t remit_claim_id, std::size_t position,
                                         const reconcile::claim_result& c, const reconcile::line_result& l);
  core::result<void> record_codes(std::int64_t remit_claim_id, std::int64_t remit_line_id,
                                  const std::vector<reconcile::adjustment_amount>& adjustments,
                                  const std::vector<std::string>& remarks);
  core::result<void> record_deposit(const reconcile::deposit_result& d);
  void keep(core::result<void> r);

  database& db_;
  remit_file_ids files_;
  core::result<void> status_;
};

}  // namespace claimloop::store
