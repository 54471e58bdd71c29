#include "syntax/byte_source.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
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

class memory_source_impl final : public byte_source {
 public:
  memory_source_impl(std::string_view bytes, std::size_t max_read) : bytes_(bytes), max_read_(max_read) {}
  core::result<std::size_t> read(char* dst, std::size_t n) override {
    std::size_t take = std::min(std::min(n, max_read_), bytes_.size() - at_);
    std::memcpy(dst, bytes_.data() + at_, take);
    at_ += take;
    return take;
  }

 private:
  std::string_view bytes_;
  std::size_t max_read_;
  std::size_t at_ = 0;
};

}  // namespace

core::result<std::unique_ptr<byte_source>> open_source(const std::string& path) {
  if (path == "-") return std::unique_ptr<byte_source>(std::make_unique<fd_source>(0, path, false));
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, "cannot open");
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  return std::unique_ptr<byte_source>(std::make_unique<fd_source>(fd, path, true));
}

std::unique_ptr<byte_source> memory_source(std::string_view bytes, std::size_t max_read) {
  return std::make_unique<memory_source_impl>(bytes, max_read == 0 ? 1 : max_read);
}

}  // namespace claimloop::syntax
