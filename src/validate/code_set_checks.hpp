#pragma once
// SNIP level 5 as a tree visitor: values checked against code tables (grammars/codes/ and
// user-supplied ICD-10-CM / HCPCS files) on the date of service, code shapes (ICD-10-CM,
// CPT/HCPCS, modifiers), NPI check digits and plausible dates. Findings carry snip = 5.
#include <cstdint>
#include <optional>

#include "codes/code_tables.hpp"
#include "core/date.hpp"
#include "tree/walk.hpp"
#include "validate/reporter.hpp"

namespace claimloop::validate {

class code_set_checker : public tree::tree_visitor {
 public:
  // `tables` must outlive the checker; `file_date` (ISA09/GS04, optional) bounds service dates
  // until the set's own BHT04 (837) or DTM*405 (835) is seen.
  code_set_checker(const codes::code_tables& tables, reporter& out, std::optional<core::date> file_date = {});

  void begin_loop(const tree::loop_tree& tree, std::uint32_t node) override;
  void segment(const tree::loop_tree& tree, std::uint32_t index, const syntax::segment_view& s,
               const schema::segment_use* use) override;
  void end_loop(const tree::loop_tree& tree, std::uint32_t node) override;

 private:
  // One value to judge: where it is, and what the guide says about its position.
  struct spot {
    const segment_ref* at;
    const schema::segment_use* use;
    std::uint8_t element;
    std::uint8_t component;
  };
  void check_code(const spot& p, std::string_view value, const codes::code_table* table, std::string_view what,
                  const std::optional<core::date>& on);
  void check_procedure(const spot& p, const syntax::segment_view& s);
  void check_diagnoses(const segment_ref& at, const syntax::segment_view& s);
  void check_npi(const segment_ref& at, std::uint8_t element, std::string_view value);
  void check_dates(const segment_ref& at, const syntax::segment_view& s);
  void check_not_after_file(const segment_ref& at, std::uint8_t element, std::string_view value, const core::date& d);
  void report(const spot& p, std::string_view ik403, std::string_view value, std::string message);
  std::optional<core::date> service_date() const { return line_date_ ? line_date_ : claim_date_; }

  const codes::code_tables& tables_;
  reporter& out_;
  std::optional<core::date> file_date_;
  std::optional<core::date> claim_date_;  // earliest service date of the open claim
  std::optional<core::date> line_date_;   // earliest service date of the open service line
  std::uint32_t claim_node_;
  std::uint32_t line_node_;
};

}  // namespace claimloop::validate
