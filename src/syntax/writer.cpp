#include "syntax/writer.hpp"

#include <cassert>
#include <cctype>
#include <ostream>
#include <vector>

#include <fmt/format.h>

#include "syntax/detail/writer_detail.hpp"

namespace claimloop::syntax {

namespace detail {

std::string show_char(char c) {
  switch (c) {
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    default: break;
  }
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x20 && u < 0x7f) return fmt::format("'{}'", c);
  return fmt::format("0x{:02X}", static_cast<unsigned>(u));
}

std::string show_value(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f) out += c; else out += fmt::format("\\x{:02X}", static_cast<unsigned>(u));
  }
  return out + "\"";
}

core::error field_error(core::errc code, std::string_view tag, std::size_t element, std::string message,
                        const core::position* where) {
  core::error e;
  e.code = code;
  e.segment = std::string(tag);
  e.element = static_cast<int>(element);
  e.message = std::move(message);
  if (where != nullptr) e.where = *where;
  return e;
}

}  // namespace detail

namespace {

// Which of the target delimiters a byte is, for the error message.
std::string_view delimiter_name(const delimiters& d, char c) {
  if (c == d.element) return "element separator";
  if (c == d.component) return "component separator";
  if (d.has_repetition() && c == d.repetition) return "repetition separator";
  return "segment terminator";
}

// Element n of a view straight from its boundaries (no splitting needed for ISA fields).
std::string_view raw_element(const segment_view& s, std::size_t n) {
  const auto ends = s.element_ends();
  if (n >= ends.size()) return {};
  return s.bytes().substr(ends[n - 1] + 1, ends[n] - ends[n - 1] - 1);
}

}  // namespace

core::result<void> check_delimiters(const delimiters& d) {
  auto fail = [](std::string m) {
    core::error e;
    e.code = core::errc::invalid_argument;
    e.message = std::move(m);
    return core::result<void>(std::move(e));
  };
  if (d.segment.empty()) return fail("the segment terminator is empty");
  const char seps[] = {d.element, d.component, d.repetition, d.segment.front()};
  for (std::size_t i = 0; i < 4; ++i) {
    if (i == 2 && !d.has_repetition()) continue;
    if (std::isalnum(static_cast<unsigned char>(seps[i])) || seps[i] == 0 || seps[i] == ' ') {
      return fail(fmt::format("delimiter {} is a letter, digit, space or NUL", detail::show_char(seps[i])));
    }
    for (std::size_t j = i + 1; j < 4; ++j) {
      if (j == 2 && !d.has_repetition()) continue;
      if (seps[i] == seps[j]) return fail(fmt::format("delimiter {} is used twice", detail::show_char(seps[i])));
    }
  }
  return {};
}

writer::writer(delimiters target) : target_(std::move(target)) {
  assert(check_delimiters(target_).has_value());
  is_delim_[static_cast<unsigned char>(target_.element)] = true;
  is_delim_[static_cast<unsigned char>(target_.component)] = true;
  if (target_.has_repetition()) is_delim_[static_cast<unsigned char>(target_.repetition)] = true;
  // A multi-byte terminator (UTF-8) is searched for as a whole in check_value, so that text
  // sharing its lead byte is not refused.
  if (target_.segment.size() == 1) is_delim_[static_cast<unsigned char>(target_.segment.front())] = true;
}

core::result<writer> writer::create(delimiters target) {
  if (auto ok = check_delimiters(target); !ok) return core::error(ok.error());
  return writer(std::move(target));
}

void writer::terminate(std::string& out) const {
  out.append(target_.segment);
  out.append(target_.suffix);
}

core::result<void> writer::check_value(std::string_view tag, std::size_t element, std::string_view value,
                                       const core::position* where) const {
  for (char c : value) {
    if (is_delim_[static_cast<unsigned char>(c)]) {
      return detail::field_error(core::errc::delimiter_in_data, tag, element,
                                 fmt::format("{}{:02} value {} contains the {} {}", tag, element,
                                             detail::show_value(value), delimiter_name(target_, c),
                                             detail::show_char(c)),
                                 where);
    }
  }
  if (target_.segment.size() > 1 && value.find(target_.segment) != std::string_view::npos) {
    return detail::field_error(core::errc::delimiter_in_data, tag, element,
                               fmt::format("{}{:02} value {} contains the segment terminator {}", tag, element,
                                           detail::show_value(value), detail::show_value(target_.segment)),
                               where);
  }
  return {};
}

core::result<void> writer::write(const segment_view& s, std::string& out) const {
  if (same_separators(s.delims(), target_)) {
    // Fast path: the bytes were split with these very separators, so they cannot hold one.
    out.append(s.bytes());
    terminate(out);
    return {};
  }
  if (s.is("ISA")) {
    isa_fields f;
    for (std::size_t i = 1; i <= 16; ++i) f[i] = std::string(raw_element(s, i));
    return write_isa(f, out);
  }
  return redelimit(s, out);
}

