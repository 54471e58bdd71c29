#pragma once
// Streams the claims of an 837 file of any size: one transaction set is read, mapped and
// handed out claim by claim, then dropped, so memory follows the largest set.
#include <cstddef>
#include <deque>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "schema/registry.hpp"
#include "x837/model.hpp"
#include "x837/set_reader.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::x837 {

class claim_reader : public model::set_reader<claim_set, claim_record> {
 public:
  claim_reader(model::set_stream sets) : set_reader(std::move(sets)) {}  // NOLINT: explicit not needed
  // Opens `path` ("-" = standard input); `guides` must outlive the reader.
  static core::result<claim_reader> open(const std::string& path, const schema::guide_registry& guides);

  // The next claim with its parties, std::nullopt at the end, or an error (unreadable input,
  // or an amount that is not a number; the reader goes on with the next set after one).
  core::result<std::optional<claim_record>> next();
  // The next whole set, for callers that want the hierarchy (round trip, JSON of a file).
  core::result<std::optional<claim_set>> next_set();

  const std::string& file_name() const noexcept { return sets_.file_name(); }

 private:
  void flatten(claim_set set);
};

}  // namespace claimloop::x837
