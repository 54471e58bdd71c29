#pragma once
// One code set (CARC, place of service, ICD-10-CM ...) as an immutable, sorted table of codes
// with the dates each code may be used. Shared across threads as shared_ptr<const code_table>.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace claimloop::codes {

// One code. A missing start or stop date means "not recorded": the code is then valid from
// (or until) any date. Both ends are inclusive: a stop date is the last day of use.
struct code_entry {
  std::string code;
  std::optional<core::date> start;
  std::optional<core::date> stop;
  std::string description;
  bool billable = true;  // false for an ICD-10-CM category header (order file flag 0)

  // True when the code may be used on `on` (no date = always).
  bool valid_on(const std::optional<core::date>& on) const noexcept;
};

// What a table says about a value on a date.
enum class code_status : std::uint8_t {
  valid,
  unknown,        // not in the table
  not_yet_valid,  // used before its start date
  retired,        // used after its stop date
  not_billable,   // a header (category) code where a billable code is needed
};

// "retired", "not yet valid", ... for messages.
std::string_view to_string(code_status s) noexcept;

class code_table {
 public:
  code_table() = default;
  // Sorts `entries` by code; the caller has refused duplicates.
  code_table(std::string name, std::string file, std::vector<code_entry> entries);

  const std::string& name() const noexcept { return name_; }
  const std::string& file() const noexcept { return file_; }
  std::size_t size() const noexcept { return entries_.size(); }
  bool empty() const noexcept { return entries_.empty(); }
  const std::vector<code_entry>& entries() const noexcept { return entries_; }

  // The entry for `code`, or nullptr (a hash lookup).
  const code_entry* find(std::string_view code) const noexcept;
  // Whether `code` may be used on `on` (no date: only presence and billability count).
  code_status check(std::string_view code, const std::optional<core::date>& on) const noexcept;

 private:
  // Fills slots_ from entries_.
  void index();

  std::string name_;
  std::string file_;
  std::vector<code_entry> entries_;  // sorted by code
  // Open addressing over entries_ (1 + entry index, 0 = empty; a power of two, at most half
  // full): SNIP 5 looks up several codes a claim, twice each, and a binary search over strings
  // cost a string compare per step.
  std::vector<std::uint32_t> slots_;
};

// "2003-10-16": dates in messages.
std::string iso(const core::date& d);

}  // namespace claimloop::codes
