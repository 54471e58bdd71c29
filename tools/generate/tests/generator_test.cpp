// The generator's promises: same seed, same bytes; the requested number of claims; balanced 837
// claims; an 835 that pays exactly the 837 of its seed and balances; files the reader takes as is.
#include <gtest/gtest.h>

#include <charconv>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "generate/generate.hpp"
#include "syntax/segment_reader.hpp"

namespace claimloop::generate {
namespace {

std::string make(file_type type, std::uint64_t claims, std::uint64_t seed, claim_kind remit_for = claim_kind::professional) {
  generate_options o;
  o.type = type;
  o.claims = claims;
  o.seed = seed;
  o.remit_for = remit_for;
  o.claims_per_set = 40;  // small sets, so a few hundred claims span many of them
  std::string bytes;
  envelope::output out(bytes);
  auto stats = generate(o, out);
  EXPECT_TRUE(stats) << stats.error().to_string();
  if (stats) {
    EXPECT_EQ(stats->claims, claims);
    EXPECT_EQ(stats->bytes, bytes.size());
  }
  return bytes;
}

// A segment as tag + elements, each element split into components.
struct seg {
  std::string tag;
  std::vector<std::vector<std::string>> el;  // el[n-1] = components of element n
  std::string at(std::size_t n, std::size_t c = 1) const {
    return n <= el.size() && c <= el[n - 1].size() ? el[n - 1][c - 1] : std::string();
  }
};

std::vector<seg> read_all(const std::string& bytes) {
  std::vector<seg> out;
  syntax::segment_reader reader(syntax::memory_source(bytes), "generated.x12");
  for (;;) {
    auto next = reader.next();
    EXPECT_TRUE(next) << next.error().to_string();
    if (!next || !*next) break;
    const auto& s = **next;
    seg g{std::string(s.tag()), {}};
    for (std::size_t n = 1; n <= s.element_count(); ++n) {
      std::vector<std::string> comps;
      for (auto c : s.components(n)) comps.emplace_back(c);
      g.el.push_back(std::move(comps));
    }
    out.push_back(std::move(g));
    EXPECT_TRUE(reader.take_notices().empty()) << "notice at segment " << out.size();
  }
  EXPECT_TRUE(reader.take_notices().empty());
  return out;
}

std::int64_t cents(const std::string& s) {
  const bool negative = !s.empty() && s[0] == '-';
  const std::string body = negative ? s.substr(1) : s;
  const auto dot = body.find('.');
  std::int64_t whole = std::stoll(body.substr(0, dot));
  std::int64_t frac = 0;
  if (dot != std::string::npos) {
    std::string f = body.substr(dot + 1);
    EXPECT_LE(f.size(), 2u) << s;
    f.resize(2, '0');
    frac = std::stoll(f);
  }
  return (negative ? -1 : 1) * (whole * 100 + frac);
}

std::size_t count(const std::vector<seg>& segs, const std::string& tag) {
  std::size_t n = 0;
  for (const auto& s : segs) n += s.tag == tag;
  return n;
}

TEST(generator_test, npi_check_digit_is_luhn_with_80840_prefix) {
  EXPECT_EQ(npi_check_digit("123456789"), '3');  // CMS's published example: 1234567893
  EXPECT_TRUE(is_valid_npi("1234567893"));
  EXPECT_FALSE(is_valid_npi("1234567890"));
  rng r(5);
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(is_valid_npi(make_npi(r)));
}

TEST(generator_test, money_text_drops_needless_zeros) {
  EXPECT_EQ(std::string_view(money(15000)), "150");
  EXPECT_EQ(std::string_view(money(15050)), "150.5");
  EXPECT_EQ(std::string_view(money(15025)), "150.25");
  EXPECT_EQ(std::string_view(money(5)), "0.05");
  EXPECT_EQ(std::string_view(money(-310)), "-3.1");
  EXPECT_EQ(std::string_view(money(0)), "0");
}

TEST(generator_test, same_seed_gives_same_bytes) {
  for (auto type : {file_type::x837p, file_type::x837i, file_type::x837d, file_type::x835}) {
    const auto a = make(type, 120, 42), b = make(type, 120, 42), c = make(type, 120, 43);
    EXPECT_EQ(std::hash<std::string>{}(a), std::hash<std::string>{}(b));
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
  }
}

TEST(generator_test, writes_requested_claims_in_many_sets) {
  for (auto type : {file_type::x837p, file_type::x837i, file_type::x837d}) {
    const auto segs = read_all(make(type, 333, 9));
    EXPECT_EQ(count(segs, "CLM"), 333u);
    EXPECT_EQ(count(segs, "ST"), 9u);  // 40 per set
  }
  const auto remit = read_all(make(file_type::x835, 333, 9));
  EXPECT_EQ(count(remit, "CLP"), 333u);
  EXPECT_EQ(count(remit, "ST"), 2u);  // one per 200-claim provider block
}

TEST(generator_test, envelope_counts_match) {
  const auto segs = read_all(make(file_type::x837p, 100, 4));
  std::size_t in_set = 0, sets = 0;
  for (const auto& s : segs) {
    if (s.tag == "ST") in_set = 0;
    ++in_set;
    if (s.tag == "SE") {
      EXPECT_EQ(std::stoul(s.at(1)), in_set);
      ++sets;
    }
    if (s.tag == "GE") {
      EXPECT_EQ(std::stoul(s.at(1)), sets);
    }
  }
  EXPECT_EQ(segs.back().tag, "IEA");
  EXPECT_EQ(segs.back().at(2), segs.front().at(13));
}

TEST(generator_test, claim_charge_equals_sum_of_line_charges) {
  struct layout { file_type type; const char* line; std::size_t charge; };
  for (auto [type, line, charge] : {layout{file_type::x837p, "SV1", 2}, layout{file_type::x837i, "SV2", 3},
                                    layout{file_type::x837d, "SV3", 2}}) {
    const auto segs = read_all(make(type, 300, 11));
    std::int64_t claim_total = -1, lines = 0;
    std::size_t claims = 0;
    auto close = [&] {
      if (claim_total >= 0) {
        EXPECT_EQ(claim_total, lines) << line << " claim " << claims;
      }
    };
    for (const auto& s : segs) {
      if (s.tag == "CLM" || s.tag == "SE") {
        close();
        claim_total = s.tag == "CLM" ? cents(s.at(2)) : -1;
        lines = 0;
        claims += s.tag == "CLM";
      } else if (s.tag == line) {
        lines += cents(s.at(charge));
      } else if (s.tag == "NM1" && s.at(1) == "85") {
        EXPECT_TRUE(is_valid_npi(s.at(9)));
      }
    }
    EXPECT_EQ(claims, 300u);
  }
}

struct remit_check {
  std::size_t claims = 0, denied_lines = 0, denied_claims = 0;
  std::map<std::string, int> pr_reasons;
};

// Walks an 835 and checks the three balancing equations for every claim, line and set.
remit_check check_835(const std::vector<seg>& segs) {
  remit_check out;
  std::int64_t bpr = 0, clp_paid_sum = 0, plb_sum = 0;
  std::int64_t clp_charge = 0, clp_paid = 0, clp_cas = 0, clp_pr = 0, clp_patient = 0;
  std::int64_t svc_charge = 0, svc_paid = 0, svc_cas = 0;
  bool in_claim = false, in_line = false;
  auto close_line = [&] {
    if (in_line) {
      EXPECT_EQ(svc_charge - svc_paid, svc_cas) << "claim " << out.claims;
    }
    if (in_line && svc_paid == 0 && svc_charge > 0) ++out.denied_lines;
    in_line = false;
  };
  auto close_claim = [&] {
    close_line();
    if (in_claim) {
      EXPECT_EQ(clp_charge - clp_paid, clp_cas) << "claim " << out.claims;
      EXPECT_EQ(clp_patient, clp_pr) << "claim " << out.claims;
    }
    in_claim = false;
  };
  for (const auto& s : segs) {
    if (s.tag == "BPR") {
      bpr = cents(s.at(2));
      clp_paid_sum = plb_sum = 0;
    } else if (s.tag == "CLP") {
      close_claim();
      in_claim = true;
      ++out.claims;
      clp_charge = cents(s.at(3));
      clp_paid = cents(s.at(4));
      clp_patient = cents(s.at(5));
      clp_paid_sum += clp_paid;
      clp_cas = clp_pr = 0;
      out.denied_claims += s.at(2) == "4";
    } else if (s.tag == "SVC") {
      close_line();
      in_line = true;
      svc_charge = cents(s.at(2));
      svc_paid = cents(s.at(3));
      svc_cas = 0;
    } else if (s.tag == "CAS") {
      for (std::size_t n = 2; n + 1 <= s.el.size(); n += 3) {
        const auto amount = cents(s.at(n + 1));
        svc_cas += amount;
        clp_cas += amount;
        if (s.at(1) == "PR") {
          clp_pr += amount;
          ++out.pr_reasons[s.at(n)];
        }
      }
    } else if (s.tag == "PLB") {
      for (std::size_t n = 4; n <= s.el.size(); n += 2) plb_sum += cents(s.at(n));
    } else if (s.tag == "SE") {
      close_claim();
      EXPECT_EQ(bpr, clp_paid_sum - plb_sum);
    }
  }
  return out;
}

TEST(generator_test, remittance_balances_for_every_claim) {
  const auto segs = read_all(make(file_type::x835, 1000, 21));
  const auto r = check_835(segs);
  EXPECT_EQ(r.claims, 1000u);
  EXPECT_GT(r.denied_lines, 10u);
  EXPECT_GT(r.denied_claims, 5u);
  EXPECT_GT(r.pr_reasons.count("1"), 0u);
  EXPECT_GT(r.pr_reasons.count("2"), 0u);
  EXPECT_GT(r.pr_reasons.count("3"), 0u);
  EXPECT_GT(count(segs, "PLB"), 0u);
}

// CLP01 and every REF*6R of the 835 are the CLM01 and REF*6R of the 837 with the same seed.
TEST(generator_test, remittance_pays_the_claims_of_the_same_seed) {
  for (auto [type, kind] : {std::pair{file_type::x837p, claim_kind::professional},
                            std::pair{file_type::x837i, claim_kind::institutional},
                            std::pair{file_type::x837d, claim_kind::dental}}) {
    const auto claims = read_all(make(type, 250, 77));
    const auto remit = read_all(make(file_type::x835, 250, 77, kind));
    std::vector<std::string> billed, paid, billed_lines, paid_lines;
    for (const auto& s : claims) {
      if (s.tag == "CLM") billed.push_back(s.at(1) + "/" + s.at(2));
      if (s.tag == "REF" && s.at(1) == "6R") billed_lines.push_back(s.at(2));
    }
    for (const auto& s : remit) {
      if (s.tag == "CLP") paid.push_back(s.at(1) + "/" + s.at(3));
      if (s.tag == "REF" && s.at(1) == "6R") paid_lines.push_back(s.at(2));
    }
    EXPECT_EQ(billed, paid);
    EXPECT_EQ(billed_lines, paid_lines);
    check_835(remit);
  }
}

TEST(generator_test, size_mode_stops_just_past_the_target) {
  generate_options o;
  o.type = file_type::x837p;
  o.size_bytes = 300'000;
  std::string bytes;
  envelope::output out(bytes);
  auto stats = generate(o, out);
  ASSERT_TRUE(stats);
  EXPECT_GE(bytes.size(), 300'000u);
  EXPECT_LT(bytes.size(), 310'000u);
  EXPECT_EQ(count(read_all(bytes), "CLM"), stats->claims);
}

}  // namespace
}  // namespace claimloop::generate
