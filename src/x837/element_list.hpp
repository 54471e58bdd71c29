#pragma once
// The elements of a raw_segment in one string: a small header of element ends followed by the
// bytes of every element. A typed model keeps the source of each segment it types, so the
// models of a set hold one of these per segment: one allocation each (none up to 15 bytes,
// as for HL*1**20*1) instead of a vector plus a string per long element, which made malloc,
// copying and freeing the largest cost of building a model (docs/performance.md).
//
// Layout of `buf_` (empty = no elements): one byte W (1, 2 or 4), the element count in W
// bytes, one end offset per element in W bytes each (relative to the first data byte), then
// the data: the elements with one SEPARATOR byte between each two, so a segment read from a
// file is copied with one memcpy. W is the smallest width that holds both the count and the
// data size, so equal lists have equal strings and == compares the strings.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

namespace claimloop::model {

class element_list {
 public:
  // Stored between elements; the offsets, not this byte, say where elements end (binary data
  // may hold it).
  static constexpr char SEPARATOR = '\x1D';

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    iterator() = default;
    iterator(const element_list* l, std::size_t i) noexcept : list_(l), i_(i) {}
    std::string_view operator*() const noexcept { return (*list_)[i_]; }
    iterator& operator++() noexcept { ++i_; return *this; }
    iterator operator++(int) noexcept { auto t = *this; ++i_; return t; }
    friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.i_ == b.i_; }
   private:
    const element_list* list_ = nullptr;
    std::size_t i_ = 0;
  };
  using const_iterator = iterator;
  using value_type = std::string_view;
  using size_type = std::size_t;

  element_list() = default;
  element_list(std::initializer_list<std::string_view> values) {
    assign_each(values.size(), [&](std::size_t i) { return values.begin()[i]; });
  }

  std::size_t size() const noexcept { return buf_.empty() ? 0 : load(1); }
  bool empty() const noexcept { return buf_.empty(); }
  // Element i (0-based); i must be below size().
  std::string_view operator[](std::size_t i) const noexcept { return at(i); }
  // Element i, or "" past the end (the mappers' hot path: one dispatch on the width).
  std::string_view at(std::size_t i) const noexcept {
    if (buf_.empty()) return {};
    switch (width()) {
      case 1: return at_as<std::uint8_t>(i);
      case 2: return at_as<std::uint16_t>(i);
      default: return at_as<std::uint32_t>(i);
    }
  }
  std::string_view back() const noexcept { return (*this)[size() - 1]; }
  iterator begin() const noexcept { return {this, 0}; }
  iterator end() const noexcept { return {this, size()}; }

  // Replaces every element with get(0) .. get(count - 1) (each a string_view), in one allocation.
  template <class Get>
  void assign_each(std::size_t count, Get&& get) {
    std::size_t total = count == 0 ? 0 : count - 1;
    for (std::size_t i = 0; i < count; ++i) total += std::string_view(get(i)).size();
    char* data = prepare(count, total);
    std::size_t end = 0;
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) data[end++] = SEPARATOR;
      const std::string_view v = get(i);
      if (!v.empty()) std::memcpy(data + end, v.data(), v.size());
      end += v.size();
      store(end_slot(i), end);
    }
  }
  // Replaces every element with those of `text`, where element i ends at ends[i] - base and the
  // next begins one byte later (a segment's bytes after its tag and the element ends a reader
  // found). `convert(std::span<char>)` is applied to the copied bytes before the separators are
  // written, to change delimiters in one pass.
  template <class Convert>
  void assign_split(std::string_view text, std::span<const std::uint32_t> ends, std::uint32_t base, Convert&& convert) {
    const std::size_t count = ends.size();
    const std::size_t total = count == 0 ? 0 : ends[count - 1] - base;
    char* data = prepare(count, total);
    if (count == 0) return;
    std::memcpy(data, text.data(), total);
    convert(std::span<char>(data, total));
    for (std::size_t i = 0; i + 1 < count; ++i) data[ends[i] - base] = SEPARATOR;
    switch (width()) {
      case 1: return store_ends<std::uint8_t>(ends, base);
      case 2: return store_ends<std::uint16_t>(ends, base);
      default: return store_ends<std::uint32_t>(ends, base);
    }
  }
  // Element i's bytes, writable in place (its length cannot change this way).
  std::span<char> bytes_of(std::size_t i) noexcept {
    const std::size_t begin = begin_of(i);
    return {buf_.data() + data_offset() + begin, end_of(i) - begin};
  }
  // Sets element i (below size()) to `value`.
  void set(std::size_t i, std::string_view value);
  void push_back(std::string_view value);
  void emplace_back(std::string_view value) { push_back(value); }
  void pop_back();
  // Drops elements past n, or appends empty ones up to n.
  void resize(std::size_t n);
  void clear() noexcept { buf_.clear(); }

  friend bool operator==(const element_list&, const element_list&) = default;

 private:
  std::size_t width() const noexcept { return static_cast<unsigned char>(buf_[0]); }
  // The W-byte number at byte `at`.
  std::size_t load(std::size_t at) const noexcept {
    switch (width()) {
      case 1: return static_cast<unsigned char>(buf_[at]);
      case 2: { std::uint16_t v; std::memcpy(&v, buf_.data() + at, 2); return v; }
      default: { std::uint32_t v; std::memcpy(&v, buf_.data() + at, 4); return v; }
    }
  }
  void store(std::size_t at, std::size_t value) noexcept {
    switch (width()) {
      case 1: buf_[at] = static_cast<char>(value); break;
      case 2: { const auto v = static_cast<std::uint16_t>(value); std::memcpy(buf_.data() + at, &v, 2); break; }
      default: { const auto v = static_cast<std::uint32_t>(value); std::memcpy(buf_.data() + at, &v, 4); break; }
    }
  }
  template <class W>
  static std::size_t read_as(const char* p) noexcept {
    W v;
    std::memcpy(&v, p, sizeof(W));
    return v;
  }
  template <class W>
  std::string_view at_as(std::size_t i) const noexcept {
    const char* ends = buf_.data() + 1 + sizeof(W);
    const std::size_t count = read_as<W>(buf_.data() + 1);
    if (i >= count) return {};
    const std::size_t begin = i == 0 ? 0 : read_as<W>(ends + sizeof(W) * (i - 1)) + 1;
    return {ends + sizeof(W) * count + begin, read_as<W>(ends + sizeof(W) * i) - begin};
  }
  template <class W>
  void store_ends(std::span<const std::uint32_t> ends, std::uint32_t base) noexcept {
    char* out = buf_.data() + 1 + sizeof(W);
    for (std::size_t i = 0; i < ends.size(); ++i) {
      const auto v = static_cast<W>(ends[i] - base);
      std::memcpy(out + sizeof(W) * i, &v, sizeof(W));
    }
  }
  std::size_t end_slot(std::size_t i) const noexcept { return 1 + width() * (i + 1); }
  std::size_t end_of(std::size_t i) const noexcept { return load(end_slot(i)); }
  std::size_t begin_of(std::size_t i) const noexcept { return i == 0 ? 0 : end_of(i - 1) + 1; }
  std::size_t data_offset() const noexcept { return buf_.empty() ? 0 : 1 + width() * (size() + 1); }
  std::size_t data_size() const noexcept { return buf_.empty() ? 0 : buf_.size() - data_offset(); }
  // The width for `count` elements of `total` bytes (separators included).
  static std::size_t width_for(std::size_t count, std::size_t total) noexcept {
    const std::size_t most = count > total ? count : total;
    return most <= 0xFF ? 1 : most <= 0xFFFF ? 2 : 4;
  }
  // Sizes the buffer for `count` elements of `total` bytes, writes width and count, and
  // returns where the data goes (ends left to the caller).
  char* prepare(std::size_t count, std::size_t total);
  // Re-encodes with element i replaced by `value` (i == size() appends; `drop` removes the last).
  void rebuild(std::size_t count, std::size_t i, std::string_view value);

  std::string buf_;
};

}  // namespace claimloop::model
