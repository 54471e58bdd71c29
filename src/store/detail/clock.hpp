#pragma once
// Timestamps the store writes: UTC, ISO 8601 to the second ("2024-05-01T12:34:56Z"), which sorts
// as text and which PostgreSQL reads as timestamptz.
#include <string>

namespace claimloop::store::detail {

std::string utc_now();

}  // namespace claimloop::store::detail
