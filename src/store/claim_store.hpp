#pragma once
// Reconciliation over the store: billed claims come from the claims ingested (found by CLM01
// through an index, streamed for the report of claims never paid), and the ledger is the
// payments and postings tables, so a payment taken in by one run is a duplicate to the next.
// Writes happen in the caller's transaction (one per 835 file: see reconcile_file()).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "reconcile/claim_source.hpp"
#include "reconcile/ledger.hpp"
#include "store/database.hpp"
#include "store/files.hpp"

namespace claimloop::store {

class claim_store : public reconcile::claim_source, public reconcile::ledger {
 public:
  explicit claim_store(database& db) : db_(db) {}

  // Every stored claim with this CLM01, oldest first (the order claim_index gives).
  core::result<std::span<const reconcile::billed_claim>> find(std::string_view patient_control_number) override;
  // Every stored claim by CLM01, then age; one claim in memory at a time.
  core::result<void> each(const std::function<void(const reconcile::billed_claim&)>& visit) override;

  // The 835 `file` must have been recorded (files.hpp) before its payments are taken in.
  core::result<std::string> take_payment(const reconcile::payment_key& key, const std::string& file) override;
  core::result<std::vector<reconcile::posting>> postings(std::int64_t claim_id) override;
  core::result<void> post(std::int64_t claim_id, const reconcile::posting& p) override;
  core::result<bool> has_postings(std::int64_t claim_id) override;

 private:
  database& db_;
  std::vector<reconcile::billed_claim> found_;
  remit_file_ids files_;
};

}  // namespace claimloop::store
