#include "x837/mapping.hpp"

namespace claimloop::model {

void mapper_base::read_party(std::uint32_t node, party& p) {
  p.loop.assign(loop_id(node));
  std::uint32_t typed = 0;
  for_items(node, [&](loop_item it) {
    if (it.is_loop) {
      keep_loop(p.extra, typed, it.index);
      return;
    }
    const auto t = tag(it.index);
    if (!typed_here(it.index)) {
      keep_segment(p.extra, typed, it.index, p.loop);
      return;
    }
    if ((t == "NM1" || t == "N1") && typed == 0) {
      p.who.tag.assign(t);
      read(it.index, p.who, name_fields(t));
    } else if (t == "N3" && !p.address) {
      read(it.index, p.address.emplace(), street_fields());
    } else if (t == "N4" && !p.city) {
      read(it.index, p.city.emplace(), city_fields());
    } else if (t == "DMG" && !p.demographic) {
      read(it.index, p.demographic.emplace(), demographic_fields());
    } else if (t == "PRV" && !p.provider_specialty) {
      read(it.index, p.provider_specialty.emplace(), specialty_fields());
    } else if (t == "REF") {
      read(it.index, p.references.emplace_back(), reference_fields());
    } else if (t == "PER") {
      read(it.index, p.contacts.emplace_back(), contact_fields());
    } else {
      keep_segment(p.extra, typed, it.index, p.loop);
      return;
    }
    ++typed;
  });
}

std::size_t mapper_base::count_loops(std::uint32_t node, std::string_view prefix) const {
  std::size_t n = 0;
  for_items(node, [&](loop_item it) { n += it.is_loop && loop_id(it.index).text.starts_with(prefix); });
  return n;
}

void mapper_base::keep_segment(extras& out, std::uint32_t anchor, std::uint32_t seg, std::string_view loop) const {
  out.push_back({anchor, std::string(loop), raw(seg)});
}

void mapper_base::keep_loop(extras& out, std::uint32_t anchor, std::uint32_t node) const {
  for_items(node, [&](loop_item it) {
    if (it.is_loop) keep_loop(out, anchor, it.index);
    else keep_segment(out, anchor, it.index, loop_id(node));
  });
}

void mapper_base::fail(std::uint32_t seg, const value_error& e) {
  if (error_) return;
  const auto s = tree_.segments()[seg];
  core::error err;
  err.code = core::errc::invalid_value;
  err.file = file_;
  err.where = s.pos();
  err.segment.assign(s.tag());
  err.element = e.element;
  const auto loop = tree_.loop_id(tree_.placed()[seg].loop);
  err.message = "loop " + std::string(loop.empty() ? "header" : loop) + " " + std::string(s.tag()) +
                (e.element < 10 ? "0" : "") + std::to_string(e.element) +
                (e.component ? "-" + std::to_string(e.component) : std::string()) + ": " + e.message;
  error_ = std::move(err);
}

void write_party(const party& p, std::vector<raw_segment>& out) {
  loop_writer w(out, p.extra);
  if (!p.who.tag.empty() || !p.who.base.tag.empty()) w.put(p.who, p.who.tag, name_fields(p.who.tag));
  if (p.address) w.put(*p.address, "N3", street_fields());
  if (p.city) w.put(*p.city, "N4", city_fields());
  if (p.demographic) w.put(*p.demographic, "DMG", demographic_fields());
  if (p.provider_specialty) w.put(*p.provider_specialty, "PRV", specialty_fields());
  for (const auto& r : p.references) w.put(r, "REF", reference_fields());
  for (const auto& c : p.contacts) w.put(c, "PER", contact_fields());
}

}  // namespace claimloop::model
