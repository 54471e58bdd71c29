#pragma once
// SNIP level 1 for one segment against its guide use: element count, usage (R missing, N
// present), data types, lengths, codes, repetitions, components and the dictionary's syntax
// rules (P R E C L). Each problem is one IK403 finding.
#include "schema/guide.hpp"
#include "validate/detail/fast_values.hpp"
#include "validate/element_plan.hpp"
#include "validate/reporter.hpp"

namespace claimloop::validate {

// Checks every element of `at` against `use` and its dictionary segment; `guide` (may be null)
// lets ST03 name any implementation the guide accepts; `classes` are set to the segment's
// separators; `plan` (the use's plan, may be null) lets clean positions pass quickly.
void check_elements(const segment_ref& at, const schema::segment_use& use, const schema::guide* guide,
                    const detail::value_classes& classes, const segment_plan* plan, reporter& out);

}  // namespace claimloop::validate
