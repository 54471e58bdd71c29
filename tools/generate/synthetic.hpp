#pragma once
// Made-up but well-formed values: names, addresses, NPIs with a valid check digit, code-shaped
// diagnosis and procedure codes, dates and money. Nothing here comes from a real person.
#include <cstdint>
#include <string>
#include <string_view>

#include "generate/rng.hpp"

namespace claimloop::generate {

// An amount in cents as X12 decimal text ("150", "150.5", "150.25", "-3.1"), held by value so
// it can be passed straight to segment_builder::element.
struct money_text {
  char buf[32];
  std::size_t size;
  operator std::string_view() const noexcept { return {buf, size}; }  // NOLINT: implicit by design
};
money_text money(std::int64_t cents) noexcept;

// The NPI check digit: Luhn over "80840" followed by the nine base digits.
char npi_check_digit(std::string_view nine_digits) noexcept;
bool is_valid_npi(std::string_view npi) noexcept;
std::string make_npi(rng& r);

std::string make_last_name(rng& r);
std::string make_first_name(rng& r);
std::string make_org_name(rng& r, std::string_view kind);  // "CLINIC", "HEALTH PLAN"
struct address {
  std::string line, city, state, zip;  // zip: 9 digits
};
address make_address(rng& r);
std::string make_digits(rng& r, std::size_t n);
std::string make_member_id(rng& r);

std::string make_icd10(rng& r);       // "J209": letter, two digits, 1-2 more (no dot, as in X12)
std::string make_cpt(rng& r);         // five digits, or a HCPCS letter and four digits
std::string make_modifier(rng& r);    // "25", "59", "LT" ...
std::string make_cdt(rng& r);         // "D0120"
std::string make_revenue_code(rng& r);// "0450"
std::string make_tooth(rng& r);       // "1".."32"
std::string make_taxonomy(rng& r, bool dental);

// Days since 2024-01-01 as CCYYMMDD.
std::string date_string(std::int64_t day);

}  // namespace claimloop::generate
