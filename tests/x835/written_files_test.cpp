// What the models write is accepted by claimloop's own validator (SNIP 1-2, shipped guides), a
// regenerated replacement claim included; files from tools/generate map to the generator's totals.
#include <gtest/gtest.h>

#include "envelope/interchange_builder.hpp"
#include "generate/generate.hpp"
#include "generate/remit_model.hpp"
#include "syntax/byte_source.hpp"
#include "validate/validate.hpp"
#include "x835/map.hpp"
#include "x835/remit_reader.hpp"
#include "x835/write.hpp"
#include "x837/claim_reader.hpp"
#include "x837/map.hpp"
#include "x837/model_support.hpp"
#include "x837/write.hpp"

namespace claimloop::testing {
namespace {

// `bytes` must outlive the stream (memory_source keeps a view).
model::set_stream stream_of(const std::string& bytes, const char* transaction) {
  return model::set_stream(envelope::interchange_reader(syntax::memory_source(bytes), "written"), registry(),
                           transaction);
}

// Wraps written sets in a fresh envelope (GS01 from the transaction, GS08 from ST03).
template <class Write>
std::string interchange(const char* gs01, const std::string& version, Write&& write_sets) {
  std::string out;
  envelope::output o(out);
  envelope::isa_params isa;
  isa.sender_id = "SENDER";
  isa.receiver_id = "RECEIVER";
  isa.date = "240101";
  isa.time = "1200";
  envelope::interchange_builder b(syntax::writer(syntax::hipaa_delimiters()), isa, o);
  envelope::gs_params gs;
  gs.functional_id = gs01;
  gs.app_sender = "SENDER";
  gs.app_receiver = "RECEIVER";
  gs.date = "20240101";
  gs.time = "1200";
  gs.version = version;
  EXPECT_TRUE(b.begin_group(gs));
  write_sets(b);
  EXPECT_TRUE(b.finish());
  return out;
}

// Every set of `bytes` of type `transaction`: the number of SNIP 1-2 errors.
std::size_t validation_errors(const std::string& bytes, const char* transaction, std::size_t& sets) {
  auto s = stream_of(bytes, transaction);
  std::size_t errors = 0;
  for (;;) {
    auto set = s.next();
    EXPECT_TRUE(set);
    if (!set || *set == nullptr) break;
    ++sets;
    validate::set_validator v(*(*set)->guide);
    std::vector<core::finding> findings;
    (void)v.validate((*set)->unit.segments, {"written", "", "", (*set)->unit.context.st02}, findings);
    for (const auto& f : findings) {
      if (!f.is_error()) continue;
      ++errors;
      ADD_FAILURE() << f.to_string();
    }
  }
  return errors;
}

class written_fixture_test : public ::testing::TestWithParam<const char*> {};

TEST_P(written_fixture_test, model_write_output_validates_with_no_error) {
  const std::string name = GetParam();
  const bool remit = name.starts_with("835");
  const std::string source = read_file(fixtures_dir() / "validate" / name);  // the stream keeps a view
  auto s = stream_of(source, remit ? "835" : "837");
  std::string version;
  std::vector<x837::claim_set> claims;
  std::vector<x835::remittance> remits;
  for (;;) {
    auto set = s.next();
    ASSERT_TRUE(set);
    if (*set == nullptr) break;
    if (remit) {
      auto m = x835::map_remittance((*set)->tree, name);
      ASSERT_TRUE(m) << m.error().to_string();
      version = m->implementation;
      remits.push_back(std::move(*m));
    } else {
      auto m = x837::map_claim_set((*set)->tree, name);
      ASSERT_TRUE(m) << m.error().to_string();
      version = m->implementation;
      claims.push_back(std::move(*m));
    }
  }
  ASSERT_FALSE(claims.empty() && remits.empty());
  const auto bytes = interchange(remit ? "HP" : "HC", version, [&](envelope::interchange_builder& b) {
    for (const auto& c : claims) EXPECT_TRUE(x837::write_set(c, b));
    for (const auto& r : remits) EXPECT_TRUE(x835::write_set(r, b));
  });
  std::size_t sets = 0;
  EXPECT_EQ(validation_errors(bytes, remit ? "835" : "837", sets), 0u);
  EXPECT_EQ(sets, claims.size() + remits.size());
}

INSTANTIATE_TEST_SUITE_P(fixtures, written_fixture_test,
                         ::testing::Values("837p_clean.x12", "837i_clean.x12", "837d_clean.x12", "835_clean.x12"));

TEST(written_fixture_test, replacement_claim_from_a_record_validates) {
  const std::string source = read_file(fixtures_dir() / "validate" / "837p_clean.x12");
  auto reader = x837::claim_reader(stream_of(source, "837"));
  auto record = reader.next();
  ASSERT_TRUE(record && *record);
  auto r = std::move(**record);
  r.claim = x837::make_replacement(r.claim, "PAYERCLAIM123");
  const auto set = x837::make_set(r);
  const auto bytes = interchange("HC", set.implementation, [&](envelope::interchange_builder& b) {
    EXPECT_TRUE(x837::write_set(set, b));
  });
  std::size_t sets = 0;
  EXPECT_EQ(validation_errors(bytes, "837", sets), 0u);
  auto again = x837::claim_reader(stream_of(bytes, "837"));
  auto back = again.next();
  ASSERT_TRUE(back && *back);
  EXPECT_EQ((*back)->claim.info.frequency_code, "7");
  EXPECT_EQ((*back)->claim.original_reference(), "PAYERCLAIM123");
  EXPECT_EQ((*back)->claim.info.patient_control_number, r.claim.info.patient_control_number);
  EXPECT_EQ((*back)->billing_npi(), r.billing_npi());
}

// Claim count, sum of CLM02 and sum of CLP04 of generated files equal the generator's own.
TEST(generated_totals_test, models_of_generated_files_match_the_generator) {
  constexpr std::uint64_t CLAIMS = 450, SEED = 11;
  using generate::claim_kind;
  for (auto [type, kind] : {std::pair{generate::file_type::x837p, claim_kind::professional},
                            std::pair{generate::file_type::x837i, claim_kind::institutional},
                            std::pair{generate::file_type::x837d, claim_kind::dental}}) {
    std::string bytes;
    envelope::output out(bytes);
    generate::generate_options o;
    o.type = type;
    o.seed = SEED;
    o.claims = CLAIMS;
    o.claims_per_set = 200;
    ASSERT_TRUE(generate::generate(o, out));
    const generate::claim_model gen(SEED, kind);
    std::int64_t want = 0;
    for (std::uint64_t i = 0; i < CLAIMS; ++i) want += gen.draw(i).total_cents;
    x837::claim_reader reader(stream_of(bytes, "837"));
    std::uint64_t claims = 0;
    core::money sum;
    for (;;) {
      auto r = reader.next();
      ASSERT_TRUE(r) << r.error().to_string();
      if (!*r) break;
      ++claims;
      sum = *sum.plus(*(*r)->claim.info.total_charge->to_money());
      EXPECT_EQ((*r)->claim.line_charge_total(), *(*r)->claim.info.total_charge->to_money());
    }
    EXPECT_EQ(claims, CLAIMS);
    EXPECT_EQ(sum.cents, want);
  }
  std::string bytes;
  envelope::output out(bytes);
  generate::generate_options o;
  o.type = generate::file_type::x835;
  o.seed = SEED;
  o.claims = CLAIMS;
  ASSERT_TRUE(generate::generate(o, out));
  const generate::claim_model gen(SEED, claim_kind::professional);
  const generate::remit_model pay(SEED);
  std::int64_t want = 0;
  for (std::uint64_t i = 0; i < CLAIMS; ++i) want += pay.adjudicate(gen.draw(i)).paid_cents;
  x835::remit_reader reader(stream_of(bytes, "835"));
  std::uint64_t claims = 0;
  core::money sum;
  for (;;) {
    auto r = reader.next();
    ASSERT_TRUE(r) << r.error().to_string();
    if (!*r) break;
    ++claims;
    sum = *sum.plus(*(*r)->claim.clp.paid->to_money());
  }
  EXPECT_EQ(claims, CLAIMS);
  EXPECT_EQ(sum.cents, want);
}

}  // namespace
}  // namespace claimloop::testing
