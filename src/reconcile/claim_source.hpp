#pragma once
// Where reconciliation finds the billed claims: an in-memory index of 837 files
// (`claimloop reconcile --claims`), or the store (`--db`), behind one interface.
#include <cstdint>
#include <functional>
#include <memory>
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
  // Every claim whose id `wanted` accepts; a source that can test the id before reading the
  // claim (the index) skips reading the others. Stops at `wanted`'s first error.
  using id_filter = std::function<core::result<bool>(std::int64_t id)>;
  virtual core::result<void> each(const id_filter& wanted, const std::function<void(const billed_claim&)>& visit);
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
  core::result<void> each(const id_filter& wanted, const std::function<void(const billed_claim&)>& visit) override;

  std::size_t size() const noexcept { return claims_.size(); }

 private:
  struct entry {
    std::int64_t id;
    const char* data;        // the packed claim, in one of blocks_
    std::uint32_t size;
    std::uint32_t key_size;  // CLM01's length, kept so searching never scans for it
    std::string_view packed() const noexcept { return {data, size}; }
    std::string_view key() const noexcept { return {data, key_size}; }
  };
  void keep(std::string_view packed);
  // Index of the first claim with this CLM01, or size() when there is none.
  std::size_t first_with_key(std::string_view pcn) const noexcept;

  // Packed claims are copied into large blocks owned here: a million small strings made on
  // mapping threads would stay scattered through those threads' heaps for the whole run, and
  // every later allocation there would search around them.
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* block_next_ = nullptr;  // free space of the last block
  std::size_t block_left_ = 0;
  std::vector<entry> claims_;  // sorted by CLM01 once sealed
  struct slot {
    std::uint32_t first = 0;  // 1 + index of the first claim with the CLM01; 0 = empty
    std::uint32_t hash = 0;
  };
  std::vector<slot> slots_;  // hash table over the sorted claims, made by seal()
  std::vector<billed_claim> found_;  // what find() last returned
  bool sealed_ = true;
};

}  // namespace claimloop::reconcile
