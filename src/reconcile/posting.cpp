#include "reconcile/posting.hpp"

#include <algorithm>

namespace claimloop::reconcile {
namespace {

core::result<void> add_to(core::money& bucket, core::money amount) {
  auto sum = bucket.plus(amount);
  if (!sum) return std::move(sum).error();
  bucket = *sum;
  return {};
}

core::money sum_or_zero(std::initializer_list<core::money> parts) {
  core::money total;
  for (auto m : parts)
    if (auto t = total.plus(m); t) total = *t;
  return total;
}

}  // namespace

core::money posted_amounts::patient() const noexcept {
  return sum_or_zero({deductible, coinsurance, copay, other_patient});
}

core::result<void> posted_amounts::add(const adjustment_amount& a) {
  if (a.group == "CO") return add_to(contractual, a.amount);
  if (a.group == "PR") {
    if (a.reason == "1") return add_to(deductible, a.amount);
    if (a.reason == "2") return add_to(coinsurance, a.amount);
    if (a.reason == "3") return add_to(copay, a.amount);
    return add_to(other_patient, a.amount);
  }
  if (a.group == "OA" && a.reason == "23") return add_to(prior_payer, a.amount);
  return add_to(other_adjustments, a.amount);
}

core::result<void> posted_amounts::add(const posted_amounts& o) {
  for (auto [mine, theirs] : {std::pair{&billed, o.billed}, {&allowed, o.allowed}, {&paid, o.paid},
                              {&contractual, o.contractual}, {&deductible, o.deductible},
                              {&coinsurance, o.coinsurance}, {&copay, o.copay}, {&other_patient, o.other_patient},
                              {&other_adjustments, o.other_adjustments}, {&prior_payer, o.prior_payer}})
    if (auto r = add_to(*mine, theirs); !r) return r;
  return {};
}

int responsibility_level(std::string_view s) noexcept {
  if (s == "1" || s == "19") return 1;
  if (s == "2" || s == "20") return 2;
  if (s == "3" || s == "21") return 3;
  return 0;
}

bool is_crossover(std::string_view s) noexcept { return s == "19" || s == "20" || s == "21"; }

core::result<claim_totals> totals_of(core::money billed, const std::vector<posting>& postings) {
  claim_totals t;
  t.billed = billed;
  t.postings = postings.size();
  int latest_level = 0;
  for (const auto& p : postings) latest_level = std::max(latest_level, p.level);
  for (const auto& p : postings) {
    if (auto r = add_to(t.paid, p.amounts.paid); !r) return std::move(r).error();
    if (auto r = add_to(t.contractual, p.amounts.contractual); !r) return std::move(r).error();
    if (auto r = add_to(t.other_adjustments, p.amounts.other_adjustments); !r) return std::move(r).error();
    if (p.level == latest_level)
      if (auto r = add_to(t.patient, p.amounts.patient()); !r) return std::move(r).error();
  }
  auto balance = billed.minus(t.paid);
  for (auto part : {t.contractual, t.other_adjustments, t.patient})
    if (balance) balance = balance->minus(part);
  if (!balance) return std::move(balance).error();
  t.balance = *balance;
  return t;
}

}  // namespace claimloop::reconcile
