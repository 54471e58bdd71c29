#include "x837/element_list.hpp"

#include <functional>

namespace claimloop::model {
namespace {

constexpr std::size_t NONE = static_cast<std::size_t>(-1);

// True when `v` points into `buf` (so changing `buf` would change or free it).
bool points_into(std::string_view v, const std::string& buf) noexcept {
  return !v.empty() && std::greater_equal<>()(v.data(), buf.data()) && std::less<>()(v.data(), buf.data() + buf.size());
}

}  // namespace

char* element_list::prepare(std::size_t count, std::size_t total) {
  if (count == 0) {
    buf_.clear();
    return buf_.data();
  }
  const std::size_t w = width_for(count, total);
  buf_.resize(1 + w * (count + 1) + total);
  buf_[0] = static_cast<char>(w);
  store(1, count);
  return buf_.data() + 1 + w * (count + 1);
}

void element_list::rebuild(std::size_t count, std::size_t i, std::string_view value) {
  // `value` may point into the buffer being replaced: keep its bytes until the copy is made.
  const std::string held = points_into(value, buf_) ? std::string(value) : std::string();
  if (!held.empty()) value = held;
  element_list old;
  old.buf_.swap(buf_);
  const std::size_t had = old.size();
  assign_each(count, [&](std::size_t j) { return j == i ? value : j < had ? old[j] : std::string_view{}; });
}

void element_list::set(std::size_t i, std::string_view value) {
  const std::size_t count = size();
  const std::size_t begin = begin_of(i), old_end = end_of(i);
  const std::size_t total = data_size() - (old_end - begin) + value.size();
  if (width_for(count, total) != width()) return rebuild(count, i, value);
  buf_.replace(data_offset() + begin, old_end - begin, value);  // replace copes with aliasing
  for (std::size_t j = i; j < count; ++j) store(end_slot(j), end_of(j) - (old_end - begin) + value.size());
}

void element_list::push_back(std::string_view value) {
  const std::size_t count = size();
  if (count == 0 || width_for(count + 1, data_size() + 1 + value.size()) != width())
    return rebuild(count + 1, count, value);
  const std::size_t w = width(), total = data_size();
  // the insert below moves the bytes, so a value taken from this list is copied first
  const std::string held = points_into(value, buf_) ? std::string(value) : std::string();
  if (!held.empty()) value = held;
  buf_.insert(end_slot(count), w, '\0');
  store(1, count + 1);
  store(end_slot(count), total + 1 + value.size());
  buf_ += SEPARATOR;
  buf_.append(value);
}

void element_list::pop_back() {
  const std::size_t count = size();
  if (count <= 1) return clear();
  const std::size_t total = end_of(count - 2);
  if (width_for(count - 1, total) != width()) return rebuild(count - 1, NONE, {});
  buf_.resize(data_offset() + total);
  buf_.erase(end_slot(count - 1), width());
  store(1, count - 1);
}

void element_list::resize(std::size_t n) {
  if (n == size()) return;
  if (n == 0) return clear();
  rebuild(n, NONE, {});
}

}  // namespace claimloop::model
