#include "codes/code_table.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

namespace claimloop::codes {

bool code_entry::valid_on(const std::optional<core::date>& on) const noexcept {
  if (!on) return true;
  if (start && *on < *start) return false;
  if (stop && *stop < *on) return false;
  return true;
}

std::string_view to_string(code_status s) noexcept {
  switch (s) {
    case code_status::valid: return "valid";
    case code_status::unknown: return "unknown";
    case code_status::not_yet_valid: return "not yet valid";
    case code_status::retired: return "retired";
    case code_status::not_billable: return "not billable";
  }
  return "?";
}

namespace {

std::size_t hash_of(std::string_view code) noexcept { return std::hash<std::string_view>{}(code); }

}  // namespace

code_table::code_table(std::string name, std::string file, std::vector<code_entry> entries)
    : name_(std::move(name)), file_(std::move(file)), entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(), [](const code_entry& a, const code_entry& b) { return a.code < b.code; });
  index();
}

void code_table::index() {
  std::size_t size = 8;
  while (size < 2 * entries_.size()) size *= 2;
  slots_.assign(size, 0);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t at = hash_of(entries_[i].code) & (size - 1);
    while (slots_[at] != 0) at = (at + 1) & (size - 1);
    slots_[at] = static_cast<std::uint32_t>(i + 1);
  }
}

const code_entry* code_table::find(std::string_view code) const noexcept {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash_of(code) & mask;; at = (at + 1) & mask) {
    const std::uint32_t slot = slots_[at];
    if (slot == 0) return nullptr;
    const code_entry& e = entries_[slot - 1];
    if (e.code == code) return &e;
  }
}

code_status code_table::check(std::string_view code, const std::optional<core::date>& on) const noexcept {
  const code_entry* e = find(code);
  if (e == nullptr) return code_status::unknown;
  if (!e->billable) return code_status::not_billable;
  if (on && e->start && *on < *e->start) return code_status::not_yet_valid;
  if (on && e->stop && *e->stop < *on) return code_status::retired;
  return code_status::valid;
}

std::string iso(const core::date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()); }

}  // namespace claimloop::codes
