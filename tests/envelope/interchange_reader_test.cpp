#include <gtest/gtest.h>

#include <tuple>

#include "envelope/envelope_fixtures.hpp"
#include "envelope/interchange_reader.hpp"
#include "support/test_support.hpp"

using namespace claimloop;
namespace ct = claimloop::testing;
using envelope::code;
using envelope::unit_kind;

namespace {

std::vector<unit_kind> kinds(const std::vector<envelope::unit>& units) {
  std::vector<unit_kind> out;
  for (const auto& u : units) out.push_back(u.kind);
  return out;
}

std::vector<envelope::unit> read_text(const std::string& text) {
  envelope::interchange_reader reader(syntax::memory_source(text), "inline.x12");
  std::vector<envelope::unit> out;
  for (auto u = reader.next(); u && *u; u = reader.next()) out.push_back(std::move(**u));
  return out;
}

const std::string ISA = "ISA*00*          *00*          *ZZ*SUB            *ZZ*REC            *240115*1030*^*00501*000000007*0*T*:~\n";
const std::string GS = "GS*HC*SUB*REC*20240115*1030*7*X*005010X222A1~\n";

}  // namespace

TEST(interchange_reader_test, hands_out_units_in_file_order) {
  auto units = ct::read_units("valid");
  EXPECT_EQ(kinds(units), (std::vector<unit_kind>{unit_kind::interchange_header, unit_kind::group_header,
                                                   unit_kind::transaction_set, unit_kind::group_trailer,
                                                   unit_kind::interchange_trailer, unit_kind::end_of_input}));
  const auto& set = units[2];
  ASSERT_EQ(set.segments.size(), 20u);
  EXPECT_EQ(set.segments.front().tag(), "ST");
  EXPECT_EQ(set.segments.back().tag(), "SE");
  EXPECT_EQ(set.segments[14].element(1), "CLAIM001");
  EXPECT_EQ(set.segments[14].pos().line, 17u);
  EXPECT_EQ(set.segments.delims().element, '*');
  EXPECT_EQ(set.segments.delims().repetition, '^');
  EXPECT_FALSE(set.truncated);
  EXPECT_EQ(set.context.isa13, "000000101");
  EXPECT_EQ(set.context.gs01, "HC");
  EXPECT_EQ(set.context.gs06, "101");
  EXPECT_EQ(set.context.gs08, "005010X222A1");
  EXPECT_EQ(set.context.st01, "837");
  EXPECT_EQ(set.context.st02, "0001");
  EXPECT_EQ(set.context.st03, "005010X222A1");
  for (const auto& u : units) EXPECT_TRUE(u.findings.empty()) << envelope::to_string(u.kind);
}

TEST(interchange_reader_test, hands_out_data_after_a_wrong_count) {
  auto text = ISA + GS + "ST*837*0001~\nBHT*0019*00*A*20240115*1030*CH~\nSE*99*0001~\n" +
              "ST*837*0002~\nBHT*0019*00*B*20240115*1030*CH~\nNM1*41*2*X*****46*Y~\nSE*4*0002~\nGE*7*7~\nIEA*1*000000007~\n";
  auto units = read_text(text);
  ASSERT_EQ(units.size(), 7u);
  ASSERT_EQ(units[2].findings.size(), 1u);
  EXPECT_EQ(units[2].findings[0].code, code::se_count_mismatch);
  EXPECT_EQ(units[2].findings[0].expected, "3");
  EXPECT_EQ(units[2].findings[0].found, "99");
  EXPECT_EQ(units[2].findings[0].ik502, "4");
  EXPECT_EQ(units[2].findings[0].st02, "0001");
  ASSERT_EQ(units[3].kind, unit_kind::transaction_set);
  ASSERT_EQ(units[3].segments.size(), 4u);
  EXPECT_EQ(units[3].segments[2].element(3), "X");
  EXPECT_TRUE(units[3].findings.empty());
  ASSERT_EQ(units[4].findings.size(), 1u);  // GE01 = 7 for 2 sets
  EXPECT_EQ(units[4].findings[0].code, code::ge_set_count_mismatch);
  EXPECT_EQ(units[4].findings[0].ak905, "5");
  EXPECT_EQ(units[5].kind, unit_kind::interchange_trailer);
  EXPECT_TRUE(units[5].findings.empty());
}

