// The CSV report row by row: a service line, a claim-level adjustment, a claim without lines,
// a claim never paid, and RFC 4180 quoting, against text written out by hand.
#include <gtest/gtest.h>

#include <sstream>

#include "reconcile/report.hpp"

namespace claimloop::testing {
namespace {

using reconcile::match_method;

reconcile::claim_result remittance_claim() {
  reconcile::claim_result c;
  c.remit_file = "era.835";
  c.trace_number = "EFT1";
  c.patient_control_number = "PCN1";
  c.payer_claim_number = "A,\"B\"";  // a comma and quotes: the field is quoted, quotes doubled
  c.claim_status = "1";
  c.billed = core::money{15000};
  c.paid = core::money{8000};
  c.matched_claim = "PCN1";
  c.method = match_method::claim;
  reconcile::line_result l;
  l.control_number = "L1";
  l.procedure = "99213";
  l.modifiers = {"25", "59"};
  l.service_date = "20240110";
  l.billed = core::money{10000};
  l.allowed = core::money{8000};
  l.paid = core::money{6000};
  l.adjustments = {{"CO", "45", core::money{2000}}, {"PR", "2", core::money{2000}}};
  l.remarks = {"N130", "M15"};
  l.matched_line = "1";
  l.method = match_method::control_number;
  c.lines.push_back(l);
  c.adjustments = {{"OA", "23", core::money{-500}}};
  c.remarks = {"MA01"};
  return c;
}

TEST(report_csv_test, writes_line_and_claim_adjustment_rows_with_quoting) {
  std::ostringstream out;
  reconcile::csv_report csv(out);
  csv.on_claim(remittance_claim());
  const auto text = out.str();
  const auto body = text.substr(text.find('\n') + 1);
  EXPECT_EQ(body,
            "era.835,EFT1,PCN1,\"A,\"\"B\"\"\",1,L1,99213,25;59,20240110,100.00,80.00,60.00,CO-45:20.00;PR-2:20.00,"
            "N130;M15,PCN1,1,6R\n"
            "era.835,EFT1,PCN1,\"A,\"\"B\"\"\",1,,,,,,,,OA-23:-5.00,MA01,PCN1,,claim\n");
}

TEST(report_csv_test, a_claim_without_lines_or_adjustments_gets_one_row_with_its_amounts) {
  auto c = remittance_claim();
  c.payer_claim_number = "P9";
  c.lines.clear();
  c.adjustments.clear();
  c.method = match_method::unmatched;
  c.matched_claim.clear();
  std::ostringstream out;
  reconcile::csv_report csv(out);
  csv.on_claim(c);
  const auto text = out.str();
  EXPECT_EQ(text.substr(text.find('\n') + 1), "era.835,EFT1,PCN1,P9,1,,,,,150.00,,80.00,,MA01,,,unmatched\n");
}

TEST(report_csv_test, an_unpaid_claim_names_its_clm01_date_and_charge) {
  reconcile::billed_claim b;
  b.patient_control_number = "UNPAID1";
  b.date_from = "20240114";
  b.charge = core::money{7500};
  std::ostringstream out;
  reconcile::csv_report csv(out);
  csv.on_unpaid(b);
  const auto text = out.str();
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "remit_file,trace_number,clp01,payer_claim_number,claim_status,line_control_number,procedure,modifiers,"
            "service_date,billed,allowed,paid,adjustments,remarks,matched_claim,matched_line,match_method");
  EXPECT_EQ(text.substr(text.find('\n') + 1), ",,UNPAID1,,,,,,20240114,75.00,,,,,,,unmatched\n");
}

}  // namespace
}  // namespace claimloop::testing
