#include "syntax/segment_list.hpp"

namespace claimloop::syntax {

void segment_list::push_back(const segment_view& s) {
  record r{bytes_.size(), static_cast<std::uint32_t>(s.bytes().size()), static_cast<std::uint32_t>(ends_.size()),
           static_cast<std::uint32_t>(s.element_ends().size()), s.pos()};
  bytes_.append(s.bytes());
  ends_.insert(ends_.end(), s.element_ends().begin(), s.element_ends().end());
  records_.push_back(r);
}

void segment_list::reserve(std::size_t bytes, std::size_t segments, std::size_t ends) {
  bytes_.reserve(bytes);
  records_.reserve(segments);
  ends_.reserve(ends);
}

void segment_list::clear() noexcept {
  bytes_.clear();
  ends_.clear();
  records_.clear();
}

segment_view segment_list::operator[](std::size_t i) const noexcept {
  const record& r = records_[i];
  return segment_view(std::string_view(bytes_).substr(r.byte_begin, r.byte_size),
                      std::span<const std::uint32_t>(ends_).subspan(r.ends_begin, r.ends_size), &delims_, r.pos);
}

}  // namespace claimloop::syntax
