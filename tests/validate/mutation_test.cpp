// One mutation of a clean synthetic fixture per case, and exactly the findings it must cause:
// loop, segment, position in the set (ST = 1), element, component and 999 code.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "validate/fixture_support.hpp"
#include "validate/validate.hpp"

namespace claimloop::testing {
namespace {

// How a case changes the fixture: the first segment starting with `find`.
enum class op { replace, remove, insert_after, swap_with_next };

struct expected {
  std::string loop, segment;
  std::uint32_t set_index;
  int element, component;
  std::string code;  // "IK304=3" or "IK403=7"
};

struct mutation_case {
  const char* name;
  const char* fixture;
  op what;
  const char* find;
  const char* text;  // replacement or inserted segments ('~' separated)
  std::vector<expected> findings;
};

std::string mutate(const std::string& bytes, const mutation_case& c) {
  std::string out = bytes;
  const std::string needle = std::string("\n") + c.find;
  const std::size_t at = out.find(needle);
  if (at == std::string::npos) throw std::runtime_error(std::string("no segment ") + c.find);
  const std::size_t begin = at + 1, end = out.find("~\n", begin) + 2;
  const std::string segment = out.substr(begin, end - begin);
  switch (c.what) {
    case op::replace: out.replace(begin, end - begin, std::string(c.text) + "~\n"); break;
    case op::remove: out.erase(begin, end - begin); break;
    case op::insert_after: out.insert(end, std::string(c.text) + "~\n"); break;
    case op::swap_with_next: {
      const std::size_t next_end = out.find("~\n", end) + 2;
      const std::string next = out.substr(end, next_end - end);
      out.replace(begin, next_end - begin, next + segment);
      break;
    }
  }
  return out;
}

std::string describe(const core::finding& f) {
  return fmt::format("{}|{}|{}|{}|{}|{}", f.loop, f.segment, f.where.set_index, f.element, f.component,
                     f.ik304.empty() ? "IK403=" + f.ik403 : "IK304=" + f.ik304);
}
std::string describe(const expected& e) {
  return fmt::format("{}|{}|{}|{}|{}|{}", e.loop, e.segment, e.set_index, e.element, e.component, e.code);
}

const char* P = "837p_clean.x12";
const char* I = "837i_clean.x12";
const char* D = "837d_clean.x12";
const char* R = "835_clean.x12";

// 837P set positions: ST 1, BHT 2, NM1*41 3, PER 4, NM1*40 5, HL*1 6, NM1*85 7, N3 8, N4 9, REF 10,
// HL*2 11, SBR 12, NM1*IL 13, N3 14, N4 15, DMG 16, NM1*PR 17, CLM 18, DTP 19, HI 20, LX 21, SV1 22,
// DTP 23, LX 24, SV1 25, DTP 26, SE 27.
const std::vector<mutation_case> CASES = {
    {"p_missing_required_segment", P, op::remove, "N4*SPRINGFIELD*IL*627010001", "", {{"2010AA", "N4", 7, 0, 0, "IK304=3"}}},
    {"p_segment_over_max_use", P, op::insert_after, "REF*EI", "REF*EI*987654321", {{"2010AA", "REF", 11, 0, 0, "IK304=5"}}},
    {"p_loop_over_repeat", P, op::insert_after, "PER*IC", "NM1*41*2*SECOND SUBMITTER*****46*SUB0002~\nPER*IC*X*TE*5555550101",
     {{"1000A", "NM1", 5, 0, 0, "IK304=4"}}},
    {"p_subscriber_name_loop_twice", P, op::insert_after, "NM1*IL", "NM1*IL*1*DOE*JOHN****MI*MEM0002",
     {{"2010BA", "NM1", 14, 0, 0, "IK304=4"}}},
    {"p_element_too_long", P, op::replace, "CLM*", "CLM*CLAIM0001000000000000000000000000000000001*150***11:B:1*Y*A*Y*Y",
     {{"2300", "CLM", 18, 1, 0, "IK403=5"}}},
    {"p_invalid_code_component", P, op::replace, "CLM*", "CLM*CLAIM0001*150***11:X:1*Y*A*Y*Y", {{"2300", "CLM", 18, 5, 2, "IK403=7"}}},
    // CLM05-3 (claim frequency) is an external NUBC list: level 1 checks only its type and length.
    {"p_external_code_not_checked", P, op::replace, "CLM*", "CLM*CLAIM0001*150***11:B:9*Y*A*Y*Y", {}},
    {"p_invalid_code_element", P, op::replace, "SBR*", "SBR*Q*18*GRP0001******CI", {{"2000B", "SBR", 12, 1, 0, "IK403=7"}}},
    {"p_missing_required_element", P, op::replace, "NM1*IL", "NM1*IL*1**JANE****MI*MEM0001", {{"2010BA", "NM1", 13, 3, 0, "IK403=1"}}},
    {"p_hl_parent_points_to_nothing", P, op::replace, "HL*2*", "HL*2*9*22*0", {{"2000B", "HL", 11, 2, 0, "IK403=I12"}}},
    {"p_paired_rule_nm108_without_nm109", P, op::replace, "NM1*PR", "NM1*PR*2*SYNTHETIC PAYER*****PI",
     {{"2010BB", "NM1", 17, 9, 0, "IK403=1"}, {"2010BB", "NM1", 17, 9, 0, "IK403=2"}}},
    {"p_exclusion_rule_n402_with_n407", P, op::replace, "N4*SPRINGFIELD*IL*627020002", "N4*SPRINGFIELD*IL*627020002*US***ON",
     {{"2010BA", "N4", 15, 7, 0, "IK403=10"}}},
    {"p_segment_out_of_order", P, op::swap_with_next, "DTP*431", "", {{"2300", "DTP", 20, 0, 0, "IK304=7"}}},
    {"p_segment_in_no_loop", P, op::insert_after, "SV1*HC:99213", "BPR*I*1*C*ACH", {{"2400", "BPR", 23, 0, 0, "IK304=2"}}},
    {"p_unrecognized_segment", P, op::insert_after, "SV1*HC:87880", "ZZZ*1", {{"2400", "ZZZ", 26, 0, 0, "IK304=1"}}},
    {"p_invalid_date", P, op::replace, "BHT*", "BHT*0019*00*BATCH0001*20241340*1200*CH", {{"", "BHT", 2, 4, 0, "IK403=8"}}},
    {"p_invalid_time", P, op::replace, "BHT*", "BHT*0019*00*BATCH0001*20240115*2561*CH", {{"", "BHT", 2, 5, 0, "IK403=9"}}},
    {"p_invalid_period_date", P, op::replace, "DTP*472", "DTP*472*D8*20240231", {{"2400", "DTP", 23, 3, 0, "IK403=8"}}},
    {"p_non_numeric_amount", P, op::replace, "CLM*", "CLM*CLAIM0001*15O***11:B:1*Y*A*Y*Y", {{"2300", "CLM", 18, 2, 0, "IK403=6"}}},
    {"p_not_used_element_present", P, op::replace, "NM1*41", "NM1*41*2*SYNTHETIC SUBMITTER****MR*46*SUB0001",
     {{"1000A", "NM1", 3, 7, 0, "IK403=I10"}}},
    {"p_too_many_elements", P, op::replace, "N3*200", "N3*200 OAK AVE*APT 1*EXTRA", {{"2010BA", "N3", 14, 3, 0, "IK403=3"}}},
    {"p_element_too_short", P, op::replace, "N4*SPRINGFIELD*IL*627010001", "N4*SPRINGFIELD*IL*62", {{"2010AA", "N4", 9, 3, 0, "IK403=4"}}},
    {"p_invalid_character", P, op::replace, "NM1*IL", "NM1*IL*1*DO`E*JANE****MI*MEM0001", {{"2010BA", "NM1", 13, 3, 0, "IK403=6"}}},
    {"p_too_many_repetitions", P, op::replace, "N3*200", "N3*200 OAK AVE^APT 2", {{"2010BA", "N3", 14, 1, 0, "IK403=12"}}},
    {"p_too_many_components", P, op::replace, "CLM*", "CLM*CLAIM0001*150***11:B:1:9*Y*A*Y*Y", {{"2300", "CLM", 18, 5, 4, "IK403=13"}}},
    {"p_components_in_simple_element", P, op::replace, "REF*EI", "REF*EI*12:34", {{"2010AA", "REF", 10, 2, 0, "IK403=13"}}},
    {"p_required_loop_missing", P, op::remove, "NM1*PR", "", {{"2010BB", "NM1", 11, 0, 0, "IK304=3"}}},
    {"p_required_root_segment_missing", P, op::remove, "BHT*", "", {{"", "BHT", 1, 0, 0, "IK304=3"}}},
    {"p_required_hl_segment_missing", P, op::remove, "SBR*", "", {{"2000B", "SBR", 11, 0, 0, "IK304=3"}}},
    {"p_hl_under_wrong_level", P, op::insert_after, "DTP*472*D8*20240110~\nSE", "HL*3*1*23*0~\nPAT*19~\nNM1*QC*1*DOE*JOHN~\nN3*1 ELM ST~\nN4*SPRINGFIELD*IL*62701~\nDMG*D8*20100101*M",
     {{"2000C", "HL", 27, 2, 0, "IK403=I12"}}},
    // 837I positions: ... CLM 18, DTP*434 19, CL1 20, HI 21, LX 22, SV2 23, DTP 24, SE 25.
    {"i_missing_statement_dates", I, op::remove, "DTP*434", "", {{"2300", "DTP", 18, 0, 0, "IK304=3"}}},
    {"i_missing_principal_diagnosis", I, op::remove, "HI*", "", {{"2300", "HI", 18, 0, 0, "IK304=3"}}},
    {"i_invalid_revenue_qualifier", I, op::replace, "SV2*", "SV2*0450*ZZ:99283*300*UN*1", {{"2400", "SV2", 23, 2, 1, "IK403=7"}}},
    {"i_invalid_statement_period", I, op::replace, "DTP*434", "DTP*434*RD8*20240101-20241301", {{"2300", "DTP", 19, 3, 0, "IK403=8"}}},
    {"i_claim_amount_not_numeric", I, op::replace, "SV2*", "SV2*0450*HC:99283*3X0*UN*1", {{"2400", "SV2", 23, 3, 0, "IK403=6"}}},
    {"i_cl1_out_of_order", I, op::swap_with_next, "DTP*434", "", {{"2300", "DTP", 20, 0, 0, "IK304=7"}}},
    // 837D positions: ... CLM 18, LX 19, SV3 20, TOO 21, DTP 22, LX 23, SV3 24, DTP 25, SE 26.
    {"d_invalid_tooth_qualifier", D, op::replace, "TOO*", "TOO*ZZ*3", {{"2400", "TOO", 21, 1, 0, "IK403=7"}}},
    {"d_invalid_procedure_qualifier", D, op::replace, "SV3*AD:D0120", "SV3*XX:D0120*80****1", {{"2400", "SV3", 20, 1, 1, "IK403=7"}}},
    {"d_non_numeric_charge", D, op::replace, "SV3*AD:D0120", "SV3*AD:D0120*8O****1", {{"2400", "SV3", 20, 2, 0, "IK403=6"}}},
    {"d_missing_lx_merges_lines", D, op::remove, "LX*2", "",
     {{"2400", "SV3", 23, 0, 0, "IK304=5"}, {"2400", "SV3", 23, 0, 0, "IK304=7"}, {"2400", "DTP", 24, 0, 0, "IK304=5"}}},
    {"d_facility_qualifier_invalid", D, op::replace, "CLM*", "CLM*CLAIM0003*180***11:A:1*Y*A*Y*Y", {{"2300", "CLM", 18, 5, 2, "IK403=7"}}},
    // 835 positions: ST 1, BPR 2, TRN 3, DTM 4, N1*PR 5, N3 6, N4 7, PER 8, N1*PE 9, LX 10, CLP 11, NM1 12,
    // SVC 13, DTM 14, CAS 15, SVC 16, DTM 17, CAS 18, SE 19.
    {"r_missing_bpr", R, op::remove, "BPR*", "", {{"", "BPR", 1, 0, 0, "IK304=3"}}},
    {"r_missing_payer_technical_contact", R, op::remove, "PER*BL", "", {{"1000A", "PER", 5, 0, 0, "IK304=3"}}},
    {"r_invalid_claim_status", R, op::replace, "CLP*", "CLP*CLAIM0001*99*150*120*30*12*PAYERCLAIM0001*11*1",
     {{"2100", "CLP", 11, 2, 0, "IK403=7"}}},
    {"r_non_numeric_payment", R, op::replace, "BPR*", "BPR*I*1A0*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*888888888*DA*654321*20240122",
     {{"", "BPR", 2, 2, 0, "IK403=6"}}},
    {"r_invalid_production_date", R, op::replace, "DTM*405", "DTM*405*20241301", {{"", "DTM", 4, 2, 0, "IK403=8"}}},
    {"r_trace_number_missing", R, op::replace, "TRN*", "TRN*1**1512345678", {{"", "TRN", 3, 2, 0, "IK403=1"}}},
    {"r_payee_id_qualifier_invalid", R, op::replace, "N1*PE", "N1*PE*SYNTHETIC CLINIC*ZZ*1999999984", {{"1000B", "N1", 9, 3, 0, "IK403=7"}}},
    {"r_hl_in_service_loop", R, op::insert_after, "CAS*PR*2*20", "HL*1**20*1", {{"2110", "HL", 16, 0, 0, "IK304=2"}}},
    {"r_patient_control_number_too_long", R, op::replace, "CLP*", "CLP*CLAIM0001CLAIM0001CLAIM0001CLAIM0001CLAIM0001*1*150*120*30*12*PAYERCLAIM0001*11*1",
     {{"2100", "CLP", 11, 1, 0, "IK403=5"}}},
};

class mutation_test : public ::testing::TestWithParam<mutation_case> {};

TEST_P(mutation_test, reports_exactly_the_expected_findings) {
  const mutation_case& c = GetParam();
  auto sets = read_sets(mutate(validate_fixture(c.fixture), c), c.fixture);
  ASSERT_EQ(sets.size(), 1u);
  auto guide = guide_for(*sets[0]);
  ASSERT_NE(guide, nullptr);
  auto v = validate::validate_set(sets[0]->segments, *guide, sets[0]->context);
  std::vector<std::string> got, want;
  for (const auto& f : v.findings) got.push_back(describe(f));
  for (const auto& e : c.findings) want.push_back(describe(e));
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
  for (const auto& f : v.findings) {
    EXPECT_EQ(f.st02, "0001");
    EXPECT_FALSE(f.message.empty());
    EXPECT_EQ(f.where.set_index == 0, false);
  }
  // Nothing is dropped: the tree still holds every segment of the set.
  EXPECT_EQ(v.tree.placed().size(), sets[0]->segments.size());
}

INSTANTIATE_TEST_SUITE_P(cases, mutation_test, ::testing::ValuesIn(CASES),
                         [](const ::testing::TestParamInfo<mutation_case>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace claimloop::testing
