#pragma once
// Every code set the level-5 checks use, loaded once and shared read-only between threads.
#include <filesystem>
#include <memory>

#include "codes/code_table.hpp"
#include "core/result.hpp"

namespace claimloop::codes {

struct code_tables {
  // Shipped lists (grammars/codes/*.tsv).
  std::shared_ptr<const code_table> carc;                  // carc.tsv
  std::shared_ptr<const code_table> rarc;                  // rarc.tsv
  std::shared_ptr<const code_table> adjustment_group;      // claim_adjustment_group.tsv
  std::shared_ptr<const code_table> claim_status;          // claim_status.tsv
  std::shared_ptr<const code_table> claim_frequency;       // claim_frequency.tsv
  std::shared_ptr<const code_table> place_of_service;      // place_of_service.tsv
  std::shared_ptr<const code_table> facility_type;         // facility_type.tsv
  std::shared_ptr<const code_table> entity_identifier;     // entity_identifier.tsv
  std::shared_ptr<const code_table> reference_qualifier;   // reference_qualifier.tsv
  // Supplied by the user (never shipped); null = check shape only.
  std::shared_ptr<const code_table> icd10cm;
  std::shared_ptr<const code_table> hcpcs;
  std::shared_ptr<const code_table> hcpcs_modifiers;
};

// Loads every shipped list from `dir` (grammars/codes); a missing or broken file is an error.
core::result<code_tables> load_code_tables(const std::filesystem::path& dir);

}  // namespace claimloop::codes
