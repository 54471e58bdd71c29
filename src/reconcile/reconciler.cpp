#include "reconcile/reconciler.hpp"

#include <algorithm>

#include "reconcile/remit_amounts.hpp"
#include "x835/map.hpp"
#include "x837/set_pipeline.hpp"

namespace claimloop::reconcile {
namespace {

remit_parties parties_of(const x835::remittance& r) {
  remit_parties p;
  if (const auto* payer = r.payer()) {
    if (!payer->who.id.empty()) p.payer_ids.push_back(payer->who.id);
    if (auto v = payer->reference_value("2U"); !v.empty()) p.payer_ids.emplace_back(v);
  }
  if (!r.trn.originator.empty()) p.payer_ids.push_back(r.trn.originator);
  if (const auto* payee = r.payee()) p.payee_id = payee->who.id;
  return p;
}

core::result<deposit_result> deposit_of(const x835::remittance& r, const std::string& file) {
  deposit_result d;
  d.remit_file = file;
  d.trace_number = r.trn.number;
  if (const auto* payer = r.payer()) {
    d.payer_id = payer->who.id.empty() ? r.trn.originator : payer->who.id;
    d.payer_name = payer->who.last_or_organization;
  }
  if (const auto* payee = r.payee()) d.payee_id = payee->who.id;
  d.method = r.bpr.method;
  d.payment_date = r.bpr.date;
  auto amount = money_of(r.bpr.amount, "BPR02");
  if (!amount) return std::move(amount).error();
  d.amount = r.bpr.credit_debit == "D" ? core::money{-amount->cents} : *amount;
  for (const auto& plb : r.provider_adjustments)
    for (const auto& item : plb.items) {
      auto m = money_of(item.value, "PLB " + item.reason);
      if (!m) return std::move(m).error();
      d.provider_adjustments.cents += m->cents;
      if (item.reason == "FB") d.forward_balance.cents += m->cents;
    }
  for (const auto& g : r.groups)
    for (const auto& c : g.claims) {
      auto paid = money_of(c.clp.paid, "CLP04 of " + c.clp.patient_control_number);
      if (!paid) return std::move(paid).error();
      d.claims_paid.cents += paid->cents;
      ++d.claims;
    }
  return d;
}

// The responsibility level a posting counts at: CLP02 says it, or a reversal takes the level of
// the posting it reverses (same CLP07), or a denial the level this payer had before (else 1).
int level_of(const claim_result& c, const std::vector<posting>& before) {
  if (int level = responsibility_level(c.claim_status); level > 0) return level;
  for (const auto& p : before)
    if (p.payer_claim_number == c.payer_claim_number) return p.level;
  for (const auto& p : before)
    if (p.payer_id == c.payer_id) return p.level;
  return 1;
}

}  // namespace

core::result<prepared_remittance> prepare(const x835::remittance& r, const std::string& file) {
  prepared_remittance out;
  auto deposit = deposit_of(r, file);
  if (!deposit) return std::move(deposit).error();
  out.deposit = std::move(*deposit);
  out.key = {r.trn.originator.empty() ? out.deposit.payer_id : r.trn.originator, r.trn.number,
             out.deposit.amount.to_string(), r.bpr.date};
  out.parties = parties_of(r);
  out.claims.reserve(out.deposit.claims);
  for (const auto& g : r.groups)
    for (const auto& c : g.claims) {
      auto result = read_claim(c);
      if (!result) return std::move(result).error();
      out.claims.push_back({std::move(*result), facts_of(c)});
    }
  return out;
}

core::result<claim_result> reconciler::post_claim(prepared_remittance::claim&& claim,
                                                  const prepared_remittance& remittance) {
  claim_result out = std::move(claim.result);
  const auto& facts = claim.facts;
  const auto& deposit = remittance.deposit;
  out.remit_file = deposit.remit_file;
  out.trace_number = deposit.trace_number;
  out.payer_id = deposit.payer_id;
  out.payer_name = deposit.payer_name;
  auto candidates = claims_.find(out.patient_control_number);
  if (!candidates) return std::move(candidates).error();
  out.candidates = candidates->size();
  bool lookup_failed = false;
  const auto* billed = choose_claim(*candidates, facts, remittance.parties, [&](const billed_claim& b) {
    auto before = ledger_.postings(b.id);
    if (!before) lookup_failed = true;
    return before && std::any_of(before->begin(), before->end(), [&](const posting& p) {
             return p.payer_claim_number == facts.payer_claim_number;
           });
  });
  if (lookup_failed) return core::invalid_value("the ledger could not be read");
  if (!billed) return out;

  out.method = match_method::claim;
  out.matched_claim_id = billed->id;
  out.matched_claim = billed->patient_control_number;
  out.matched_file = billed->file;
  const auto links = match_lines(facts, *billed);
  for (std::size_t i = 0; i < links.size(); ++i) {
    out.lines[i].method = links[i].method;
    if (links[i].billed_index >= 0) out.lines[i].matched_line = billed->lines[static_cast<std::size_t>(links[i].billed_index)].number;
  }

  auto before = ledger_.postings(billed->id);
  if (!before) return std::move(before).error();
  auto amounts = posting_amounts(out);
  if (!amounts) return std::move(amounts).error();
  posting p{out.payer_id, out.payer_claim_number, out.claim_status, level_of(out, *before),
            out.remit_file, out.trace_number, *amounts};
  if (auto r = ledger_.post(billed->id, p); !r) return std::move(r).error();
  before->push_back(std::move(p));
  auto totals = totals_of(billed->charge, *before);
  if (!totals) return std::move(totals).error();
  out.totals = *totals;
  return out;
}

core::result<void> reconciler::add(const x835::remittance& r, const std::string& file) {
  auto prepared = prepare(r, file);
  if (!prepared) return std::move(prepared).error();
  return add(std::move(*prepared));
}

core::result<void> reconciler::add(prepared_remittance&& r) {
  auto first = ledger_.take_payment(r.key, r.deposit.remit_file);
  if (!first) return std::move(first).error();
  if (!first->empty()) {
    r.deposit.duplicate_of = *first;
    sink_.on_deposit(r.deposit);
    return {};
  }
  for (auto& c : r.claims) {
    auto posted = post_claim(std::move(c), r);
    if (!posted) return std::move(posted).error();
    sink_.on_claim(*posted);
  }
  sink_.on_deposit(r.deposit);
  return {};
}

core::result<std::size_t> reconciler::add_file(const std::string& path, const schema::guide_registry& guides) {
  auto sets = model::set_stream::open(path, guides, "835");
  if (!sets) return std::move(sets).error();
  // Mapping threads build the model, convert it and free it; this thread matches and posts.
  return model::map_sets(
      *sets,
      [&](const model::parsed_set& set) -> core::result<prepared_remittance> {
        auto r = x835::map_remittance(set.tree, path);
        if (!r) return std::move(r).error();
        return prepare(*r, path);
      },
      [&](prepared_remittance&& r) { return add(std::move(r)); }, workers_);
}

core::result<void> reconciler::finish() {
  auto walked = claims_.each(
      [&](std::int64_t id) -> core::result<bool> {
        auto posted = ledger_.has_postings(id);
        if (!posted) return std::move(posted).error();
        return !*posted;
      },
      [&](const billed_claim& c) { sink_.on_unpaid(c); });
  if (!walked) return walked;
  sink_.on_end();
  return {};
}

}  // namespace claimloop::reconcile
