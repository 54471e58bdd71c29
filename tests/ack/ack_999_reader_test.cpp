#include "ack/ack_999_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "ack/ack_999_codes.hpp"
#include "support/test_support.hpp"

namespace claimloop::ack {
namespace {

ack_999_document read_corpus(const char* local_file) {
  auto bytes = testing::read_file(testing::corpus_dir() / local_file);
  auto doc = read_999(bytes, local_file);
  EXPECT_TRUE(doc) << local_file << ": " << (doc ? "" : doc.error().to_string());
  return doc ? std::move(*doc) : ack_999_document{};
}

TEST(ack_999_reader_test, summarises_staedi_simple999) {
  auto doc = read_corpus("xlate__staedi/src__test__resources__x12__simple999.edi");
  EXPECT_TRUE(doc.problems.empty());
  auto groups = summarize(doc);
  ASSERT_EQ(groups.size(), 1u);
  const auto& g = groups[0];
  EXPECT_EQ(g.control_number, "17456");
  EXPECT_EQ(g.functional_id, "HC");
  EXPECT_EQ(g.status, "P");
  EXPECT_TRUE(g.accepted);
  EXPECT_EQ(g.included, 3u);
  EXPECT_EQ(g.received, 3u);
  EXPECT_EQ(g.accepted_sets, 1u);
  ASSERT_EQ(g.sets.size(), 3u);

  EXPECT_EQ(g.sets[0].set_control_number, "0001");
  EXPECT_TRUE(g.sets[0].accepted);
  EXPECT_TRUE(g.sets[0].reasons.empty());

  EXPECT_EQ(g.sets[1].set_control_number, "0002");
  EXPECT_FALSE(g.sets[1].accepted);
  EXPECT_EQ(g.sets[1].reasons, (std::vector<std::string>{
                                   "5: one or more segments in error",
                                   "CLM at position 22: segment has data element errors (8) (business unit CLM01 123456789)",
                                   "  CLM02 (data element 782): required data element missing (1)",
                               }));

  EXPECT_EQ(g.sets[2].reasons, (std::vector<std::string>{
                                   "5: one or more segments in error",
                                   "REF at position 57: required segment missing (3); triggered by CLM05-3 at position 43 "
                                   "(business unit CLM01 987654321)",
                               }));
  EXPECT_EQ(to_text(g).substr(0, 80),
            "group 17456 (HC 005010X222): partially accepted; 3 included, 3 received, 1 accep");
}

TEST(ack_999_reader_test, staedi_invalid999_is_read_with_its_problems_listed) {
  auto doc = read_corpus("xlate__staedi/src__test__resources__x12__invalid999.edi");
  ASSERT_EQ(doc.acks.size(), 1u);
  const auto& g = doc.acks[0].response;
  EXPECT_EQ(g.functional_id, "HC");  // "HC   " as sent
  ASSERT_EQ(g.sets.size(), 3u);
  EXPECT_EQ(g.sets[0].status, "Q");
  EXPECT_EQ(describe_ack_status("Q"), "unknown code Q");
  ASSERT_EQ(doc.problems.size(), 3u);
  EXPECT_EQ(doc.problems[0], "segment 4 (IK5): IK5 outside an AK2 loop");
  EXPECT_EQ(doc.problems[1], "segment 6 (AK2): AK2 has more than 3 elements");
  EXPECT_EQ(doc.problems[2], "segment 8 (IK5): second IK5 in one AK2 loop");
}

TEST(ack_999_reader_test, pyx12_two_groups_of_two_999s) {
  auto doc = read_corpus("azoner__pyx12/pyx12__tests__834_lui_id_5010.999.txt");
  EXPECT_TRUE(doc.problems.empty());
  auto groups = summarize(doc);
  ASSERT_EQ(groups.size(), 4u);
  for (const auto& g : groups) {
    EXPECT_EQ(g.control_number, "13360001");
    EXPECT_EQ(g.status, "A");
    ASSERT_EQ(g.sets.size(), 1u);
    EXPECT_EQ(g.sets[0].set_id, "834");
    EXPECT_EQ(g.sets[0].set_control_number, "0001");
    EXPECT_TRUE(g.sets[0].accepted);
  }
  EXPECT_EQ(doc.acks[3].control_number, "0004");
}

TEST(ack_999_reader_test, pyx12_expected_999_for_a_line_break_in_an_element) {
  auto doc = read_corpus("azoner__pyx12/pyx12__test__x12testdata.py--834_eol_in_element.expected_999.x12");
  auto groups = summarize(doc);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "R");
  EXPECT_FALSE(groups[0].accepted);
  ASSERT_EQ(groups[0].sets.size(), 1u);
  EXPECT_EQ(groups[0].sets[0].reasons, (std::vector<std::string>{
                                           "5: one or more segments in error",
                                           "N3 at position 12: segment has data element errors (8)",
                                           "  N301 (data element 166): invalid character in data element (6), value '<LF>'",
                                       }));
}

TEST(ack_999_reader_test, pyx12_997_shaped_expected_ack_is_flagged) {
  auto doc = read_corpus("azoner__pyx12/pyx12__test__x12testdata.py--834_lui_id_5010.expected_999.x12");
  ASSERT_EQ(doc.problems.size(), 1u);
  EXPECT_EQ(doc.problems[0], "segment 3 (ST): ST01 is '997', not 999");
  auto groups = summarize(doc);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "A");
}

