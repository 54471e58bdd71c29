#include "balance/detail/sum.hpp"

#include <algorithm>

namespace claimloop::balance::detail {

std::string show(const core::decimal& d) {
  if (d.scale() >= 2) return d.to_string();
  auto r = d.rescale(2);
  return r ? r->to_string() : d.to_string();
}

void amount_sum::add(const model::number& value, std::string_view label) {
  if (!value) {
    broken_ = true;
    return;
  }
  add(*value, label);
}

void amount_sum::add(const core::decimal& value, std::string_view label) { add(value, term{0, 0, false, label, {}}); }

void amount_sum::add(const core::decimal& value, term label) {
  // 0 + value is value (at its own scale), and amounts mostly share one scale: both without
  // decimal::plus, which rescales each side into a result first.
  std::int64_t sum = 0;
  if (count_ == 0) {
    total_ = value;
  } else if (value.scale() == total_.scale() && !__builtin_add_overflow(total_.mantissa(), value.mantissa(), &sum)) {
    total_ = *core::decimal::from_parts(sum, value.scale());
  } else {
    auto t = total_.plus(value);
    if (!t) {
      broken_ = true;
      return;
    }
    total_ = *t;
  }
  if (count_ < MAX_SHOWN_TERMS) {
    label.mantissa = value.mantissa();
    label.scale = value.scale();
    shown_[count_] = label;
  }
  ++count_;
}

void amount_sum::add_adjustment(const model::adjustment& cas) {
  for (const auto& r : cas.reasons) {
    if (!r.value) {
      broken_ = true;
      continue;
    }
    add(*r.value, term{0, 0, true, cas.group, r.reason});
  }
}

std::string amount_sum::terms() const {
  if (count_ == 0) return "none";
  std::string out;
  for (std::size_t i = 0; i < count_ && i < MAX_SHOWN_TERMS; ++i) {
    const term& t = shown_[i];
    if (i > 0) out += " + ";
    if (t.joined || !t.first.empty()) {
      out += t.first;
      if (t.joined) {
        out += '-';
        out += t.second;
      }
      out += ' ';
    }
    out += show(*core::decimal::from_parts(t.mantissa, t.scale));
  }
  if (count_ > MAX_SHOWN_TERMS) out += " + ... (" + std::to_string(count_) + " amounts)";
  return out;
}

std::optional<core::decimal> difference(const core::decimal& a, const core::decimal& b) {
  auto d = a.minus(b);
  if (!d) return std::nullopt;
  return *d;
}

core::finding make_finding(const tree::set_context& context, std::string loop, std::string segment,
                           std::uint8_t element, core::severity level, std::string value, std::string message) {
  core::finding f = context.finding(3);
  f.level = level;
  f.loop = std::move(loop);
  f.segment = std::move(segment);
  f.element = element;
  f.value = std::move(value);
  f.message = std::move(message);
  return f;
}

}  // namespace claimloop::balance::detail
