#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "syntax/detail/pod_buffer.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::syntax {

// Owned storage for a run of segments (a transaction set, or an envelope segment): the bytes of
// every segment in one buffer, so a set costs a few allocations, not one per segment.
// Filling and reading are inline: the envelope stage adds every segment of a file once, and the
// tree builder and the validator read each one several times.
class segment_list {
 public:
  segment_list() = default;
  explicit segment_list(delimiters d) : delims_(std::move(d)) {}

  // Copies the segment's bytes and element boundaries (one memcpy each).
  void push_back(const segment_view& s) {
    const auto bytes = s.bytes();
    const auto ends = s.element_ends();
    records_.push_back(record{bytes_.size(), static_cast<std::uint32_t>(bytes.size()),
                              static_cast<std::uint32_t>(ends_.size()), static_cast<std::uint32_t>(ends.size()), s.pos()});
    bytes_.append(bytes.data(), bytes.size());
    ends_.append(ends.data(), ends.size());
  }
  // Room for `segments` segments holding `bytes` bytes and `ends` element ends in all, so a list
  // filled to a known size grows without copying.
  void reserve(std::size_t bytes, std::size_t segments, std::size_t ends) {
    bytes_.reserve(bytes);
    records_.reserve(segments);
    ends_.reserve(ends);
  }
  // Element ends held, with byte_size() and size() the figures reserve() takes.
  std::size_t ends_size() const noexcept { return ends_.size(); }
  // Empties the list and keeps its storage for the next segments.
  void clear() noexcept {
    bytes_.clear();
    ends_.clear();
    records_.clear();
  }

  std::size_t size() const noexcept { return records_.size(); }
  bool empty() const noexcept { return records_.size() == 0; }
  segment_view operator[](std::size_t i) const noexcept {
    const record& r = records_.data()[i];
    return segment_view(std::string_view(bytes_.data() + r.byte_begin, r.byte_size),
                        std::span<const std::uint32_t>(ends_.data() + r.ends_begin, r.ends_size), &delims_, r.pos);
  }
  segment_view front() const noexcept { return (*this)[0]; }
  segment_view back() const noexcept { return (*this)[size() - 1]; }
  const delimiters& delims() const noexcept { return delims_; }
  void set_delims(delimiters d) { delims_ = std::move(d); }
  // Bytes held, for memory accounting.
  std::size_t byte_size() const noexcept { return bytes_.size(); }

  class iterator {
   public:
    using value_type = segment_view;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const segment_list* l, std::size_t i) : list_(l), i_(i) {}
    segment_view operator*() const noexcept { return (*list_)[i_]; }
    iterator& operator++() noexcept { ++i_; return *this; }
    iterator operator++(int) noexcept { auto t = *this; ++i_; return t; }
    friend bool operator==(const iterator&, const iterator&) = default;
   private:
    const segment_list* list_ = nullptr;
    std::size_t i_ = 0;
  };
  iterator begin() const noexcept { return {this, 0}; }
  iterator end() const noexcept { return {this, size()}; }

 private:
  // Offsets, not pointers, so a list can grow, move and be copied without fixing records up.
  struct record {
    std::size_t byte_begin;
    std::uint32_t byte_size;
    std::uint32_t ends_begin;
    std::uint32_t ends_size;
    core::position pos;
  };
  delimiters delims_;
  detail::pod_buffer<char> bytes_;
  detail::pod_buffer<std::uint32_t> ends_;
  detail::pod_buffer<record> records_;
};

}  // namespace claimloop::syntax
