// Every money amount and service date in the 5010 837/835 corpus must parse, and the amounts
// must print back as written (after normalising leading zeros and a bare leading point).
// Segments are found by plain string scanning so this test does not depend on the reader.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "support/test_support.hpp"
#include "syntax/values.hpp"

using namespace claimloop;

namespace {

std::vector<std::string_view> split(std::string_view text, std::string_view sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (auto at = text.find(sep); at != std::string_view::npos; at = text.find(sep, start)) {
    out.push_back(text.substr(start, at - start));
    start = at + sep.size();
  }
  out.push_back(text.substr(start));
  return out;
}

// The segments of an interchange: element separator at byte 3 of ISA, terminator after ISA16.
struct interchange {
  char element = 0;
  std::vector<std::vector<std::string_view>> segments;
};

interchange split_interchange(std::string_view bytes) {
  interchange x;
  const auto isa = bytes.find("ISA");
  if (isa == std::string_view::npos || bytes.size() < isa + 4) return x;
  bytes.remove_prefix(isa);
  x.element = bytes[3];
  std::size_t at = 3;
  for (int i = 0; i < 15 && at != std::string_view::npos; ++i) at = bytes.find(x.element, at + 1);
  if (at == std::string_view::npos || at + 2 >= bytes.size()) return x;
  const std::string_view terminator = bytes.substr(at + 2, 1);  // ISA16 is the byte at at + 1
  for (auto segment : split(bytes, terminator)) {
    while (!segment.empty() && (segment.front() == '\r' || segment.front() == '\n' || segment.front() == ' '))
      segment.remove_prefix(1);
    if (!segment.empty()) x.segments.push_back(split(segment, std::string_view(&x.element, 1)));
  }
  return x;
}

// "007.10" -> "7.10", ".5" -> "0.5", "-0.00" -> "0.00": the text a decimal prints for itself.
std::string normalise(std::string_view text) {
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  const auto point = text.find('.');
  std::string_view integer = text.substr(0, point);
  while (integer.size() > 1 && integer.front() == '0') integer.remove_prefix(1);
  std::string out = integer.empty() ? "0" : std::string(integer);
  if (point != std::string_view::npos) out += text.substr(point);
  const bool zero = out.find_first_not_of("0.") == std::string::npos;
  return negative && !zero ? "-" + out : out;
}

struct tally {
  int amounts = 0, dates = 0, ranges = 0, files = 0;
};

void check_amount(std::string_view value, const std::string& where, tally& t) {
  if (value.empty()) return;  // an optional element left out
  auto d = syntax::parse_real(value);
  ASSERT_TRUE(d) << where << ": " << d.error().message;
  EXPECT_EQ(d->to_string(), normalise(value)) << where;
  auto cents = d->to_money();
  ASSERT_TRUE(cents) << where;
  if (d->scale() <= 2) {
    EXPECT_EQ(cents->to_decimal(), *d) << where << " lost precision as cents";
  }
  ++t.amounts;
}

void check_segment(const std::vector<std::string_view>& el, const std::string& where, tally& t) {
  auto element = [&el](std::size_t i) { return i < el.size() ? el[i] : std::string_view(); };
  const std::string_view tag = el[0];
  if (tag == "CLM") check_amount(element(2), where + " CLM02", t);
  if (tag == "SV1") check_amount(element(2), where + " SV102", t);
  if (tag == "CLP") {
    check_amount(element(3), where + " CLP03", t);
    check_amount(element(4), where + " CLP04", t);
  }
  if (tag == "DTP" && !element(3).empty()) {
    if (element(2) == "D8") {
      auto d = syntax::parse_date_ccyymmdd(element(3));
      ASSERT_TRUE(d) << where << " DTP03: " << d.error().message;
      EXPECT_EQ(d->to_string(), element(3)) << where;
      ++t.dates;
    } else if (element(2) == "RD8") {
      auto r = syntax::parse_date_range(element(3));
      ASSERT_TRUE(r) << where << " DTP03: " << r.error().message;
      EXPECT_EQ(r->from.to_string() + "-" + r->to.to_string(), element(3)) << where;
      ++t.ranges;
    }
  }
}

}  // namespace

TEST(values_corpus_test, parses_every_5010_claim_amount_and_service_date) {
  tally t;
  for (const auto& entry : claimloop::testing::corpus_manifest()) {
    const bool claims = entry.transaction.find("837") != std::string::npos ||
                        entry.transaction.find("835") != std::string::npos;
    if (!claims || entry.is_4010() || entry.version.find("5010") == std::string::npos) continue;
    const std::string bytes = claimloop::testing::read_file(entry.full_path());
    const auto x = split_interchange(bytes);
    if (x.segments.empty()) continue;
    ++t.files;
    for (std::size_t i = 0; i < x.segments.size(); ++i)
      check_segment(x.segments[i], entry.local_file + " segment " + std::to_string(i + 1), t);
  }
  // The corpus held 115 such files with about 4200 amounts, 190 D8 dates and 1500 RD8 periods
  // when this test was written; far fewer means the scan above broke, not that all is well.
  EXPECT_GE(t.files, 100);
  EXPECT_GE(t.amounts, 4000);
  EXPECT_GE(t.dates, 150);
  EXPECT_GE(t.ranges, 1400);
  RecordProperty("files", t.files);
  RecordProperty("amounts", t.amounts);
  RecordProperty("d8_dates", t.dates);
  RecordProperty("rd8_ranges", t.ranges);
  std::printf("corpus: %d files, %d amounts, %d D8 dates, %d RD8 periods\n", t.files, t.amounts, t.dates, t.ranges);
}
