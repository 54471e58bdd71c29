#pragma once
// Field tables of the 835 typed segments (shared by mapping, writing and JSON).
#include <span>

#include "x835/model.hpp"

namespace claimloop::x835::detail {

template <class T>
using table = std::span<const model::field<T>>;

table<payment> bpr_fields();
table<trace> trn_fields();
table<claim_payment> clp_fields();
table<inpatient_adjudication> mia_fields();
table<outpatient_adjudication> moa_fields();
table<service_payment> svc_fields();
table<remark> lq_fields();

// PLB has a variable number of adjustments, so it is read and written by hand.
std::optional<model::value_error> read_plb(raw_segment source, provider_adjustment& out);
raw_segment write_plb(const provider_adjustment& in);

}  // namespace claimloop::x835::detail
