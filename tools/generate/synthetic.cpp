#include "generate/synthetic.hpp"

#include <array>
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

namespace claimloop::generate {

namespace {

// Syllables put together make names that sound plausible but belong to no one.
constexpr std::array<std::string_view, 24> SYLLABLES = {"KAR", "VEN", "DO", "LIS", "MOR", "TAN", "BEL", "RI",
                                                        "SO",  "NA",  "QUI", "MAR", "TEL", "VO", "ZAN", "PER",
                                                        "LO",  "GRA", "DEN", "SHA", "WIL", "BRO", "KIN", "FA"};
constexpr std::array<std::string_view, 12> STREETS = {"MAIN ST", "OAK AVE", "ELM ST", "PARK BLVD", "LAKE DR",
                                                      "HILL RD", "RIVER WAY", "MAPLE LN", "CEDAR CT", "PINE ST",
                                                      "SUMMIT AVE", "BAY RD"};
constexpr std::array<std::string_view, 12> STATES = {"CA", "TX", "NY", "FL", "IL", "PA",
                                                     "OH", "GA", "NC", "MI", "WA", "AZ"};
constexpr std::array<std::string_view, 14> MODIFIERS = {"25", "59", "LT", "RT", "76", "GT", "26",
                                                        "TC", "51", "95", "XS", "QW", "GA", "KX"};
constexpr std::array<std::string_view, 10> REVENUE_CODES = {"0250", "0300", "0301", "0320", "0350",
                                                            "0450", "0510", "0636", "0730", "0920"};
constexpr std::array<std::string_view, 6> TAXONOMIES = {"207Q00000X", "208D00000X", "207R00000X",
                                                        "363LF0000X", "261QP2300X", "207P00000X"};
constexpr std::array<std::string_view, 3> DENTAL_TAXONOMIES = {"1223G0001X", "1223D0001X", "1223P0221X"};
constexpr std::array<std::string_view, 4> HCPCS_LETTERS = {"G", "J", "A", "E"};

std::string syllables(rng& r, int lo, int hi) {
  std::string out;
  const auto n = r.between(lo, hi);
  for (std::int64_t i = 0; i < n; ++i) out += r.pick(SYLLABLES);
  return out;
}

}  // namespace

money_text money(std::int64_t cents) noexcept {
  money_text m{};
  char* p = m.buf;
  if (cents < 0) {
    *p++ = '-';
    cents = -cents;
  }
  p = std::to_chars(p, m.buf + sizeof m.buf, cents / 100).ptr;
  const auto frac = cents % 100;
  if (frac != 0) {
    *p++ = '.';
    *p++ = static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) *p++ = static_cast<char>('0' + frac % 10);
  }
  m.size = static_cast<std::size_t>(p - m.buf);
  return m;
}

char npi_check_digit(std::string_view nine_digits) noexcept {
  // Luhn from the right: the digit next to the (future) check digit is doubled.
  const std::string full = std::string("80840") + std::string(nine_digits);
  int sum = 0;
  bool dbl = true;
  for (auto it = full.rbegin(); it != full.rend(); ++it) {
    int d = *it - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool is_valid_npi(std::string_view npi) noexcept {
  if (npi.size() != 10) return false;
  for (char c : npi) if (c < '0' || c > '9') return false;
  return npi_check_digit(npi.substr(0, 9)) == npi[9];
}

std::string make_npi(rng& r) {
  std::string base = std::to_string(r.between(1, 2)) + make_digits(r, 8);
  return base + npi_check_digit(base);
}

std::string make_digits(rng& r, std::size_t n) {
  std::string out(n, '0');
  for (auto& c : out) c = static_cast<char>('0' + r.below(10));
  return out;
}

std::string make_last_name(rng& r) { return syllables(r, 2, 3); }
std::string make_first_name(rng& r) { return syllables(r, 1, 2) + std::string(r.pick(std::array<std::string_view, 4>{"A", "O", "EL", "IN"})); }
std::string make_org_name(rng& r, std::string_view kind) { return syllables(r, 2, 3) + " " + std::string(kind); }

address make_address(rng& r) {
  address a;
  a.line = fmt::format("{} {} {}", r.between(1, 9999), syllables(r, 1, 2), r.pick(STREETS));
  a.city = syllables(r, 2, 3);
  a.state = std::string(r.pick(STATES));
  a.zip = make_digits(r, 9);
  a.zip[0] = static_cast<char>('1' + r.below(9));  // no zip starts 0000
  return a;
}

std::string make_member_id(rng& r) {
  std::string id(3, 'A');
  for (auto& c : id) c = static_cast<char>('A' + r.below(26));
  return id + make_digits(r, 9);
}

std::string make_icd10(rng& r) {
  char letter = static_cast<char>('A' + r.below(26));
  if (letter == 'U') letter = 'R';  // U codes are reserved
  return letter + make_digits(r, static_cast<std::size_t>(r.between(3, 4)));
}

std::string make_cpt(rng& r) {
  if (r.percent(80)) return std::to_string(r.between(10004, 99499));
  return std::string(r.pick(HCPCS_LETTERS)) + make_digits(r, 4);
}

std::string make_modifier(rng& r) { return std::string(r.pick(MODIFIERS)); }
std::string make_cdt(rng& r) { return "D" + std::to_string(r.between(1000, 9999)); }
std::string make_revenue_code(rng& r) { return std::string(r.pick(REVENUE_CODES)); }
std::string make_tooth(rng& r) { return std::to_string(r.between(1, 32)); }
std::string make_taxonomy(rng& r, bool dental) {
  return std::string(dental ? r.pick(DENTAL_TAXONOMIES) : r.pick(TAXONOMIES));
}

std::string date_string(std::int64_t day) {
  // Civil date from a day count (Howard Hinnant's algorithm), day 0 = 2024-01-01.
  std::int64_t z = day + 19723 + 719468;  // 19723 = days from 1970-01-01 to 2024-01-01
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return fmt::format("{:04}{:02}{:02}", y, m, d);
}

}  // namespace claimloop::generate
