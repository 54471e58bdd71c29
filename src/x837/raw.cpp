#include "x837/raw.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "tree/fields.hpp"

namespace claimloop::model {

std::string_view raw_segment::component(std::size_t n, std::size_t c) const noexcept {
  return component_in(element(n), c);
}

std::string_view component_in(std::string_view e, std::size_t c) noexcept {
  if (!has_separators(e)) return c <= 1 ? e : std::string_view{};
  // One plain scan: elements are short, so this beats a memchr for the repetition and another
  // per component.
  std::size_t part = 1, begin = 0;
  for (std::size_t i = 0; i < e.size(); ++i) {
    const char ch = e[i];
    if (ch == REPETITION) return c == 0 || part == c ? e.substr(begin, i - begin) : std::string_view{};
    if (ch != COMPONENT || c == 0) continue;
    if (part == c) return e.substr(begin, i - begin);
    ++part;
    begin = i + 1;
  }
  return c == 0 || part == c ? e.substr(begin) : std::string_view{};
}

void component_split::reset(std::string_view e) noexcept {
  count_ = 0;
  if (!has_separators(e)) {
    first_ = parts_[0] = e;
    count_ = 1;
    return;
  }
  std::size_t begin = 0, i = 0;
  for (; i < e.size() && e[i] != REPETITION; ++i) {
    if (e[i] != COMPONENT) continue;
    if (count_ < MAX_PARTS) parts_[count_] = e.substr(begin, i - begin);
    ++count_;
    begin = i + 1;
  }
  if (count_ < MAX_PARTS) parts_[count_] = e.substr(begin, i - begin);
  ++count_;
  first_ = e.substr(0, i);
  if (count_ > MAX_PARTS) count_ = MAX_PARTS + 1;
}

std::string_view component_split::operator[](std::size_t c) const noexcept {
  if (c == 0) return first_;
  if (count_ > MAX_PARTS) return component_in(first_, c);
  return c <= count_ ? parts_[c - 1] : std::string_view{};
}

void raw_segment::set_component(std::size_t n, std::size_t c, std::string_view value) {
  if (n == 0) return;
  if (elements.size() < n) {
    if (value.empty()) return;
    elements.resize(n);
  }
  const std::string_view e = elements[n - 1];
  const auto rep_at = e.find(REPETITION);
  const std::string_view first = e.substr(0, rep_at);
  const std::string_view rest = rep_at == std::string_view::npos ? std::string_view{} : e.substr(rep_at);
  std::string next;
  if (c == 0) {
    next.reserve(value.size() + rest.size());
    next.append(value);
  } else {
    // components 1..c-1 as they are (padded with empty ones), the new one, then those after c
    // with trailing empty components dropped
    const std::size_t count = tree::part_count(first, COMPONENT);
    std::size_t last = 0;  // the last non-empty component of the result
    for (std::size_t i = 1; i <= std::max(count, c); ++i)
      if (i == c ? !value.empty() : i <= count && !tree::nth_part(first, COMPONENT, i).empty()) last = i;
    for (std::size_t i = 1; i <= last; ++i) {
      if (i > 1) next += COMPONENT;
      next.append(i == c ? value : i <= count ? tree::nth_part(first, COMPONENT, i) : std::string_view{});
    }
  }
  next.append(rest);
  elements.set(n - 1, next);
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
  raw_segment r{std::string(s.tag()), {}};
  if (s.element_count() == 0) return r;
  // The file's separators become the internal ones, except inside binary data (BIN02, BDS03).
  // Without a repetition separator `repetition` equals `component`, which is tested first, so
  // the loop has no branch on it and compiles to vector code.
  const auto& d = s.delims();
  const char component = d.component, repetition = d.has_repetition() ? d.repetition : d.component;
  const auto convert = [&](std::span<char> bytes) {
    for (char& ch : bytes) ch = ch == component ? COMPONENT : ch == repetition ? REPETITION : ch;
  };
  const auto ends = s.element_ends();
  if (s.tag() != "BIN" && s.tag() != "BDS") {
    r.elements.assign_split(s.bytes().substr(ends[0] + 1), ends.subspan(1), ends[0] + 1, convert);
    return r;
  }
  r.elements.assign_each(s.element_count(), [&](std::size_t i) { return s.element(i + 1); });
  for (std::size_t n = 1; n <= s.element_count(); ++n)
    if (!syntax::is_binary_element(s.tag(), n)) convert(r.elements.bytes_of(n - 1));
  return r;
}

void to_builder(const raw_segment& r, syntax::segment_builder& b) {
  b.reset(r.tag);
  for (const std::string_view e : r.elements) {
    std::size_t rep_begin = 0;
    bool first_rep = true;
    for (;;) {
      const auto rep_end = e.find(REPETITION, rep_begin);
      const std::string_view rep = e.substr(rep_begin, rep_end == std::string_view::npos ? std::string_view::npos : rep_end - rep_begin);
      const std::size_t parts = tree::part_count(rep, COMPONENT);
      for (std::size_t c = 1; c <= parts; ++c) {
        const auto part = tree::nth_part(rep, COMPONENT, c);
        if (c > 1) b.component(part);
        else if (first_rep) b.element(part);
        else b.repeat(part);
      }
      first_rep = false;
      if (rep_end == std::string_view::npos) break;
      rep_begin = rep_end + 1;
    }
  }
}

raw_segment trimmed(raw_segment r) {
  while (!r.elements.empty() && r.elements.back().empty()) r.elements.pop_back();
  return r;
}

}  // namespace claimloop::model
