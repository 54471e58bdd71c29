// Corpus files the source calls valid produce no level 1-2 findings, except those listed below,
// each with the reason the file itself breaks its TR3. An excepted file may only produce the
// findings listed for it ("ELEMENT:code"), so a new kind of finding still fails the test.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <set>
#include <string>
#include <vector>

#include "tree/set_reader.hpp"
#include "validate/validate.hpp"

namespace claimloop::testing {
namespace {

struct exception {
  std::string file_part;  // matched against the corpus file name
  std::set<std::string> allowed;
  const char* reason;
};

const std::vector<exception>& exceptions() {
  static const std::vector<exception> list = {
      {"imsweb__x12-parser/src__test__resources__837_5010__x12_",
       {"HI01-2:1", "HI02-2:1", "HI03-2:1", "HI04-2:1", "HI02-1:5", "HI02-1:7", "HI04-1:5", "HI04-1:7", "HL01:I12", "HL02:I12", "HL:3", "FRM02:2", "N402:7", "NM108:7",
        "OI04:7", "REF:3"},
       "parser fixtures: HI*BK*8901*BF*87200 (codes as separate elements, not composites), HL01 ids reused"},
      {"x223-test.txt",
       {"CLM05-2:7", "CLM10:I10", "DTP02:7", "DTP:2", "DTP:7", "NM103:I10", "NM108:I10", "NM109:I10", "REF:3"},
       "837I built from an 837P: CLM05-2 B, DTP*304 in 2400, DTP*435 before 434, NM1*77 with an NPI in 2330"},
      {"LinuxForHealth__x12/src__tests__resources__835_005010X221A1__",
       {"BPR16:1", "BPR16:8", "PER:3", "ST03:1", "SVC01-1:5", "SVC01-1:7", "SVC01-2:1", "SVC06-1:4", "SVC06-1:7",
        "SVC06-2:1"},
       "no ST03, no BPR16 (or month 23), no 1000A PER*BL, '>' in SVC01 while ISA16 is ':'"},
      {"LinuxForHealth__x12/src__tests__resources__837_005010X22",
       {"CLM05-1:5", "CLM05-2:1", "CLM05-3:1", "HI:2", "HI:3", "SV101-1:5", "SV101-1:7", "SV101-2:1", "SV107-1:5",
        "SV107-1:6", "SV202-1:5", "SV202-1:7", "SV202-2:1", "NM1:3", "AMT:2"},
       "'>' as component separator while ISA16 is ':'; 2320 without 2330B; 4010 AMT*F2 in 2320"},
      {"cosyte__x12/test__fixtures__status__277ca", {"AMT:2", "DTP:2", "HL:2", "NM1:2", "NM1:3", "QTY:2", "REF:2", "STC:2", "TRN:2", "TRN:3"},
       "2200B TRN01 1 (TR3: 2), 2100C NM1*1P (TR3: 85), patient HL03 22 (TR3: PT)"},
      {"cosyte__x12/test__fixtures__golden__277ca", {"AMT:2", "DTP:2", "HL:2", "NM1:2", "NM1:3", "QTY:2", "REF:2", "STC:2", "TRN:2", "TRN:3"},
       "same as the 277CA canonical fixture"},
      {"837d", {"SV302:1", "SV304-1:7", "SV304-2:7", "SV304-3:7", "SV305:7"},
       "SV304 oral cavity codes OC/MO/DO (TR3: 00-40), SV305 5, no SV302"},
      {"837i", {"CLM05-1:5", "DTP02:7", "DTP:7", "HI:7", "HI01-3:1", "HI01-4:1"},
       "CLM05-1 111 (bill type in one component), DTP*096*DT, HI and DTP out of TR3 order, HI*BBR without its date"},
      {"cosyte__x12/test__fixtures__envelope__medicare-canonical", {"BHT:3", "HL:3", "NM1:3", "ST03:1"}, "envelope test: a set holding only ST and SE"},
      {"cosyte__x12/test__fixtures__", {"N103:1", "N104:1", "ST03:1"}, "835 without ST03; 1000B N1 without N103/N104"},
      {"united_healthcare_legacy_sample", {"N402:7", "ST03:1"}, "835 without ST03; N402 NP is no state code"},
      {"835", {"ST03:1"}, "835s that omit ST03 (required in 005010X221A1)"},
      {"X221-", {"ST03:1"}, "835s that omit ST03 (required in 005010X221A1)"},
  };
  return list;
}

const exception* exception_for(const std::string& file) {
  for (const auto& e : exceptions())
    if (file.find(e.file_part) != std::string::npos) return &e;
  return nullptr;
}

std::string key(const core::finding& f) {
  std::string label = f.segment;
  if (f.element != 0) label += fmt::format("{:02}", f.element);
  if (f.component != 0) label += fmt::format("-{}", f.component);
  return label + ":" + (f.ik304.empty() ? f.ik403 : f.ik304);
}

const std::set<std::string> GUIDED = {"837P", "837I", "837D", "835", "999", "277CA"};

TEST(corpus_validate_test, valid_files_have_no_findings_but_the_listed_ones) {
  std::size_t sets = 0, valid_sets = 0, clean_sets = 0, excused = 0;
  for (const auto& e : corpus_manifest()) {
    if (GUIDED.count(e.transaction) == 0 || e.version.rfind("005010", 0) != 0) continue;
    for (const auto& set : read_sets(read_file(e.full_path()), e.local_file)) {
      auto guide = guide_for(*set);
      if (!guide) continue;
      auto v = validate::validate_set(set->segments, *guide, set->context);
      ++sets;
      if (e.valid_per_source != "valid") continue;
      ++valid_sets;
      clean_sets += v.findings.empty();
      const exception* ex = exception_for(e.local_file);
      for (const auto& f : v.findings) {
        if (ex && ex->allowed.count(key(f))) {
          ++excused;
          continue;
        }
        ADD_FAILURE() << f.to_string() << " [" << key(f) << "]";
      }
    }
  }
  std::printf("[ corpus ] %zu sets validated; %zu valid-per-source sets, %zu with no finding, %zu excused findings\n",
              sets, valid_sets, clean_sets, excused);
  EXPECT_GE(clean_sets, 30u);
}

// Findings carry the whole context: file, control numbers, SNIP level, position, a message.
TEST(corpus_validate_test, findings_are_complete) {
  const auto entries = corpus_manifest();
  for (const auto& e : entries) {
    if (e.local_file.find("golden__835.edi") == std::string::npos) continue;
    for (const auto& set : read_sets(read_file(e.full_path()), e.local_file)) {
      auto v = validate::validate_set(set->segments, *guide_for(*set), set->context);
      ASSERT_FALSE(v.findings.empty());
      for (const auto& f : v.findings) {
        EXPECT_EQ(f.file, e.local_file);
        EXPECT_FALSE(f.isa13.empty());
        EXPECT_FALSE(f.gs06.empty());
        EXPECT_EQ(f.st02, set->context.st02);
        EXPECT_GE(f.snip, 1);
        EXPECT_GT(f.where.set_index, 0u);
        EXPECT_FALSE(f.message.empty());
      }
    }
  }
}

}  // namespace
}  // namespace claimloop::testing
