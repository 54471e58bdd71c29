// The in-memory index of billed claims: every claim found by its CLM01 (all of them when
// several share it, in billing order), nothing for an unknown CLM01, each claim visited once.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

#include "reconcile/claim_source.hpp"

namespace claimloop::testing {
namespace {

reconcile::billed_claim claim(const std::string& pcn, std::int64_t cents, const std::string& frequency = "1") {
  reconcile::billed_claim c;
  c.file = "claims.837";
  c.patient_control_number = pcn;
  c.frequency_code = frequency;
  c.charge = core::money{cents};
  c.billing_npi = "1999999984";
  reconcile::billed_line l;
  l.number = "1";
  l.code = "99213";
  l.charge = c.charge;
  c.lines.push_back(l);
  return c;
}

TEST(claim_index_test, finds_every_claim_of_a_clm01_in_billing_order_and_nothing_else) {
  reconcile::claim_index index;
  index.add(claim("B2", 200));
  index.add(claim("A1", 100));
  index.add(claim("B2", 250, "7"));  // the replacement, billed later
  index.add(claim("A10", 300));
  index.seal();

  auto b = index.find("B2");
  ASSERT_TRUE(b);
  ASSERT_EQ(b->size(), 2u);
  EXPECT_EQ((*b)[0].charge.cents, 200);
  EXPECT_EQ((*b)[0].id, 1);
  EXPECT_EQ((*b)[1].frequency_code, "7");
  EXPECT_EQ((*b)[1].id, 3);
  ASSERT_EQ((*b)[1].lines.size(), 1u);
  EXPECT_EQ((*b)[1].lines[0].code, "99213");

  auto a = index.find("A1");
  ASSERT_TRUE(a);
  ASSERT_EQ(a->size(), 1u);  // not A10
  EXPECT_EQ((*a)[0].charge.cents, 100);
  for (auto missing : {"A", "B", "B20", "", "C1"}) {
    auto none = index.find(missing);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty()) << missing;
  }
}

TEST(claim_index_test, finds_each_of_many_claims_and_visits_each_once) {
  reconcile::claim_index index;
  std::map<std::string, int> copies;
  for (int i = 0; i < 20000; ++i) {
    const auto pcn = fmt::format("PCN{:07}", (i * 7919) % 15000);  // 5000 CLM01s billed twice
    index.add(claim(pcn, i));
    ++copies[pcn];
  }
  index.seal();
  for (const auto& [pcn, n] : copies) {
    auto found = index.find(pcn);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), static_cast<std::size_t>(n)) << pcn;
    for (const auto& c : *found) EXPECT_EQ(c.patient_control_number, pcn);
    if (n == 2) {
      EXPECT_LT((*found)[0].id, (*found)[1].id) << pcn;
    }
  }
  std::map<std::int64_t, int> visits;
  ASSERT_TRUE(index.each([&](const reconcile::billed_claim& c) { ++visits[c.id]; }));
  EXPECT_EQ(visits.size(), 20000u);
  EXPECT_EQ(visits.begin()->first, 1);
  EXPECT_EQ(visits.rbegin()->first, 20000);
}

TEST(claim_index_test, each_with_a_filter_reads_only_the_claims_it_accepts_and_stops_at_its_error) {
  reconcile::claim_index index;
  for (const char* pcn : {"C", "A", "B", "D"}) index.add(claim(pcn, 100));
  index.seal();
  std::vector<std::string> seen;
  auto odd = [](std::int64_t id) -> core::result<bool> { return id % 2 == 1; };  // ids 1 (C) and 3 (B)
  ASSERT_TRUE(index.each(odd, [&](const reconcile::billed_claim& c) { seen.push_back(c.patient_control_number); }));
  EXPECT_EQ(seen, (std::vector<std::string>{"B", "C"}));  // in CLM01 order

  seen.clear();
  auto broken = [](std::int64_t id) -> core::result<bool> {
    if (id == 3) return core::invalid_value("ledger unreadable");
    return true;
  };
  auto walked = index.each(broken, [&](const reconcile::billed_claim& c) { seen.push_back(c.patient_control_number); });
  ASSERT_FALSE(walked);
  EXPECT_EQ(walked.error().message, "ledger unreadable");
  EXPECT_EQ(seen, (std::vector<std::string>{"A"}));  // A (id 2) before B (id 3)
}

TEST(claim_index_test, an_empty_index_finds_nothing) {
  reconcile::claim_index index;
  index.seal();
  auto none = index.find("PCN1");
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace claimloop::testing
