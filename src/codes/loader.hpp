#pragma once
// Reading code tables: claimloop's own TSV files (grammars/codes/, format in docs/code-sets.md)
// and the CMS files a user supplies (ICD-10-CM order file, HCPCS annual fixed-width file).
// Bad input is an error naming the file, line and field; nothing is printed.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "codes/code_table.hpp"
#include "core/result.hpp"

namespace claimloop::codes {

// TSV: '#' comment lines, a header "code<TAB>start_date<TAB>stop_date<TAB>description", then one
// code a line; dates CCYYMMDD or empty. Refuses duplicates, bad dates and stop < start.
core::result<code_table> parse_code_tsv(std::string_view text, std::string name, std::string file);
core::result<code_table> load_code_tsv(const std::filesystem::path& path, std::string name);

// The validity of a whole ICD-10-CM release (the order file carries no dates): FY2024 is
// 2023-10-01 .. 2024-09-30. Unset ends leave codes open.
struct icd_release {
  std::optional<core::date> start;
  std::optional<core::date> stop;
};

// CMS ICD-10-CM order file (icd10cm_order_YYYY.txt), fixed width: order number 1-5, code 7-13,
// header flag 15 (0 header, 1 billable), short description 17-76, long description 78-.
core::result<code_table> parse_icd10cm_order(std::string_view text, std::string file, icd_release release = {});
core::result<code_table> load_icd10cm_order(const std::filesystem::path& path, icd_release release = {});

// HCPCS Level II codes and modifiers from one annual file.
struct hcpcs_tables {
  std::shared_ptr<const code_table> codes;
  std::shared_ptr<const code_table> modifiers;
};

// CMS HCPCS contractor file (HCPCyyyy_..._ANWEB.txt), 320-byte records: code 1-5 (a modifier
// in 4-5), record id 11 (3 code, 7 modifier; 4/8 are description continuations, skipped),
// short description 92-119, added date 269-276, termination date 285-292 (CCYYMMDD).
core::result<hcpcs_tables> parse_hcpcs(std::string_view text, std::string file);
core::result<hcpcs_tables> load_hcpcs(const std::filesystem::path& path);

// A CCYYMMDD date; nullopt for an empty or blank field, an error message for anything else.
core::result<std::optional<core::date>> parse_table_date(std::string_view text);

}  // namespace claimloop::codes
