#pragma once
// Where reconciliation finds the billed claims: an in-memory index of 837 files
// (`claimloop reconcile --claims`), or the store (`--db`), behind one interface.
#include <cstdint>
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

// Claims read from 837 files and kept in memory, packed (see packed_claim.hpp), sorted by CLM01.
class claim_index : public claim_source {
 public:
  // Reads every claim of `path`, its sets summarized on `workers` threads (0: the caller's);
  // fails on an unreadable file. Call seal() after the last file.
  core::result<std::size_t> add_file(const std::string& path, const schema::guide_registry& guides,
                                     unsigned workers = 0);
  // Adds one claim (tests, callers with their own reader); its id is assigned here.
  void add(billed_claim claim);
  // Sorts for lookup; add after seal() needs another seal().
  void seal();

  core::result<std::span<const billed_claim>> find(std::string_view patient_control_number) override;
  core::result<void> each(const std::function<void(const billed_claim&)>& visit) override;

  std::size_t size() const noexcept { return claims_.size(); }

 private:
  struct entry {
    std::int64_t id;
    std::string packed;
    std::string_view key() const noexcept { return std::string_view(packed).substr(0, key_size); }
    std::uint32_t key_size;  // CLM01's length, kept so searching never scans for it
  };
  void keep(std::string packed);

  std::vector<entry> claims_;
  std::vector<billed_claim> found_;  // what find() last returned
  bool sealed_ = true;
};

}  // namespace claimloop::reconcile
