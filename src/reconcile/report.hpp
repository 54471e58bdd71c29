#pragma once
// Reports of a reconciliation run: the CSV billing offices load into spreadsheets, a JSON
// document for programs, and a summary for a person. Each streams as results arrive.
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "reconcile/reconciler.hpp"

namespace claimloop::reconcile {

// One row per 835 service line, per claim-level adjustment, per remittance claim without lines
// or adjustments, and per billed claim never paid (remit columns empty, method "unmatched").
class csv_report : public report_sink {
 public:
  explicit csv_report(std::ostream& out);
  void on_claim(const claim_result& claim) override;
  void on_deposit(const deposit_result&) override {}
  void on_unpaid(const billed_claim& claim) override;

 private:
  std::ostream& out_;
  std::string rows_, scratch_;  // reused: a claim's rows are made here and written at once
};

// Totals per payer and the exceptions a person must look at.
struct payer_totals {
  std::string name;
  std::size_t claims = 0, denied_claims = 0, denied_lines = 0;
  core::money billed, paid, adjusted, patient, denied;
};
struct summary {
  std::map<std::string, payer_totals> payers;  // by payer id
  std::size_t remittances = 0, remit_claims = 0, remit_lines = 0;
  std::size_t unmatched_claims = 0, unlinked_lines = 0, unpaid_claims = 0, reversals = 0, crossovers = 0;
  std::map<std::string, std::size_t> lines_by_method;
  std::vector<deposit_result> unbalanced, duplicates;
  // PLB FB amounts netted per payer and payee ("payer -> payee"): a forward balance one
  // remittance takes and a later one gives back nets to zero; what is left is still carried.
  std::map<std::string, core::money> forward_balances;
  core::money unpaid_billed;
};

class summary_report : public report_sink {
 public:
  void on_claim(const claim_result& claim) override;
  void on_deposit(const deposit_result& deposit) override;
  void on_unpaid(const billed_claim& claim) override;

  const summary& totals() const noexcept { return summary_; }
  // The summary as text for a person.
  void print(std::ostream& out) const;

 private:
  summary summary_;
};

// {"claims": [...], "unpaid": [...], "deposits": [...], "summary": {...}}; claims are written
// as they come, deposits (one per 835 set) and the summary are kept for the end.
class json_report : public report_sink {
 public:
  explicit json_report(std::ostream& out);
  void on_claim(const claim_result& claim) override;
  void on_deposit(const deposit_result& deposit) override;
  void on_unpaid(const billed_claim& claim) override;
  void on_end() override;

 private:
  std::ostream& out_;
  std::vector<deposit_result> deposits_;
  summary_report summary_;
  bool first_claim_ = true, first_unpaid_ = true, in_unpaid_ = false;
};

// Passes every result to several sinks.
class fanout : public report_sink {
 public:
  explicit fanout(std::vector<report_sink*> sinks) : sinks_(std::move(sinks)) {}
  void on_claim(const claim_result& c) override;
  void on_deposit(const deposit_result& d) override;
  void on_unpaid(const billed_claim& c) override;
  void on_end() override;

 private:
  std::vector<report_sink*> sinks_;
};

}  // namespace claimloop::reconcile
