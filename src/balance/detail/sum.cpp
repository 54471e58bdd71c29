#include "balance/detail/sum.hpp"

#include <algorithm>

namespace claimloop::balance::detail {

namespace {
// More terms than this are summarised: a message is for a person, not a listing.
constexpr std::size_t MAX_SHOWN_TERMS = 12;
}  // namespace

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

void amount_sum::add(const core::decimal& value, std::string_view label) {
  auto t = total_.plus(value);
  if (!t) {
    broken_ = true;
    return;
  }
  total_ = *t;
  ++count_;
  if (count_ > MAX_SHOWN_TERMS) return;
  if (count_ > 1) terms_ += " + ";
  if (!label.empty()) {
    terms_ += label;
    terms_ += ' ';
  }
  terms_ += show(value);
}

void amount_sum::add_adjustment(const model::adjustment& cas) {
  for (const auto& r : cas.reasons) add(r.value, cas.group + "-" + r.reason);
}

std::string amount_sum::terms() const {
  if (count_ == 0) return "none";
  if (count_ <= MAX_SHOWN_TERMS) return terms_;
  return terms_ + " + ... (" + std::to_string(count_) + " amounts)";
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