// Walks each element byte by byte: source repetition and component separators become the
// target ones; any other byte that is a target delimiter is refused.
core::result<void> writer::redelimit(const segment_view& s, std::string& out) const {
  const auto tag = s.tag();
  if (auto ok = check_value(tag, 0, tag, &s.pos()); !ok) return ok;
  const std::size_t rollback = out.size();
  out.append(tag);
  const delimiters& src = s.delims();
  const auto ends = s.element_ends();
  for (std::size_t n = 1; n < ends.size(); ++n) {
    out += target_.element;
    const std::string_view value = raw_element(s, n);
    if (is_binary_element(tag, n)) {
      out.append(value);
      continue;
    }
    for (char c : value) {
      if (src.has_repetition() && c == src.repetition) {
        if (!target_.has_repetition()) {
          out.resize(rollback);
          return detail::field_error(core::errc::delimiter_in_data, tag, n,
                                     fmt::format("{}{:02} value {} repeats, but the target delimiters have no "
                                                 "repetition separator", tag, n, detail::show_value(value)),
                                     &s.pos());
        }
        out += target_.repetition;
      } else if (c == src.component) {
        out += target_.component;
      } else if (is_delim_[static_cast<unsigned char>(c)]) {
        out.resize(rollback);
        return check_value(tag, n, value, &s.pos()).error();
      } else {
        out += c;
      }
    }
    if (target_.segment.size() > 1 && value.find(target_.segment) != std::string_view::npos) {
      out.resize(rollback);
      return check_value(tag, n, value, &s.pos()).error();
    }
  }
  terminate(out);
  return {};
}

core::result<void> writer::write(const segment_builder& s, std::string& out) const {
  const auto tag = s.tag();
  if (tag == "ISA") {
    isa_fields f;
    for (std::size_t i = 1; i <= 16; ++i) f[i] = std::string(s.simple(i));
    return write_isa(f, out);
  }
  if (auto ok = check_value(tag, 0, tag, nullptr); !ok) return ok;
  const auto& pieces = s.pieces();
  // Trailing empty values are dropped: X12 forbids trailing separators, at the end of the
  // segment and at the end of each composite ("A8:189:" is written "A8:189").
  std::size_t last = pieces.size();
  while (last > 0 && pieces[last - 1].begin == pieces[last - 1].end) --last;
  std::vector<bool> keep(last, true);
  bool trailing = true;  // every piece after this one, to the end of its composite, is dropped
  for (std::size_t i = last; i-- > 0;) {
    const auto& p = pieces[i];
    if (p.before != segment_builder::separator::component) {
      trailing = true;  // the piece before this one ends the previous composite
    } else if (trailing && p.begin == p.end) {
      keep[i] = false;
    } else {
      trailing = false;
    }
  }
  for (std::size_t i = 0; i < last; ++i) {
    const auto& p = pieces[i];
    if (p.before == segment_builder::separator::repetition && !target_.has_repetition()) {
      return detail::field_error(core::errc::invalid_argument, tag, p.element,
                                 fmt::format("{}{:02} repeats, but the target delimiters have no repetition "
                                             "separator", tag, p.element),
                                 nullptr);
    }
    if (!is_binary_element(tag, p.element)) {
      if (auto ok = check_value(tag, p.element, s.value(p), nullptr); !ok) return ok;
    }
  }
  out.append(tag);
  for (std::size_t i = 0; i < last; ++i) {
    const auto& p = pieces[i];
    if (!keep[i]) continue;
    switch (p.before) {
      case segment_builder::separator::element: out += target_.element; break;
      case segment_builder::separator::component: out += target_.component; break;
      case segment_builder::separator::repetition: out += target_.repetition; break;
    }
    out.append(s.value(p));
  }
  terminate(out);
  return {};
}

namespace {
core::result<void> flush_to(std::ostream& os, std::string& scratch) {
  os.write(scratch.data(), static_cast<std::streamsize>(scratch.size()));
  scratch.clear();
  if (!os) {
    core::error e;
    e.code = core::errc::io_error;
    e.message = "writing to the output stream failed";
    return e;
  }
  return {};
}
}  // namespace

core::result<void> writer::write(const segment_view& s, std::ostream& out) {
  scratch_.clear();
  if (auto ok = write(s, scratch_); !ok) return ok;
  return flush_to(out, scratch_);
}

core::result<void> writer::write(const segment_builder& s, std::ostream& out) {
  scratch_.clear();
  if (auto ok = write(s, scratch_); !ok) return ok;
  return flush_to(out, scratch_);
}

}  // namespace claimloop::syntax
