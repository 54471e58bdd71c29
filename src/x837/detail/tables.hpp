#pragma once
// Field tables of the 837 typed segments (shared by mapping, writing and JSON).
#include <span>
#include <string_view>

#include "x837/model.hpp"

namespace claimloop::x837::detail {

template <class T>
using table = std::span<const model::field<T>>;

table<beginning> bht_fields();
table<subscriber_info> sbr_fields();
table<patient_info> pat_fields();
table<claim_info> clm_fields();
table<admission_info> cl1_fields();
table<service> service_fields(std::string_view tag);  // SV1, SV2 or SV3
table<tooth> too_fields();
table<line_payment> svd_fields();

// HI: each element is one C022 composite.
std::optional<model::value_error> read_health_codes(raw_segment source, health_codes& out);
raw_segment write_health_codes(const health_codes& in);

}  // namespace claimloop::x837::detail
