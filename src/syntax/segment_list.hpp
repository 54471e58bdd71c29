#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "syntax/segment_view.hpp"

namespace claimloop::syntax {

// Owned storage for a run of segments (a transaction set, or an envelope segment): the bytes of
// every segment in one buffer, so a set costs a few allocations, not one per segment.
class segment_list {
 public:
  segment_list() = default;
  explicit segment_list(delimiters d) : delims_(std::move(d)) {}
  segment_list(const segment_list& other) = default;
  segment_list(segment_list&&) noexcept = default;
  segment_list& operator=(const segment_list&) = default;
  segment_list& operator=(segment_list&&) noexcept = default;

  // Copies the segment's bytes and element boundaries.
  void push_back(const segment_view& s);
  // Room for `segments` segments holding `bytes` bytes and `ends` element ends in all, so a list
  // filled to a known size grows without copying.
  void reserve(std::size_t bytes, std::size_t segments, std::size_t ends);
  // Element ends held, with byte_size() and size() the figures reserve() takes.
  std::size_t ends_size() const noexcept { return ends_.size(); }
  void clear() noexcept;

  std::size_t size() const noexcept { return records_.size(); }
  bool empty() const noexcept { return records_.empty(); }
  segment_view operator[](std::size_t i) const noexcept;
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
  struct record {
    std::size_t byte_begin;
    std::uint32_t byte_size;
    std::uint32_t ends_begin;
    std::uint32_t ends_size;
    core::position pos;
  };
  delimiters delims_;
  std::string bytes_;
  std::vector<std::uint32_t> ends_;
  std::vector<record> records_;
};

}  // namespace claimloop::syntax
