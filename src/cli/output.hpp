#pragma once
// Where a command writes its result: a file, or standard output for "-".
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

namespace claimloop::cli {

class output {
 public:
  explicit output(const std::string& path);
  bool ok() const { return stream_ != nullptr && static_cast<bool>(*stream_); }
  std::ostream& stream() { return *stream_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::unique_ptr<std::ofstream> file_;
  std::ostream* stream_ = nullptr;
};

}  // namespace claimloop::cli
