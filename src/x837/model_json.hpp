#pragma once
// The 837 model as JSON text (for `claimloop parse FILE --to model` and golden tests). Amounts
// are strings holding the exact decimal ("125.10"); empty members are left out; extras appear
// as X12 text with * : ^ and the number of typed items they follow ("after").
#include <string>
#include <vector>

#include "x837/model.hpp"

namespace claimloop::x837 {

std::string to_json(const claim_set& set);
// Several sets (a whole file) as one JSON array.
std::string to_json(const std::vector<claim_set>& sets);
std::string to_json(const claim_record& record);

}  // namespace claimloop::x837
