#include "syntax/byte_source.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimloop::syntax {
namespace {

core::error io_error(const std::string& path, const std::string& what) {
  core::error e;
  e.code = core::errc::io_error;
  e.file = path;
  e.message = what + ": " + std::strerror(errno);
  return e;
}

// Plain read(2) on a descriptor: buffering is the reader's job, so no stdio layer in between.
class fd_source final : public byte_source {
 public:
  fd_source(int fd, std::string path, bool owned) : fd_(fd), path_(std::move(path)), owned_(owned) {}
  ~fd_source() override {
    if (owned_) ::close(fd_);
  }
  fd_source(const fd_source&) = delete;
  fd_source& operator=(const fd_source&) = delete;

  core::result<std::size_t> read(char* dst, std::size_t n) override {
    for (;;) {
      ssize_t got = ::read(fd_, dst, n);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR) return io_error(path_, "cannot read");
    }
  }

 private:
  int fd_;
  std::string path_;
  bool owned_;
};

// A regular file mapped read-only: the reader lexes the page cache in place (no copy), and
// pages it has passed are unmapped from the process so resident memory stays bounded.
class mapped_source final : public byte_source {
 public:
  mapped_source(void* map, std::size_t size) : map_(map), size_(size) {}
  ~mapped_source() override { ::munmap(map_, size_); }
  mapped_source(const mapped_source&) = delete;
  mapped_source& operator=(const mapped_source&) = delete;

  core::result<std::size_t> read(char* dst, std::size_t n) override {
    const std::size_t take = std::min(n, size_ - at_);
    std::memcpy(dst, static_cast<const char*>(map_) + at_, take);
    at_ += take;
    return take;
  }
  std::optional<std::string_view> in_memory() const noexcept override {
    return std::string_view(static_cast<const char*>(map_), size_);
  }
  void release(std::uint64_t offset) noexcept override {
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t upto = std::min<std::size_t>(offset, size_) / page * page;
    if (upto <= released_) return;
    ::madvise(static_cast<char*>(map_) + released_, upto - released_, MADV_DONTNEED);  // a hint: failure is harmless
    released_ = upto;
  }

 private:
  void* map_;
  std::size_t size_;
  std::size_t at_ = 0;        // read() position, for callers that copy anyway
  std::size_t released_ = 0;  // pages below this are unmapped
};

class memory_source_impl final : public byte_source {
 public:
  memory_source_impl(std::string_view bytes, std::size_t max_read) : bytes_(bytes), max_read_(max_read) {}
  core::result<std::size_t> read(char* dst, std::size_t n) override {
    std::size_t take = std::min(std::min(n, max_read_), bytes_.size() - at_);
    std::memcpy(dst, bytes_.data() + at_, take);
    at_ += take;
    return take;
  }
  // Only a source without a read limit lends its bytes: a limited one is there to test chunking.
  std::optional<std::string_view> in_memory() const noexcept override {
    if (max_read_ != SIZE_MAX || at_ != 0) return std::nullopt;
    return bytes_;
  }

 private:
  std::string_view bytes_;
  std::size_t max_read_;
  std::size_t at_ = 0;
};

// Maps fd when it is a non-empty regular file; nullptr when it cannot be mapped.
std::unique_ptr<byte_source> try_map(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return nullptr;
  const auto size = static_cast<std::size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (map == MAP_FAILED) return nullptr;
  ::madvise(map, size, MADV_SEQUENTIAL);
  return std::make_unique<mapped_source>(map, size);
}

}  // namespace

core::result<std::unique_ptr<byte_source>> open_source(const std::string& path, source_mode mode) {
  if (path == "-") return std::unique_ptr<byte_source>(std::make_unique<fd_source>(0, path, false));
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, "cannot open");
  if (mode == source_mode::map) {
    errno = 0;
    auto mapped = try_map(fd);
    const int why = errno != 0 ? errno : ENODEV;
    ::close(fd);  // a mapping keeps the file
    if (mapped) return mapped;
    errno = why;
    return io_error(path, "cannot map (not a non-empty regular file)");
  }
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  return std::unique_ptr<byte_source>(std::make_unique<fd_source>(fd, path, true));
}

std::unique_ptr<byte_source> memory_source(std::string_view bytes, std::size_t max_read) {
  return std::make_unique<memory_source_impl>(bytes, max_read == 0 ? 1 : max_read);
}

}  // namespace claimloop::syntax
