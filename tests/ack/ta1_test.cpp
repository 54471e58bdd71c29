#include "ack/ta1.hpp"

#include <gtest/gtest.h>

#include "envelope/interchange_reader.hpp"
#include "support/test_support.hpp"

using namespace claimloop;
namespace ct = claimloop::testing;
using ack::ta1_status;

namespace {

std::vector<ack::interchange_record> records_of(const std::string& bytes, const std::string& name) {
  envelope::interchange_reader reader(syntax::memory_source(bytes), name);
  ack::ta1_collector collector;
  for (;;) {
    auto u = reader.next();
    if (!u) {
      ADD_FAILURE() << u.error().to_string();
      break;
    }
    if (!*u) break;
    collector.add(**u);
  }
  return collector.records();
}

ack::ta1_envelope fixed_envelope() {
  ack::ta1_envelope env;
  env.date = "240116";
  env.time = "0900";
  env.control_number = 900000001;
  return env;
}

envelope::finding interchange_error(envelope::code c) { return envelope::make_finding(c); }

}  // namespace

// Every fixtures/envelope/<name>.x12 against the hand-written <name>.ta1.x12, byte for byte.
TEST(ta1_test, matches_golden_for_every_envelope_fixture) {
  std::size_t compared = 0;
  for (const auto& p : std::filesystem::directory_iterator(ct::fixtures_dir() / "envelope")) {
    auto name = p.path().filename().string();
    if (!name.ends_with(".x12") || name.ends_with(".ta1.x12")) continue;
    auto stem = name.substr(0, name.size() - 4);
    SCOPED_TRACE(stem);
    const auto input = ct::read_file(p.path());
    const auto golden = ct::read_file(ct::fixtures_dir() / "envelope" / (stem + ".ta1.x12"));
    auto records = records_of(input, name);
    auto out = ack::write_ta1s(records, fixed_envelope());
    ASSERT_TRUE(out) << out.error().to_string();
    EXPECT_EQ(*out, golden);
    ++compared;
  }
  EXPECT_GE(compared, 20u);
}

TEST(ta1_test, accepts_interchange_without_interchange_level_errors) {
  std::vector<envelope::finding> fs{envelope::make_finding(envelope::code::se_count_mismatch),
                                    envelope::make_finding(envelope::code::missing_ge),
                                    envelope::make_finding(envelope::code::garbage_skipped)};
  auto d = ack::decide(fs);
  EXPECT_EQ(d.status, ta1_status::accepted);
  EXPECT_EQ(d.note, "000");
}

TEST(ta1_test, accepts_with_errors_on_count_and_control_mismatch) {
  std::vector<envelope::finding> fs{interchange_error(envelope::code::iea_group_count_mismatch),
                                    interchange_error(envelope::code::isa_iea_control_mismatch)};
  auto d = ack::decide(fs);
  EXPECT_EQ(d.status, ta1_status::accepted_with_errors);
  EXPECT_EQ(d.note, "021");  // the first one in file order
}

TEST(ta1_test, rejects_on_structure_even_after_lesser_errors) {
  std::vector<envelope::finding> fs{interchange_error(envelope::code::invalid_isa_date),
                                    interchange_error(envelope::code::missing_iea)};
  auto d = ack::decide(fs);
  EXPECT_EQ(d.status, ta1_status::rejected);
  EXPECT_EQ(d.note, "023");
  EXPECT_TRUE(ack::is_rejecting_note("025"));
  EXPECT_FALSE(ack::is_rejecting_note("001"));
}

TEST(ta1_test, swaps_sender_and_receiver_and_reads_back_clean) {
  auto input = ct::read_file(ct::fixtures_dir() / "envelope" / "isa_iea_control_mismatch.x12");
  auto records = records_of(input, "in.x12");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(ack::ta1_segment_text(records[0], ack::decide(records[0].findings)), "TA1*000000101*240115*1030*E*001");
  auto env = fixed_envelope();
  env.usage = 'P';
  auto out = ack::write_ta1(records[0], env);
  ASSERT_TRUE(out) << out.error().to_string();
  envelope::interchange_reader reader(syntax::memory_source(*out), "ta1.x12");
  std::vector<envelope::unit> units;
  for (auto u = reader.next(); u && *u; u = reader.next()) units.push_back(std::move(**u));
  ASSERT_EQ(units.size(), 4u);
  auto isa = units[0].segments.front();
  EXPECT_EQ(isa.element(6), "RECEIVER01     ");
  EXPECT_EQ(isa.element(8), "SUBMITTER01    ");
  EXPECT_EQ(isa.element(15), "P");
  EXPECT_EQ(units[1].kind, envelope::unit_kind::interchange_segment);
  for (const auto& u : units) EXPECT_TRUE(u.findings.empty()) << envelope::to_string(u.kind);
}

TEST(ta1_test, one_ta1_per_interchange_in_corpus_files) {
  struct want { std::string_view file; std::size_t interchanges; std::string_view note; };
  const want files[] = {
      {"imsweb__x12-parser/src__test__resources__837_5010__x12_multiple_transactions.txt", 312, "*R*025~"},  // MANIFEST: 312 interchanges, all ISA13 000000905
      {"tastypackets__x12-parser/test__test-files__835__profee-multiple.edi", 156, "*R*025~"},  // ISA13 reused
  };
  for (const auto& w : files) {
    SCOPED_TRACE(w.file);
    const auto bytes = ct::read_file(ct::corpus_dir() / w.file);
    auto records = records_of(bytes, std::string(w.file));
    EXPECT_EQ(records.size(), w.interchanges);
    auto out = ack::write_ta1s(records, fixed_envelope());
    ASSERT_TRUE(out);
    std::size_t ta1s = 0, notes = 0;
    for (std::size_t at = 0; (at = out->find("\nTA1*", at)) != std::string::npos; ++at) ++ta1s;
    for (std::size_t at = 0; (at = out->find(w.note, at)) != std::string::npos; ++at) ++notes;
    EXPECT_EQ(ta1s, w.interchanges);
    EXPECT_GE(notes, w.interchanges - 1);  // all, or all but the first (a duplicate needs an original)
  }
}
