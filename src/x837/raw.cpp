#include "x837/raw.hpp"

#include "tree/fields.hpp"

namespace claimloop::model {

std::string_view raw_segment::element(std::size_t n) const noexcept {
  return n == 0 || n > elements.size() ? std::string_view{} : std::string_view(elements[n - 1]);
}

std::string_view raw_segment::component(std::size_t n, std::size_t c) const noexcept {
  const auto e = element(n);
  const auto first = e.substr(0, e.find(REPETITION));
  return c == 0 ? first : tree::nth_part(first, COMPONENT, c);
}

void raw_segment::set_component(std::size_t n, std::size_t c, std::string_view value) {
  if (n == 0) return;
  if (elements.size() < n) {
    if (value.empty()) return;
    elements.resize(n);
  }
  std::string& e = elements[n - 1];
  const auto rep_at = e.find(REPETITION);
  const std::string rest = rep_at == std::string::npos ? std::string() : e.substr(rep_at);
  std::string first = e.substr(0, rep_at);
  if (c == 0) {
    first.assign(value);
  } else {
    std::vector<std::string> parts;
    for (std::size_t i = 1, count = tree::part_count(first, COMPONENT); i <= count; ++i)
      parts.emplace_back(tree::nth_part(first, COMPONENT, i));
    if (parts.size() < c) parts.resize(c);
    parts[c - 1].assign(value);
    while (!parts.empty() && parts.back().empty()) parts.pop_back();
    first.clear();
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i > 0) first += COMPONENT;
      first += parts[i];
    }
  }
  e = first + rest;
  while (!elements.empty() && elements.back().empty()) elements.pop_back();
}

std::string raw_segment::text() const {
  std::string out = tag;
  for (const auto& e : elements) {
    out += '*';
    for (char ch : e) out += ch == COMPONENT ? ':' : ch == REPETITION ? '^' : ch;
  }
  return out;
}

raw_segment to_raw(const syntax::segment_view& s) {
  raw_segment r;
  r.tag.assign(s.tag());
  const auto& d = s.delims();
  r.elements.reserve(s.element_count());
  for (std::size_t n = 1; n <= s.element_count(); ++n) {
    std::string e(s.element(n));
    if (!syntax::is_binary_element(s.tag(), n)) {
      for (char& ch : e) {
        if (ch == d.component) ch = COMPONENT;
        else if (d.has_repetition() && ch == d.repetition) ch = REPETITION;
      }
    }
    r.elements.push_back(std::move(e));
  }
  return r;
}

void to_builder(const raw_segment& r, syntax::segment_builder& b) {
  b.reset(r.tag);
  for (const auto& e : r.elements) {
    std::size_t rep_begin = 0;
    bool first_rep = true;
    for (;;) {
      const auto rep_end = e.find(REPETITION, rep_begin);
      const std::string_view rep = std::string_view(e).substr(rep_begin, rep_end == std::string::npos ? std::string::npos : rep_end - rep_begin);
      const std::size_t parts = tree::part_count(rep, COMPONENT);
      for (std::size_t c = 1; c <= parts; ++c) {
        const auto part = tree::nth_part(rep, COMPONENT, c);
        if (c > 1) b.component(part);
        else if (first_rep) b.element(part);
        else b.repeat(part);
      }
      first_rep = false;
      if (rep_end == std::string::npos) break;
      rep_begin = rep_end + 1;
    }
  }
}

raw_segment trimmed(raw_segment r) {
  while (!r.elements.empty() && r.elements.back().empty()) r.elements.pop_back();
  return r;
}

}  // namespace claimloop::model
