// claimloop parse FILE... [--to json|x12] [-o OUT]
#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "cli/json_tree_printer.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "syntax/segment_reader.hpp"
#include "syntax/writer.hpp"

namespace claimloop::cli {
namespace {

// Writes segments back as X12 with the delimiters each interchange was read with, and the
// layout the reader skipped before each one, so only repaired input (wrapped lines, bytes
// outside interchanges) does not come back byte for byte.
class x12_echo {
 public:
  explicit x12_echo(std::ostream& out) : out_(out) {}
  core::result<void> add(std::string_view layout_before, const syntax::segment_view& s) {
    out_ << layout_before;
    if (!writer_ || !syntax::same_separators(writer_->delims(), s.delims())) {
      auto d = s.delims();
      d.suffix.clear();
      auto w = syntax::writer::create(std::move(d));
      if (!w) return std::move(w).error();
      writer_.emplace(std::move(*w));
    }
    return writer_->write(s, out_);
  }
  void finish(std::string_view trailing_layout) { out_ << trailing_layout; }

 private:
  std::ostream& out_;
  std::optional<syntax::writer> writer_;
};

// Reads one file; returns its exit status (clean, or unreadable).
int parse_file(const std::string& path, const std::string& to, std::ostream& out, json_tree_printer& json) {
  auto source = syntax::open_source(path);
  if (!source) {
    spdlog::error("{}", source.error().to_string());
    return EXIT_UNREADABLE;
  }
  syntax::segment_reader reader(std::move(*source), path);
  x12_echo echo(out);
  std::vector<syntax::reader_notice> notices;
  std::string error;
  std::size_t segments = 0;
  if (to == "json") json.begin_file(path);
  for (;;) {
    auto next = reader.next();
    if (!next) {
      error = next.error().to_string();
      break;
    }
    if (!*next) {
      if (to == "x12") echo.finish(reader.layout_before());
      break;
    }
    ++segments;
    if (to == "json") {
      json.add(**next);
    } else if (auto written = echo.add(reader.layout_before(), **next); !written) {
      error = written.error().to_string();
      break;
    }
    for (auto& n : reader.take_notices()) notices.push_back(std::move(n));
  }
  for (auto& n : reader.take_notices()) notices.push_back(std::move(n));
  if (to == "json") json.end_file(notices, error);
  for (const auto& n : notices) spdlog::warn("{}:{}: {}", path, n.where.line, n.message);
  if (!error.empty()) {
    spdlog::error("{}", error);
    return EXIT_UNREADABLE;
  }
  spdlog::info("{}: {} segments, {} bytes", path, segments, reader.bytes_read());
  return EXIT_CLEAN;
}

}  // namespace

int parse_command(const arguments& args) {
  common_options common;
  std::string to = "json";
  po::options_description desc("parse options");
  add_common_options(desc, common);
  desc.add_options()("to", po::value(&to)->default_value("json"),
                     "json: interchanges -> groups -> sets -> segments -> elements with positions; "
                     "x12: the interchanges written back");
  if (auto stop = parse_options("parse", args, desc, common)) return *stop;
  if (to != "json" && to != "x12") {
    spdlog::error("--to must be json or x12, not '{}'", to);
    return EXIT_UNREADABLE;
  }
  output out(common.output);
  if (!out.ok()) {
    spdlog::error("cannot write {}", common.output);
    return EXIT_UNREADABLE;
  }
  json_tree_printer json(out.stream());
  int status = EXIT_CLEAN;
  if (to == "json") out.stream() << "{\"files\":[";
  for (std::size_t i = 0; i < common.files.size(); ++i) {
    if (to == "json" && i > 0) out.stream() << ',';
    status = std::max(status, parse_file(common.files[i], to, out.stream(), json));
  }
  if (to == "json") out.stream() << "]}\n";
  out.stream().flush();
  return status;
}

}  // namespace claimloop::cli
