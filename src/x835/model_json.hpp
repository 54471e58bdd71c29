#pragma once
// The 835 model as JSON text (amounts as exact decimal strings; empty members left out;
// extras as X12 text with the number of typed items they follow).
#include <string>
#include <vector>

#include "x835/model.hpp"

namespace claimloop::x835 {

std::string to_json(const remittance& r);
// Several sets (a whole file) as one JSON array.
std::string to_json(const std::vector<remittance>& sets);
std::string to_json(const remit_record& record);

}  // namespace claimloop::x835
