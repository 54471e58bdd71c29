// The shape of built trees: HL nesting by HL02, 2300 under 2000C through loop_ref, 835 loop
// nesting, and a garbage segment kept in place while the rest of the set is still placed.
#include <gtest/gtest.h>

#include <string>

#include "tree/builder.hpp"
#include "tree/set_reader.hpp"
#include "tree/walk.hpp"

namespace claimloop::testing {
namespace {

// Prints the tree as "loop(seg seg loop(...))": one string to compare a whole shape.
struct shape_visitor : tree::tree_visitor {
  std::string out;
  void begin_loop(const tree::loop_tree& t, std::uint32_t node) override {
    out += std::string(t.loop_id(node).empty() ? "ST" : t.loop_id(node)) + "(";
  }
  void segment(const tree::loop_tree&, std::uint32_t, const syntax::segment_view& s, const schema::segment_use* use) override {
    out += std::string(s.tag()) + (use ? " " : "? ");
  }
  void end_loop(const tree::loop_tree&, std::uint32_t) override { out += ")"; }
};

struct built {
  std::unique_ptr<read_set> set;
  tree::loop_tree tree;
  std::vector<core::finding> findings;
  std::string shape;
};

std::unique_ptr<built> build(const std::string& fixture, const std::string& from = {}, const std::string& to = {}) {
  std::string bytes = read_file(fixtures_dir() / "validate" / fixture);
  if (!from.empty()) bytes.replace(bytes.find(from), from.size(), to);
  auto b = std::make_unique<built>();
  auto sets = read_sets(bytes, fixture);
  b->set = std::move(sets.at(0));
  b->tree = tree::build_tree(b->set->segments, *guide_for(*b->set), b->set->context, b->findings);
  shape_visitor v;
  tree::walk(b->tree, v);
  b->shape = v.out;
  return b;
}

const std::string PATIENT = "HL*3*2*23*0~\nPAT*19~\nNM1*QC*1*DOE*JOHN~\n";

TEST(tree_shape_test, patient_hl_nests_under_its_subscriber_and_takes_the_claim) {
  // Claim of a dependent: 2000C (HL 3, parent 2) between the payer and the claim.
  auto b = build("837p_clean.x12", "CLM*", PATIENT + "CLM*");
  EXPECT_TRUE(b->findings.empty());
  const auto& loops = b->tree.loops();
  std::uint32_t patient = tree::NONE, claim = tree::NONE;
  for (std::uint32_t i = 0; i < loops.size(); ++i) {
    if (loops[i].loop->id == "2000C") patient = i;
    if (loops[i].loop->id == "2300") claim = i;
  }
  ASSERT_NE(patient, tree::NONE);
  ASSERT_NE(claim, tree::NONE);
  EXPECT_EQ(b->tree.loop_id(loops[patient].parent), "2000B");
  EXPECT_EQ(b->tree.find_hl("3"), patient);
  EXPECT_EQ(b->tree.loop_id(loops[claim].parent), "2000C");  // 2300 placed by <loop_ref> in 2000C
  EXPECT_NE(b->shape.find("2000B(HL SBR 2010BA(NM1 N3 N4 DMG )2010BB(NM1 )2000C(HL PAT 2010CA(NM1 )2300(CLM "),
            std::string::npos)
      << b->shape;
}

TEST(tree_shape_test, second_subscriber_goes_under_its_hl02_parent) {
  const std::string second = "HL*3*1*22*0~\nSBR*P*18*GRP0002******CI~\nNM1*IL*1*ROE*RICHARD****MI*MEM0002~\n"
                             "NM1*PR*2*SYNTHETIC PAYER*****PI*PAYER01~\n";
  auto b = build("837p_clean.x12", "SE*", second + "SE*");
  EXPECT_TRUE(b->findings.empty());
  const std::uint32_t hl3 = b->tree.find_hl("3");
  ASSERT_NE(hl3, tree::NONE);
  EXPECT_EQ(b->tree.loops()[hl3].parent, b->tree.find_hl("1"));
  EXPECT_EQ(b->tree.loops()[hl3].ordinal, 2u);  // the second 2000B under billing provider HL 1
}

TEST(tree_shape_test, remittance_loops_nest_2000_2100_2110) {
  auto b = build("835_clean.x12");
  EXPECT_TRUE(b->findings.empty());
  EXPECT_EQ(b->shape,
            "ST(ST BPR TRN DTM 1000A(N1 N3 N4 PER )1000B(N1 )2000(LX 2100(CLP NM1 2110(SVC DTM CAS )2110(SVC DTM CAS )))SE )");
}

TEST(tree_shape_test, garbage_segment_is_kept_and_the_rest_is_placed) {
  auto b = build("837p_clean.x12", "N3*200 OAK AVE~\n", "N3*200 OAK AVE~\nQQQ*GARBAGE*1~\n");
  ASSERT_EQ(b->findings.size(), 1u);
  EXPECT_EQ(b->findings[0].ik304, "1");
  EXPECT_EQ(b->findings[0].loop, "2010BA");
  EXPECT_EQ(b->findings[0].where.set_index, 15u);
  EXPECT_EQ(b->tree.unplaced_count(), 1u);
  EXPECT_NE(b->shape.find("2010BA(NM1 N3 QQQ? N4 DMG )2010BB(NM1 )2300(CLM DTP HI 2400(LX SV1 DTP )2400(LX SV1 DTP ))"),
            std::string::npos)
      << b->shape;
}

TEST(tree_shape_test, unexpected_known_segment_does_not_close_loops) {
  // A BHT in a service line: BHT exists at the transaction level, but matching it there would
  // close every loop; it stays in 2400 as unexpected and the next LX still opens a 2400.
  auto b = build("837p_clean.x12", "LX*2~\n", "BHT*0019*00*X*20240115*1200*CH~\nLX*2~\n");
  ASSERT_EQ(b->findings.size(), 1u);
  EXPECT_EQ(b->findings[0].ik304, "2");
  EXPECT_NE(b->shape.find("2400(LX SV1 DTP BHT? )2400(LX SV1 DTP )"), std::string::npos) << b->shape;
}

}  // namespace
}  // namespace claimloop::testing
