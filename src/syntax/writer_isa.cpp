// Writing the interchange header: the one segment whose fields have fixed widths.
#include <algorithm>

#include <fmt/format.h>

#include "syntax/detail/writer_detail.hpp"
#include "syntax/isa_header.hpp"
#include "syntax/writer.hpp"

namespace claimloop::syntax {

namespace {

// ISA09 (date), ISA10 (time) and ISA13 (control number) are numeric: right-justified, zero-filled.
bool is_numeric_field(std::size_t n) { return n == 9 || n == 10 || n == 13; }

}  // namespace

core::result<void> writer::write_isa(const isa_fields& fields, std::string& out) const {
  isa_fields f = fields;
  // ISA11 is the repetition separator from 00402 on; before that it is the standards id ("U").
  if (f[12] >= "00402") {
    f[11].assign(1, target_.has_repetition() ? target_.repetition : 'U');
  } else if (f[11].empty()) {
    f[11].assign(1, 'U');
  }
  f[16].assign(1, target_.component);

  const std::size_t rollback = out.size();
  out.append("ISA");
  for (std::size_t n = 1; n <= 16; ++n) {
    const std::string& value = f[n];
    const std::size_t width = ISA_FIELD_WIDTHS[n];
    if (value.size() > width) {
      out.resize(rollback);
      return detail::field_error(core::errc::invalid_argument, "ISA", n,
                                 fmt::format("ISA{:02} value {} is longer than its fixed width {}", n,
                                             detail::show_value(value), width),
                                 nullptr);
    }
    if (n != 11 && n != 16) {
      if (auto ok = check_value("ISA", n, value, nullptr); !ok) {
        out.resize(rollback);
        return ok;
      }
    }
    if (is_numeric_field(n) && !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      out.resize(rollback);
      return detail::field_error(core::errc::invalid_value, "ISA", n,
                                 fmt::format("ISA{:02} value {} is not numeric", n, detail::show_value(value)),
                                 nullptr);
    }
    out += target_.element;
    if (is_numeric_field(n)) {
      out.append(width - value.size(), '0');
      out.append(value);
    } else {
      out.append(value);
      out.append(width - value.size(), ' ');
    }
  }
  out.append(target_.segment);
  out.append(target_.suffix);
  return {};
}

}  // namespace claimloop::syntax
