#pragma once
// Where reconciliation finds the billed claims: an in-memory index of 837 files
// (`claimloop reconcile --claims`), or the store (`--db`), behind one interface.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "reconcile/billed_claim.hpp"
#include "schema/registry.hpp"

namespace claimloop::reconcile {

class claim_source {
 public:
  virtual ~claim_source() = default;
  // Every billed claim with this CLM01 (several: resubmissions, other payers, other providers).
  // The span stays valid until the next call.
  virtual core::result<std::span<const billed_claim>> find(std::string_view patient_control_number) = 0;
  // Every claim, for the report of claims never paid.
  virtual core::result<void> each(const std::function<void(const billed_claim&)>& visit) = 0;
};

// Claims read from 837 files and kept in memory, sorted by CLM01.
class claim_index : public claim_source {
 public:
  // Reads every claim of `path`; fails on an unreadable file. Call seal() after the last file.
  core::result<std::size_t> add_file(const std::string& path, const schema::guide_registry& guides);
  // Adds one claim (tests, callers with their own reader); its id is assigned here.
  void add(billed_claim claim);
  // Sorts for lookup; add after seal() needs another seal().
  void seal();

  core::result<std::span<const billed_claim>> find(std::string_view patient_control_number) override;
  core::result<void> each(const std::function<void(const billed_claim&)>& visit) override;

  std::size_t size() const noexcept { return claims_.size(); }

 private:
  std::vector<billed_claim> claims_;
  bool sealed_ = true;
};

}  // namespace claimloop::reconcile
