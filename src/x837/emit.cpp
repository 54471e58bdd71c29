#include "x837/emit.hpp"

namespace claimloop::model {

core::result<void> emit_set(envelope::interchange_builder& out, const envelope::st_params& st,
                            std::span<const raw_segment> body) {
  if (auto ok = out.begin_set(st); !ok) return ok;
  syntax::segment_builder b;
  for (const auto& s : body) {
    to_builder(s, b);
    if (auto ok = out.add(b); !ok) return ok;
  }
  return out.end_set();
}

}  // namespace claimloop::model
