// A generated 837 and the 835 that pays it, where the generator knows which billed line each
// paid line belongs to: every line must link to exactly that line, with REF*6R and without it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "collect.hpp"
#include "generate/generate.hpp"

namespace claimloop::testing {
namespace {

namespace fs = std::filesystem;

// ctest runs the tests of this program in parallel: each writes its own files.
std::string write_generated(generate::generate_options o, const std::string& suffix) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const auto path = scratch_file(std::string(test->name()) + suffix).string();
  std::ofstream file(path, std::ios::binary);
  envelope::output out(file);
  auto stats = generate::generate(o, out);
  if (!stats) throw std::runtime_error(stats.error().to_string());
  return path;
}

struct pair_case {
  generate::file_type claims_type;
  generate::claim_kind kind;
  std::uint64_t claims;
};

// Links of every remittance line against the generator's own claim lines.
void expect_every_line_linked(const pair_case& p, bool with_control_numbers, unsigned workers = 0) {
  const std::uint64_t seed = 11;
  generate::generate_options o;
  o.seed = seed;
  o.claims = p.claims;
  o.type = p.claims_type;
  const auto claims = write_generated(o, ".837");
  o.type = generate::file_type::x835;
  o.remit_for = p.kind;
  o.line_control_numbers = with_control_numbers;
  const auto remits = write_generated(o, ".835");

  collected r;
  reconcile_files({claims}, {remits}, r, workers);
  ASSERT_EQ(r.claims.size(), p.claims);
  EXPECT_TRUE(r.unpaid.empty());
  const generate::claim_model model(seed, p.kind);
  std::uint64_t lines = 0, wrong = 0;
  for (std::uint64_t i = 0; i < p.claims; ++i) {
    const auto expected = model.draw(i);
    const auto& got = r.claims[i];
    ASSERT_EQ(got.patient_control_number, expected.patient_control_number);
    ASSERT_EQ(got.matched_claim, expected.patient_control_number);
    ASSERT_EQ(got.lines.size(), expected.lines.size());
    for (std::size_t j = 0; j < got.lines.size(); ++j, ++lines) {
      const auto want = std::to_string(j + 1);
      const auto method = with_control_numbers ? reconcile::match_method::control_number : reconcile::match_method::procedure;
      if (got.lines[j].matched_line != want || got.lines[j].method != method) {
        if (++wrong <= 5)
          ADD_FAILURE() << expected.patient_control_number << " line " << j + 1 << " linked to '"
                        << got.lines[j].matched_line << "' by " << reconcile::to_string(got.lines[j].method);
      }
    }
  }
  EXPECT_EQ(wrong, 0u) << "of " << lines << " lines";
  for (const auto& d : r.deposits) EXPECT_TRUE(d.balanced()) << d.trace_number;
  fs::remove(claims);
  fs::remove(remits);
}

TEST(generated_pair_test, fifty_thousand_professional_claims_link_every_line_by_control_number) {
  expect_every_line_linked({generate::file_type::x837p, generate::claim_kind::professional, 50000}, true);
}

TEST(generated_pair_test, fifty_thousand_professional_claims_link_every_line_without_control_numbers) {
  // Two mapping threads: the outcome must not depend on them.
  expect_every_line_linked({generate::file_type::x837p, generate::claim_kind::professional, 50000}, false, 2);
}

TEST(generated_pair_test, institutional_and_dental_claims_link_every_line_without_control_numbers) {
  expect_every_line_linked({generate::file_type::x837i, generate::claim_kind::institutional, 3000}, false);
  expect_every_line_linked({generate::file_type::x837d, generate::claim_kind::dental, 3000}, false);
}

}  // namespace
}  // namespace claimloop::testing