TEST(interchange_reader_test, flags_truncated_set_and_keeps_the_next_one) {
  auto units = ct::read_units("missing_se_before_st");
  ASSERT_GE(units.size(), 4u);
  EXPECT_EQ(units[2].kind, unit_kind::transaction_set);
  EXPECT_TRUE(units[2].truncated);
  EXPECT_EQ(units[2].segments.size(), 19u);  // ST..DTP, no SE
  EXPECT_EQ(units[3].kind, unit_kind::transaction_set);
  EXPECT_FALSE(units[3].truncated);
  EXPECT_EQ(units[3].segments.size(), 20u);
  EXPECT_EQ(units[3].context.st02, "0002");
}

TEST(interchange_reader_test, hands_out_missing_trailers_as_empty_truncated_units) {
  auto units = ct::read_units("missing_iea");
  ASSERT_EQ(units.size(), 6u);
  EXPECT_EQ(units[4].kind, unit_kind::interchange_trailer);
  EXPECT_TRUE(units[4].truncated);
  EXPECT_TRUE(units[4].segments.empty());
  ASSERT_EQ(units[4].findings.size(), 1u);
  EXPECT_EQ(units[4].findings[0].ta1_note, "023");
  EXPECT_EQ(units[4].findings[0].isa13, "000000101");

  units = ct::read_units("missing_ge");
  ASSERT_EQ(units.size(), 6u);
  EXPECT_EQ(units[3].kind, unit_kind::group_trailer);
  EXPECT_TRUE(units[3].truncated);
  EXPECT_EQ(units[3].findings.at(0).ak905, "3");
  EXPECT_EQ(units[3].findings.at(0).gs06, "101");
  EXPECT_EQ(units[4].kind, unit_kind::interchange_trailer);
  EXPECT_FALSE(units[4].truncated);
}

TEST(interchange_reader_test, keeps_stray_segments) {
  auto units = ct::read_units("stray_segment");
  ASSERT_EQ(units.size(), 7u);
  EXPECT_EQ(units[3].kind, unit_kind::stray_segment);
  ASSERT_EQ(units[3].segments.size(), 1u);
  EXPECT_EQ(units[3].segments.front().element(2), "STRAY NOTE");
  EXPECT_EQ(units[3].findings.at(0).ta1_note, "022");
  EXPECT_EQ(units[4].kind, unit_kind::group_trailer);
  EXPECT_TRUE(units[4].findings.empty());
}

TEST(interchange_reader_test, takes_ta1_directly_in_an_interchange) {
  auto units = read_text(ISA + "TA1*000000005*240114*0900*A*000~\nIEA*0*000000007~\n");
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[1].kind, unit_kind::interchange_segment);
  for (const auto& u : units) EXPECT_TRUE(u.findings.empty());
}

TEST(interchange_reader_test, names_control_numbers_in_every_finding) {
  auto units = read_text(ISA + GS + "ST*837*0001~\nSE*1*0002~\nGE*1*8~\nIEA*1*000000009~\n");
  std::vector<envelope::finding> all;
  for (auto& u : units)
    for (auto& f : u.findings) all.push_back(f);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].code, code::se_count_mismatch);  // SE01 = 1, but ST and SE are 2
  EXPECT_EQ(all[1].code, code::st_se_control_mismatch);
  EXPECT_EQ(all[1].st02, "0001");
  EXPECT_EQ(all[1].gs06, "7");
  EXPECT_EQ(all[1].isa13, "000000007");
  EXPECT_EQ(all[2].code, code::gs_ge_control_mismatch);
  EXPECT_EQ(all[2].st02, "");
  EXPECT_EQ(all[2].gs06, "7");
  EXPECT_EQ(all[3].code, code::isa_iea_control_mismatch);
  EXPECT_EQ(all[3].level, envelope::level::interchange);
  EXPECT_EQ(all[3].gs06, "");
}

