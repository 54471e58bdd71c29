#include "x835/remit_reader.hpp"

#include "x835/map.hpp"

namespace claimloop::x835 {

core::result<remit_reader> remit_reader::open(const std::string& path, const schema::guide_registry& guides) {
  auto s = model::set_stream::open(path, guides, "835");
  if (!s) return std::move(s).error();
  return remit_reader(std::move(*s));
}

core::result<std::optional<remittance>> remit_reader::next_set() {
  auto set = sets_.next();
  if (!set) return std::move(set).error();
  if (*set == nullptr) return std::optional<remittance>{};
  const auto& ctx = (*set)->unit.context;
  isa13_ = ctx.isa13;
  gs06_ = ctx.gs06;
  st02_ = ctx.st02;
  ++sets_read_;
  auto mapped = map_remittance((*set)->tree, sets_.file_name());
  if (!mapped) return std::move(mapped).error();
  return std::optional<remittance>(std::move(*mapped));
}

core::result<std::optional<remit_record>> remit_reader::next() {
  while (pending_.empty()) {
    auto set = next_set();
    if (!set) return std::move(set).error();
    if (!*set) return std::optional<remit_record>{};
    flatten(std::move(**set));
  }
  std::optional<remit_record> r(std::move(pending_.front()));
  pending_.pop_front();
  return r;
}

void remit_reader::flatten(remittance r) {
  remit_record base;
  base.file = sets_.file_name();
  base.isa13 = isa13_;
  base.gs06 = gs06_;
  base.st02 = st02_;
  base.implementation = r.implementation;
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
