#pragma once
// A billed claim packed into one string, so the in-memory index holds a million claims in a
// few hundred megabytes instead of gigabytes (a claim as structs is ~25 small strings).
// Fields are separated by control bytes X12 data never carries; CLM01 comes first so packed
// claims sort and search by it without unpacking.
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "reconcile/billed_claim.hpp"

namespace claimloop::reconcile {

std::string pack(const billed_claim& claim);
// The claim `pack` was given (its id is not packed: set it from the caller's slot).
core::result<billed_claim> unpack(std::string_view packed);
// CLM01 of a packed claim.
std::string_view packed_key(std::string_view packed) noexcept;

}  // namespace claimloop::reconcile