TEST(interchange_reader_test, chunked_reads_give_the_same_findings_on_the_corpus) {
  std::size_t files = 0;
  for (const auto& e : ct::corpus_with_isa()) {
    const auto bytes = ct::read_file(e.full_path());
    auto run = [&](std::size_t max_read) {
      envelope::interchange_reader reader(syntax::memory_source(bytes, max_read), e.local_file, {{64}});
      std::vector<ct::expected_finding> out;
      std::size_t set_segments = 0;
      for (auto u = reader.next(); u && *u; u = reader.next()) {
        if ((*u)->kind == unit_kind::transaction_set) set_segments += (*u)->segments.size();
        for (auto& f : (*u)->findings) out.push_back(ct::shape(f));
      }
      out.push_back({"segments in sets", "", set_segments, 0, "", "", ""});
      return out;
    };
    EXPECT_EQ(run(SIZE_MAX), run(13)) << e.local_file;
    if (++files == 60) break;  // enough to cover every source project; keeps the test quick
  }
}

TEST(interchange_reader_test, every_fixture_has_an_expectation) {
  std::size_t n = 0;
  for (const auto& p : std::filesystem::directory_iterator(ct::fixtures_dir() / "envelope")) {
    auto name = p.path().filename().string();
    if (!name.ends_with(".x12") || name.ends_with(".ta1.x12")) continue;
    auto stem = name.substr(0, name.size() - 4);
    EXPECT_TRUE(std::filesystem::exists(ct::fixtures_dir() / "envelope" / (stem + ".expected.txt"))) << stem;
    EXPECT_TRUE(std::filesystem::exists(ct::fixtures_dir() / "envelope" / (stem + ".ta1.x12"))) << stem;
    ++n;
  }
  EXPECT_GE(n, 20u);
}

TEST(interchange_reader_test, bytes_read_after_each_unit_is_its_last_segment_as_read_one_at_a_time) {
  // Lent bytes are lexed in batches of up to 256 segments; a stream in 7-byte reads one segment
  // at a time. The envelope stage must stop both where the unit's last segment ends, so
  // segments().bytes_read() (progress of `claimloop parse`/set_stream) is the same after every
  // unit, and the units hold the same segments.
  std::size_t files = 0, units = 0;
  for (const auto& e : ct::corpus_with_isa()) {
    const auto bytes = ct::read_file(e.full_path());
    auto run = [&](std::size_t max_read, std::size_t chunk) {
      envelope::interchange_reader reader(syntax::memory_source(bytes, max_read), e.local_file, {{chunk}});
      std::vector<std::tuple<unit_kind, std::size_t, std::uint64_t, std::string>> out;
      for (auto u = reader.next(); u && *u; u = reader.next()) {
        const auto& segs = (*u)->segments;
        out.emplace_back((*u)->kind, segs.size(), reader.segments().bytes_read(),
                         segs.empty() ? std::string() : std::string(segs.back().bytes()));
      }
      return out;
    };
    const auto lent = run(SIZE_MAX, 1 << 20);
    EXPECT_EQ(lent, run(7, 5)) << e.local_file;
    units += lent.size();
    ++files;
  }
  EXPECT_GT(files, 200u);
  EXPECT_GT(units, 1000u);
}

TEST(interchange_reader_test, bytes_read_stops_at_the_set_end_in_a_long_batch) {
  // Two sets lexed in one batch: after the first set unit only its SE has been read.
  const std::string set1 = "ST*837*0001~BHT*0019*00*1*20240115*1030*CH~SE*3*0001~";
  const std::string text = ISA + GS + set1 + "ST*837*0002~SE*2*0002~GE*2*7~IEA*1*000000007~";
  envelope::interchange_reader reader(syntax::memory_source(text), "inline.x12");
  std::vector<unit_kind> seen;
  for (auto u = reader.next(); u && *u; u = reader.next()) {
    seen.push_back((*u)->kind);
    if (seen.size() == 3) {
      ASSERT_EQ((*u)->kind, unit_kind::transaction_set);
      EXPECT_EQ(reader.segments().bytes_read(), ISA.size() + GS.size() + set1.size());
      EXPECT_EQ((*u)->segments.size(), 3u);
    }
  }
  EXPECT_EQ(seen.size(), 7u);  // ISA, GS, set, set, GE, IEA, end of input
}
