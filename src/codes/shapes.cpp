#include "codes/shapes.hpp"

namespace claimloop::codes {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) noexcept { return is_digit(c) || is_upper(c); }

bool all_digits(std::string_view s) noexcept {
  for (char c : s) if (!is_digit(c)) return false;
  return true;
}

}  // namespace

bool is_icd10cm_shape(std::string_view code) noexcept {
  if (code.size() < 3 || code.size() > 7) return false;
  if (!is_upper(code[0]) || !is_digit(code[1])) return false;
  for (char c : code.substr(2)) if (!is_alnum(c)) return false;
  return true;
}

bool is_cpt_shape(std::string_view code) noexcept {
  if (code.size() != 5 || !all_digits(code.substr(0, 4))) return false;
  const char last = code[4];
  return is_digit(last) || last == 'F' || last == 'T' || last == 'U';
}

bool is_hcpcs_level2_shape(std::string_view code) noexcept {
  return code.size() == 5 && code[0] >= 'A' && code[0] <= 'V' && code[0] != 'D' && all_digits(code.substr(1));
}

bool is_cdt_shape(std::string_view code) noexcept {
  return code.size() == 5 && code[0] == 'D' && all_digits(code.substr(1));
}

bool is_modifier_shape(std::string_view code) noexcept {
  return code.size() == 2 && is_alnum(code[0]) && is_alnum(code[1]);
}

bool is_valid_npi(std::string_view npi) noexcept {
  if (npi.size() != 10 || !all_digits(npi)) return false;
  // Luhn over the 15 digits "80840" + NPI: double every second digit from the right,
  // starting with the one left of the check digit; the total must end in 0.
  constexpr std::string_view PREFIX = "80840";
  int sum = 0;
  int from_right = 0;
  auto add = [&](char c) {
    int d = c - '0';
    if (from_right % 2 == 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    ++from_right;
  };
  for (auto it = npi.rbegin(); it != npi.rend(); ++it) add(*it);
  for (auto it = PREFIX.rbegin(); it != PREFIX.rend(); ++it) add(*it);
  return sum % 10 == 0;
}

}  // namespace claimloop::codes
