#pragma once
// How a finding becomes a 277CA claim status (STC01: category code, status code, entity code):
// rules read from grammars/codes/claim_status_reason.tsv, the first row that matches wins. Data,
// not code, so a payer's own mapping is one file away.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "ack/ack_277ca_model.hpp"
#include "core/result.hpp"

namespace claimloop::ack {

// STC01 (C043): category (code source 507), status (508), entity (98, "" = none).
struct claim_status {
  std::string category, status, entity;
  friend bool operator==(const claim_status&, const claim_status&) = default;
};

// One row. Every key is "*" (any) or a value: transaction "837P"/"837I"/"837D", level "0".."7",
// loop "2300", segment "CLM", element "02" (any component) or "05-3". entity is "", a code, or
// "loop" (the entity of the party loop the finding sits in).
struct claim_status_rule {
  std::string transaction, level, loop, segment, element;
  std::string category, status, entity;
  std::string description;
};

class claim_status_table {
 public:
  // TSV: '#' comments, the header "transaction level loop segment element category status entity
  // description", then one rule a line. The last rule must match everything (all keys "*").
  static core::result<claim_status_table> parse(std::string_view text, const std::string& file);
  static core::result<claim_status_table> load(const std::filesystem::path& path);

  // The status for one issue of a claim in a `transaction` ("837P") set.
  claim_status status_of(std::string_view transaction, const claim_issue& issue) const;
  const std::vector<claim_status_rule>& rules() const noexcept { return rules_; }

 private:
  std::vector<claim_status_rule> rules_;
};

}  // namespace claimloop::ack