TEST(ack_999_reader_test, cosyte_accept_with_errors_and_control_number_reject) {
  auto doc = read_corpus("cosyte__x12/test__fixtures__ack__999-accept-with-errors.edi");
  auto groups = summarize(doc);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "E");
  ASSERT_EQ(groups[0].sets.size(), 1u);
  EXPECT_TRUE(groups[0].sets[0].accepted);
  EXPECT_EQ(groups[0].sets[0].reasons,
            (std::vector<std::string>{"NM1 at position 8 in loop 2010BA: segment has data element errors (8)",
                                      "  NM101-2 (data element 66): invalid code value (7)"}));

  doc = read_corpus("cosyte__x12/test__fixtures__ack__999-reject-control-number-mismatch.edi");
  groups = summarize(doc);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].control_number, "3");
  ASSERT_EQ(groups[0].sets.size(), 1u);
  EXPECT_EQ(groups[0].sets[0].set_control_number, "0003");
  EXPECT_FALSE(groups[0].sets[0].accepted);
  EXPECT_EQ(groups[0].sets[0].reasons,
            std::vector<std::string>{"3: transaction set control number in header and trailer do not match"});
}

TEST(ack_999_reader_test, imsweb_rejected_with_other_component_separator) {
  auto doc = read_corpus("imsweb__x12-parser/src__test__resources__837_5010__x12_999_rejected.txt");
  auto groups = summarize(doc);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].control_number, "28");
  ASSERT_EQ(groups[0].sets.size(), 1u);
  EXPECT_EQ(groups[0].sets[0].reasons,
            (std::vector<std::string>{"5: one or more segments in error",
                                      "NM at position 17: unrecognized segment ID (1)"}));
}

// Every 999 in the corpus reads, every set has a verdict, and AK903 counts the AK2 loops.
TEST(ack_999_reader_test, every_corpus_999_reads_with_consistent_counts) {
  std::size_t files = 0, sets = 0;
  for (const auto& e : testing::corpus_manifest()) {
    std::vector<std::string> paths;
    if (e.transaction == "999") paths.push_back(e.local_file);
    // The manifest names one expected 999 (834_ls_le_ls) that was never extracted: skip absent files.
    if (e.expected_result_file.ends_with(".expected_999.x12") &&
        std::filesystem::exists(testing::corpus_dir() / e.expected_result_file)) {
      paths.push_back(e.expected_result_file);
    }
    for (const auto& p : paths) {
      auto doc = read_corpus(p.c_str());
      ++files;
      ASSERT_FALSE(doc.acks.empty()) << p;
      for (const auto& g : summarize(doc)) {
        EXPECT_FALSE(g.status.empty()) << p;
        EXPECT_EQ(g.received, g.sets.size()) << p;
        for (const auto& s : g.sets) {
          EXPECT_FALSE(s.status.empty()) << p << " set " << s.set_control_number;
          ++sets;
        }
      }
    }
  }
  EXPECT_GE(files, 12u);
  EXPECT_GE(sets, 16u);
}

}  // namespace
}  // namespace claimloop::ack
