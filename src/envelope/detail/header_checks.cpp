#include "envelope/detail/header_checks.hpp"

#include <array>
#include <cctype>

#include <fmt/format.h>

#include "core/date.hpp"

namespace claimloop::envelope::detail {

namespace {

int two(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

bool valid_ymd(int year, int month, int day) { return static_cast<bool>(core::date::make(year, month, day)); }

// HHMM, then optional SS and one or two decimal digits (X12 TM).
bool valid_time(std::string_view t) {
  if (!all_digits(t) || t.size() < 4 || t.size() > 8 || t.size() == 5) return false;
  if (two(t, 0) > 23 || two(t, 2) > 59) return false;
  return t.size() < 6 || two(t, 4) <= 59;
}

// I05 interchange ID qualifiers (X12 005010 code list).
bool is_id_qualifier(std::string_view q) {
  static constexpr std::array<std::string_view, 5> LETTERS = {"AM", "NR", "SA", "SN", "ZZ"};
  if (q.size() == 2 && all_digits(q)) return two(q, 0) >= 1 && two(q, 0) <= 38;
  for (auto l : LETTERS)
    if (q == l) return true;
  return false;
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

void check_qualifier(const syntax::segment_view& s, std::uint8_t n, code c, std::initializer_list<std::string_view> allowed,
                     std::vector<finding>& out) {
  auto v = s.element(n);
  for (auto a : allowed)
    if (v == a) return;
  std::string expected;
  for (auto a : allowed) expected += expected.empty() ? std::string(a) : "|" + std::string(a);
  out.push_back(at(c, s, n, expected, v));
}

}  // namespace

bool all_digits(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string_view sets_for_group(std::string_view gs01) noexcept {
  struct pair { std::string_view group, sets; };
  static constexpr std::array<pair, 11> MAP = {{{"HC", "837"}, {"HP", "835"}, {"FA", "999 997"}, {"HN", "277"},
                                                {"HS", "270"}, {"HB", "271"}, {"HR", "276"}, {"HI", "278"},
                                                {"BE", "834"}, {"RA", "820"}, {"TA", "TA1"}}};
  for (const auto& p : MAP)
    if (p.group == gs01) return p.sets;
  return {};
}

finding at(code c, const syntax::segment_view& s, std::uint8_t element, std::string_view expected, std::string_view found) {
  finding f = make_finding(c);
  f.where = s.pos();
  f.segment = std::string(s.tag());
  f.element = element;
  f.expected = std::string(expected);
  f.found = std::string(found);
  return f;
}

void check_isa(const syntax::segment_view& isa, std::vector<finding>& out) {
  check_qualifier(isa, 1, code::invalid_authorization_qualifier, {"00", "01", "02", "03", "04", "05", "06"}, out);
  check_qualifier(isa, 3, code::invalid_security_qualifier, {"00", "01"}, out);
  for (std::uint8_t n : {std::uint8_t{5}, std::uint8_t{7}}) {
    if (!is_id_qualifier(isa.element(n)))
      out.push_back(at(n == 5 ? code::invalid_sender_qualifier : code::invalid_receiver_qualifier, isa, n,
                       "an I05 qualifier (01..38, AM, NR, SA, SN, ZZ)", isa.element(n)));
    if (trim(isa.element(n + 1)).empty())
      out.push_back(at(n == 5 ? code::invalid_sender_id : code::invalid_receiver_id, isa, static_cast<std::uint8_t>(n + 1),
                       "a non-blank ID", isa.element(n + 1)));
  }
  auto date = isa.element(9);
  if (date.size() != 6 || !all_digits(date) || !valid_ymd(2000 + two(date, 0), two(date, 2), two(date, 4)))
    out.push_back(at(code::invalid_isa_date, isa, 9, "YYMMDD", date));
  auto time = isa.element(10);
  if (time.size() != 4 || !valid_time(time)) out.push_back(at(code::invalid_isa_time, isa, 10, "HHMM", time));
  auto version = isa.element(12);
  if (version.size() != 5 || !all_digits(version) || version.substr(0, 2) != "00")
    out.push_back(at(code::invalid_isa_version, isa, 12, "00xxx (00401, 00501)", version));
  auto control = isa.element(13);
  if (control.size() != 9 || !all_digits(control)) out.push_back(at(code::invalid_isa13, isa, 13, "nine digits", control));
  check_qualifier(isa, 14, code::invalid_ack_requested, {"0", "1"}, out);
  check_qualifier(isa, 15, code::invalid_usage_indicator, {"P", "T", "I"}, out);
  const auto& d = isa.delims();
  if (is_alnum(d.element))
    out.push_back(at(code::invalid_element_separator, isa, 0, "a character that is not a letter or digit", std::string(1, d.element)));
  auto component = isa.element(16);
  if (component.size() != 1 || is_alnum(component[0]) || component[0] == d.element ||
      d.segment.find(component[0]) != std::string::npos)
    out.push_back(at(code::invalid_component_separator, isa, 16,
                     "one character, not a letter or digit, distinct from the other delimiters", component));
}

void check_gs(const syntax::segment_view& gs, std::vector<finding>& out) {
  auto date = gs.element(4);
  // Versions before 004010 wrote GS04 as YYMMDD.
  auto version = gs.element(8);
  bool old = version.size() >= 6 && all_digits(version.substr(0, 6)) && version.substr(0, 6) < "004010";
  bool ok = false;
  if (date.size() == 8 && all_digits(date)) ok = valid_ymd(two(date, 0) * 100 + two(date, 2), two(date, 4), two(date, 6));
  else if (old && date.size() == 6 && all_digits(date)) ok = valid_ymd(2000 + two(date, 0), two(date, 2), two(date, 4));
  if (!ok) out.push_back(at(code::invalid_gs_date, gs, 4, old ? "CCYYMMDD or YYMMDD" : "CCYYMMDD", date));
  if (!valid_time(gs.element(5))) out.push_back(at(code::invalid_gs_time, gs, 5, "HHMM[SS[D[D]]]", gs.element(5)));
  auto control = gs.element(6);
  if (control.size() > 9 || !all_digits(control)) out.push_back(at(code::invalid_gs06, gs, 6, "1 to 9 digits", control));
}

void check_st(const syntax::segment_view& st, std::string_view gs01, std::string_view gs08, std::vector<finding>& out) {
  auto control = st.element(2);
  if (control.size() < 4 || control.size() > 9) out.push_back(at(code::invalid_st02, st, 2, "4 to 9 characters", control));
  auto sets = sets_for_group(gs01);
  auto id = st.element(1);
  bool listed = false;
  for (std::size_t i = 0; !id.empty() && i + id.size() <= sets.size(); ++i)
    if (sets.substr(i, id.size()) == id && (i + id.size() == sets.size() || sets[i + id.size()] == ' ') &&
        (i == 0 || sets[i - 1] == ' '))
      listed = true;
  if (!sets.empty() && !listed)
    out.push_back(at(code::st01_gs01_mismatch, st, 1, fmt::format("{} (GS01 {})", sets, gs01), id));
  auto st03 = st.element(3);
  // GS08 may name just the version ("005010") that ST03's implementation convention refines.
  bool consistent = st03.empty() || st03 == gs08 || (!gs08.empty() && st03.substr(0, gs08.size()) == gs08);
  if (!consistent) out.push_back(at(code::gs08_st03_mismatch, st, 3, gs08, st03));
}

}  // namespace claimloop::envelope::detail
