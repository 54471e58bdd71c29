#pragma once
// SHA-1 as 40 hex digits: the content hash of ingested files and the key of shared X12 blocks.
// It identifies content, it does not protect it (no one gains by forging a claim file's hash).
#include <memory>
#include <string>
#include <string_view>

namespace claimloop::store::detail {

class sha1 {
 public:
  sha1();
  ~sha1();
  sha1(const sha1&) = delete;
  sha1& operator=(const sha1&) = delete;

  void add(std::string_view bytes);
  // The digest of everything added; the object is then spent.
  std::string hex();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

std::string sha1_hex(std::string_view bytes);

}  // namespace claimloop::store::detail
