#pragma once
// Exact running sums that remember their terms, so a balancing message can show every amount.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/finding.hpp"
#include "tree/set_context.hpp"
#include "x837/parts.hpp"

namespace claimloop::balance::detail {

// Text of an amount with at least two fraction digits ("120.00", "0.125", "-5.00").
std::string show(const core::decimal& d);

// A sum of decimal terms. A missing term (an empty required amount, which level 1 reports)
// or an int64 overflow makes the sum unusable, and the check that needs it is skipped.
// The first terms are kept as numbers and label views and only written out by terms(): almost
// every sum balances, and formatting each amount as it was added was most of the cost of
// SNIP 3. Labels must therefore outlive the sum (literals, or strings of the model).
class amount_sum {
 public:
  // Adds `value`; `label` ("SV102", "PR-2") is written before the amount when not empty.
  void add(const model::number& value, std::string_view label = {});
  void add(const core::decimal& value, std::string_view label = {});
  // Every CAS amount of `cas`, labelled "GROUP-REASON".
  void add_adjustment(const model::adjustment& cas);

  bool usable() const noexcept { return !broken_; }
  const core::decimal& total() const noexcept { return total_; }
  std::size_t count() const noexcept { return count_; }
  // "SV102 100.00 + 50.00", or "none" for an empty sum; long lists are cut after a few terms.
  std::string terms() const;

  // More terms than this are summarised: a message is for a person, not a listing.
  static constexpr std::size_t MAX_SHOWN_TERMS = 12;

 private:
  // One shown term: its value (mantissa and scale) and label, written "first-second" when
  // `joined` (CAS group and reason) or "first" alone. No member initializers: the array is
  // left unwritten until terms are added.
  struct term {
    std::int64_t mantissa;
    int scale;
    bool joined;
    std::string_view first, second;
  };
  void add(const core::decimal& value, term label);

  core::decimal total_{};
  std::array<term, MAX_SHOWN_TERMS> shown_;
  std::size_t count_ = 0;
  bool broken_ = false;
};

// a - b exactly, or nullopt on overflow.
std::optional<core::decimal> difference(const core::decimal& a, const core::decimal& b);

// A SNIP 3 finding with the set's control numbers and no acknowledgment codes.
core::finding make_finding(const tree::set_context& context, std::string loop, std::string segment,
                           std::uint8_t element, core::severity level, std::string value, std::string message);

}  // namespace claimloop::balance::detail
