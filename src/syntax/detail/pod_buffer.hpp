#pragma once
// A growable array of trivially copyable values for segment_list: unlike std::string and
// std::vector it neither zero-fills what it reserves nor writes a terminator, and appending a
// run of values is one capacity test and one memcpy.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <utility>

namespace claimloop::syntax::detail {

// Copies n bytes, W <= n <= 2W, as two fixed-size moves of W bytes that may overlap: both are
// read before either is written, so overlapping source and target ranges stay correct.
template <std::size_t W>
inline void copy_overlapping(char* to, const char* from, std::size_t n) noexcept {
  char head[W], tail[W];
  std::memcpy(head, from, W);
  std::memcpy(tail, from + n - W, W);
  std::memcpy(to, head, W);
  std::memcpy(to + n - W, tail, W);
}

// Copies n bytes. Segments are mostly 10-60 bytes with 3-15 element ends: two overlapping
// fixed-size moves copy those without a call into memcpy, which is kept for longer runs.
inline void copy_bytes(char* to, const char* from, std::size_t n) noexcept {
  if (n > 32) {
    std::memcpy(to, from, n);
  } else if (n >= 16) {
    copy_overlapping<16>(to, from, n);
  } else if (n >= 8) {
    copy_overlapping<8>(to, from, n);
  } else if (n >= 4) {
    copy_overlapping<4>(to, from, n);
  } else {
    for (std::size_t i = 0; i < n; ++i) to[i] = from[i];
  }
}

template <class T>
class pod_buffer {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  pod_buffer() = default;
  pod_buffer(const pod_buffer& other) : pod_buffer() { append(other.data(), other.size()); }
  pod_buffer(pod_buffer&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  pod_buffer& operator=(const pod_buffer& other) {
    if (this != &other) {
      clear();
      append(other.data(), other.size());
    }
    return *this;
  }
  pod_buffer& operator=(pod_buffer&& other) noexcept {
    if (this == &other) return *this;
    release();
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    return *this;
  }
  ~pod_buffer() { release(); }

  const T* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  std::size_t capacity() const noexcept { return capacity_; }
  void clear() noexcept { size_ = 0; }

  void reserve(std::size_t n) {
    if (n > capacity_) reallocate(n);
  }
  void append(const T* values, std::size_t n) {
    if (n > capacity_ - size_) grow(n);
    copy_bytes(reinterpret_cast<char*>(data_ + size_), reinterpret_cast<const char*>(values), n * sizeof(T));
    size_ += n;
  }
  void push_back(const T& value) {
    if (size_ == capacity_) grow(1);
    data_[size_++] = value;
  }

 private:
  // Doubling keeps appends amortized constant; out of line so the append path stays small.
  [[gnu::noinline]] void grow(std::size_t n) {
    std::size_t want = capacity_ < 16 ? 16 : capacity_ * 2;
    if (want < size_ + n) want = size_ + n;
    reallocate(want);
  }
  // Raw storage: T is an implicit-lifetime type, so memcpy and assignment create its values, and
  // nothing is constructed (or zero-filled) ahead of use.
  void reallocate(std::size_t n) {
    T* bigger = std::allocator<T>().allocate(n);
    if (size_ != 0) std::memcpy(bigger, data_, size_ * sizeof(T));
    release();
    data_ = bigger;
    capacity_ = n;
  }
  void release() noexcept {
    if (data_ != nullptr) std::allocator<T>().deallocate(data_, capacity_);
    data_ = nullptr;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace claimloop::syntax::detail
