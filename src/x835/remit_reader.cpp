#include "x835/remit_reader.hpp"

#include "x835/map.hpp"

namespace claimloop::x835 {

core::result<remit_reader> remit_reader::open(const std::string& path, const schema::guide_registry& guides) {
  auto s = model::set_stream::open(path, guides, "835");
  if (!s) return std::move(s).error();
  return remit_reader(std::move(*s));
}

core::result<std::optional<remittance>> remit_reader::next_set() {
  return next_mapped(map_remittance);
}

core::result<std::optional<remit_record>> remit_reader::next() {
  return next_record([this] { return next_set(); }, [this](auto set) { flatten(std::move(set)); });
}

void remit_reader::flatten(remittance r) {
  remit_record base = origin(r.implementation);
  base.bpr = r.bpr;
  base.trn = r.trn;
  if (const auto* p = r.payer()) base.payer = *p;
  if (const auto* p = r.payee()) base.payee = *p;
  for (auto& g : r.groups)
    for (auto& c : g.claims) {
      auto& rec = pending_.emplace_back(base);
      rec.claim = std::move(c);
    }
}

}  // namespace claimloop::x835
