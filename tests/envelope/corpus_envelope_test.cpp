// Every corpus file with an ISA is read end to end; the envelope findings must agree with the
// MANIFEST "envelope issues:" notes (computed by the corpus builder from the bytes).
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>

#include "envelope/interchange_reader.hpp"
#include "support/test_support.hpp"

using namespace claimloop;
namespace ct = claimloop::testing;
using envelope::code;

namespace {

// One expected issue: a code and, for counts, the values the note names.
struct issue {
  code c;
  std::string expected, found;  // "" = any
  friend auto operator<=>(const issue&, const issue&) = default;
};

std::vector<std::string> note_items(const std::string& notes) {
  std::vector<std::string> out;
  auto at = notes.find("envelope issues:");
  if (at == std::string::npos) return out;
  auto text = notes.substr(at + 16);
  text = text.substr(0, text.find_first_of("|\""));
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = std::min(text.find(';', start), text.size());
    auto item = text.substr(start, end - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

// Maps one note to the issue the reader must report; fails the test on a note it cannot read.
issue parse_item(const std::string& item) {
  static const std::regex count(R"((SE01|GE01|IEA01)=(\d+) but (\d+) (segs|ST|GS))");
  static const std::regex versus(R"((\d+) (ISA|GS) vs (\d+) (IEA|GE))");
  std::smatch m;
  if (std::regex_match(item, m, count)) {
    code c = m[1] == "SE01" ? code::se_count_mismatch : m[1] == "GE01" ? code::ge_set_count_mismatch : code::iea_group_count_mismatch;
    return {c, m[3], m[2]};
  }
  if (std::regex_match(item, m, versus)) {
    bool more_headers = std::stoi(m[1]) > std::stoi(m[3]);
    if (!more_headers) return {code::stray_segment, "", ""};
    return {m[2] == "ISA" ? code::missing_iea : code::missing_ge, "", ""};
  }
  if (item == "SE02!=ST02") return {code::st_se_control_mismatch, "", ""};
  if (item == "GE02!=GS06") return {code::gs_ge_control_mismatch, "", ""};
  if (item == "IEA02!=ISA13") return {code::isa_iea_control_mismatch, "", ""};
  if (item == "ST without SE") return {code::missing_se, "", ""};
  ADD_FAILURE() << "unknown envelope note: " << item;
  return {code::stray_segment, "?", "?"};
}

// The codes the manifest notes compute; other checks (ISA field values, GS08/ST03) are not in them.
bool noted_kind(code c) {
  switch (c) {
    case code::se_count_mismatch: case code::ge_set_count_mismatch: case code::iea_group_count_mismatch:
    case code::st_se_control_mismatch: case code::gs_ge_control_mismatch: case code::isa_iea_control_mismatch:
    case code::missing_se: case code::missing_ge: case code::missing_iea: case code::stray_segment:
      return true;
    default:
      return false;
  }
}

// Problems the manifest notes do not mention but the bytes show (each checked by hand). The test
// requires each one to be found, so the list cannot go stale.
struct known_gap {
  std::string_view file;
  code c;
  std::string_view why;
};
constexpr known_gap KNOWN_GAPS[] = {
    {"tastypackets__x12-parser/test__test-files__835__profee-multiple.edi", code::duplicate_isa13,
     "312 interchanges all numbered ISA13 006000600; the notes do not look for duplicates"},
    {"xlate__staedi/src__test__resources__x12__simple_with_binary_segment.edi", code::st01_gs01_mismatch,
     "ST*000 inside a GS*FA group; the notes do not compare ST01 with GS01"},
    {"albmarin__badX12/tests__files__errors__error_validation.edi", code::iea_group_count_mismatch,
     "IEA*2 for one group; the notes stop at GE"},
    {"albmarin__badX12/tests__files__errors__error_validation.edi", code::isa_iea_control_mismatch,
     "IEA02 000010215 vs ISA13 000010216; the notes stop at GE"},
    {"albmarin__badX12/tests__files__errors__unknown_segment_error.edi", code::stray_segment,
     "HL, NM1, HL between GS and ST; the notes count only ST..SE"},
};

bool is_known_gap(const std::string& file, code c) {
  for (const auto& g : KNOWN_GAPS)
    if (g.file == file && g.c == c) return true;
  return false;
}

struct outcome {
  std::vector<envelope::finding> findings;
  std::string error;
  std::size_t sets = 0;
};

outcome read_all(const ct::corpus_entry& e) {
  outcome out;
  const std::string bytes = ct::read_file(e.full_path());  // memory_source only views it
  envelope::interchange_reader reader(syntax::memory_source(bytes), e.local_file);
  for (;;) {
    auto u = reader.next();
    if (!u) {
      out.error = u.error().to_string();
      return out;
    }
    if (!*u) return out;
    if ((*u)->kind == envelope::unit_kind::transaction_set) ++out.sets;
    for (auto& f : (*u)->findings) out.findings.push_back(f);
  }
}

std::string dump(const std::vector<envelope::finding>& fs) {
  std::string s;
  for (auto& f : fs) s += "  " + f.to_string() + "\n";
  return s;
}

}  // namespace

TEST(corpus_envelope_test, findings_agree_with_manifest_notes) {
  auto entries = ct::corpus_with_isa();
  ASSERT_GT(entries.size(), 150u);
  std::size_t read = 0, with_issues = 0;
  std::set<std::pair<std::string, code>> gaps_seen;
  for (const auto& e : entries) {
    SCOPED_TRACE(e.local_file);
    auto r = read_all(e);
    std::set<issue> noted;
    for (auto& item : note_items(e.notes)) noted.insert(parse_item(item));
    if (!r.error.empty()) {
      // Only a file the notes say has no ISA header may fail to read.
      EXPECT_TRUE(noted.count({code::stray_segment, "", ""})) << r.error;
      continue;
    }
    ++read;
    std::set<issue> got, got_any;
    for (auto& f : r.findings) {
      if (is_known_gap(e.local_file, f.code)) {
        gaps_seen.insert({e.local_file, f.code});
        continue;
      }
      if (!noted_kind(f.code)) continue;
      got.insert(issue{f.code, f.expected, f.found});
      got_any.insert(issue{f.code, "", ""});
    }
    for (auto& n : noted) {
      bool exact = n.expected.empty() ? got_any.count(n) > 0 : got.count(n) > 0;
      EXPECT_TRUE(exact) << "noted but not found: " << envelope::name(n.c) << " expected " << n.expected << " found "
                         << n.found << "\nfindings:\n" << dump(r.findings);
    }
    for (auto& g : got) {
      bool noted_too = noted.count(g) > 0 || noted.count({g.c, "", ""}) > 0;
      EXPECT_TRUE(noted_too) << "found but not noted: " << envelope::name(g.c) << " expected " << g.expected
                             << " found " << g.found << "\nfindings:\n" << dump(r.findings);
    }
    if (noted.empty()) {
      for (auto& f : r.findings)
        EXPECT_TRUE(!f.is_error() || is_known_gap(e.local_file, f.code))
            << "envelope error in a file noted clean: " << f.to_string();
    } else {
      ++with_issues;
    }
  }
  for (const auto& g : KNOWN_GAPS)
    EXPECT_TRUE(gaps_seen.count({std::string(g.file), g.c})) << "known gap not found: " << g.file << " " << envelope::name(g.c);
  EXPECT_GT(read, 150u);
  EXPECT_GT(with_issues, 40u);
}
