#pragma once
// Streams the adjudicated claims of an 835 file of any size, one transaction set at a time.
#include <deque>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "schema/registry.hpp"
#include "x835/model.hpp"
#include "x837/set_reader.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::x835 {

class remit_reader : public model::set_reader<remittance, remit_record> {
 public:
  remit_reader(model::set_stream sets) : set_reader(std::move(sets)) {}  // NOLINT: explicit not needed
  // Opens `path` ("-" = standard input); `guides` must outlive the reader.
  static core::result<remit_reader> open(const std::string& path, const schema::guide_registry& guides);

  // The next remittance claim with its payment, trace, payer and payee; std::nullopt at the end.
  core::result<std::optional<remit_record>> next();
  // The next whole set.
  core::result<std::optional<remittance>> next_set();

 private:
  void flatten(remittance r);
};

}  // namespace claimloop::x835
