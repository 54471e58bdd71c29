// Golden model JSON for chosen corpus files (fixtures/models/*.json), read by eye against the
// source before being frozen. CLAIMLOOP_UPDATE_GOLDENS=1 rewrites them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "x835/model_json.hpp"
#include "x835/remit_reader.hpp"
#include "x837/claim_reader.hpp"
#include "x837/model_json.hpp"
#include "x837/model_support.hpp"

namespace claimloop::testing {
namespace {

struct golden {
  const char* corpus_file;
  const char* json;
};

const golden GOLDENS[] = {
    {"cosyte__x12/test__fixtures__golden__837p.edi", "837p_cosyte_golden.json"},
    {"albmarin__badX12/tests__files__edi__X222-drug-administered-in-the-physician-office.edi", "837p_drug.json"},
    {"cosyte__x12/test__fixtures__golden__837i.edi", "837i_cosyte_golden.json"},
    {"cosyte__x12/test__fixtures__golden__837d.edi", "837d_cosyte_golden.json"},
    {"cosyte__x12/test__fixtures__remit__835-with-plb.edi", "835_with_plb.json"},
    {"albmarin__badX12/tests__files__edi__X221-era-sample.edi", "835_era_sample.json"},
};

std::string model_json(const std::string& path, bool remit) {
  if (remit) {
    auto r = x835::remit_reader::open(path, registry());
    EXPECT_TRUE(r);
    std::vector<x835::remittance> sets;
    for (;;) {
      auto s = r->next_set();
      EXPECT_TRUE(s);
      if (!s || !*s) break;
      sets.push_back(std::move(**s));
    }
    return x835::to_json(sets);
  }
  auto r = x837::claim_reader::open(path, registry());
  EXPECT_TRUE(r);
  std::vector<x837::claim_set> sets;
  for (;;) {
    auto s = r->next_set();
    EXPECT_TRUE(s);
    if (!s || !*s) break;
    sets.push_back(std::move(**s));
  }
  return x837::to_json(sets);
}

TEST(model_golden_test, corpus_files_map_to_their_golden_json) {
  const bool update = std::getenv("CLAIMLOOP_UPDATE_GOLDENS") != nullptr;
  for (const auto& g : GOLDENS) {
    const auto source = corpus_dir() / g.corpus_file;
    const bool remit = std::string(g.json).starts_with("835");
    const auto got = model_json(source.string(), remit);
    const auto path = fixtures_dir() / "models" / g.json;
    if (update) std::ofstream(path, std::ios::binary) << got;
    EXPECT_EQ(read_file(path), got) << g.json;
  }
}

}  // namespace
}  // namespace claimloop::testing
