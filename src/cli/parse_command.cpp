// claimloop parse FILE... [--to json|xml|model|x12] [-o OUT]
#include <spdlog/spdlog.h>

#include <boost/json.hpp>

#include <memory>
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "cli/json_unit_printer.hpp"
#include "cli/set_trees.hpp"
#include "cli/xml_unit_printer.hpp"
#include "envelope/interchange_reader.hpp"
#include "schema/registry.hpp"
#include "x835/model_json.hpp"
#include "x835/remit_reader.hpp"
#include "x837/claim_reader.hpp"
#include "x837/model_json.hpp"
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

// --to x12: the segments exactly as read, layout included.
int echo_file(const std::string& path, std::ostream& out) {
  auto source = syntax::open_source(path);
  if (!source) {
    spdlog::error("{}", source.error().to_string());
    return EXIT_UNREADABLE;
  }
  syntax::segment_reader reader(std::move(*source), path);
  x12_echo echo(out);
  for (;;) {
    auto next = reader.next();
    if (!next) {
      spdlog::error("{}", next.error().to_string());
      return EXIT_UNREADABLE;
    }
    if (!*next) break;
    if (auto written = echo.add(reader.layout_before(), **next); !written) {
      spdlog::error("{}", written.error().to_string());
      return EXIT_UNREADABLE;
    }
  }
  echo.finish(reader.layout_before());
  return EXIT_CLEAN;
}

// --to json / xml: units from the envelope stage, sets in their loops when a guide fits.
int print_file(const std::string& path, const std::string& to, std::ostream& out, json_unit_printer& json,
               set_trees& trees) {
  std::string error;
  std::vector<envelope::finding> findings;
  std::optional<xml_unit_printer> xml;
  if (to == "xml") {
    auto created = xml_unit_printer::create(path);
    if (!created) {
      spdlog::error("{}", created.error().to_string());
      return EXIT_UNREADABLE;
    }
    xml.emplace(std::move(*created));
  } else {
    json.begin_file(path);
  }
  auto source = syntax::open_source(path);
  if (!source) error = source.error().to_string();
  std::optional<envelope::interchange_reader> reader;
  if (source) reader.emplace(std::move(*source), path);
  while (reader) {
    auto next = reader->next();
    if (!next) {
      error = next.error().to_string();
      break;
    }
    if (!*next) break;
    const envelope::unit& u = **next;
    findings.insert(findings.end(), u.findings.begin(), u.findings.end());
    std::optional<tree::loop_tree> tree;
    if (u.kind == envelope::unit_kind::transaction_set) tree = trees.build(u, path);
    if (xml) {
      if (auto r = xml->add(u, tree); !r) {
        error = r.error().to_string();
        break;
      }
    } else {
      json.add(u, tree);
    }
  }
  if (xml) {
    auto text = xml->finish();
    if (!text) error = error.empty() ? text.error().to_string() : error;
    else if (error.empty()) out << *text;
  } else {
    json.end_file(findings, error);
  }
  if (!error.empty()) {
    spdlog::error("{}", error);
    return EXIT_UNREADABLE;
  }
  spdlog::info("{}: read, {} envelope findings", path, findings.size());
  return EXIT_CLEAN;
}

// --to model: the typed claim (837) and remittance (835) models, one set at a time.
template <class Reader>
std::string model_sets(const std::string& path, const schema::guide_registry& guides, std::ostream& out) {
  auto reader = Reader::open(path, guides);
  if (!reader) return reader.error().to_string();
  bool first = true;
  for (;;) {
    auto set = reader->next_set();
    if (!set) return set.error().to_string();
    if (!*set) return {};
    if (!first) out << ',';
    first = false;
    out << to_json(**set);
  }
}

int model_file(const std::string& path, const schema::guide_registry* guides, std::ostream& out) {
  if (!guides) {
    spdlog::error("--to model needs the implementation guides");
    return EXIT_UNREADABLE;
  }
  out << "{\"file\":" << boost::json::serialize(boost::json::string(path)) << ",\"claims\":[";
  auto error = model_sets<x837::claim_reader>(path, *guides, out);
  out << "],\"remittances\":[";
  if (error.empty()) error = model_sets<x835::remit_reader>(path, *guides, out);
  out << "],\"error\":";
  if (error.empty()) out << "null"; else out << boost::json::serialize(boost::json::string(error));
  out << '}';
  if (!error.empty()) {
    spdlog::error("{}", error);
    return EXIT_UNREADABLE;
  }
  return EXIT_CLEAN;
}

}  // namespace

int parse_command(const arguments& args) {
  common_options common;
  std::string to = "json", grammars;
  po::options_description desc("parse options");
  add_common_options(desc, common);
  desc.add_options()("to", po::value(&to)->default_value("json"),
                     "json: interchanges -> groups -> sets -> segments -> elements with positions; "
                     "x12: the interchanges written back; xml: the document of schemas/x12-document.xsd; "
                     "model: typed claims (837) and remittances (835)")(
      "grammars", po::value(&grammars), "folder of implementation guides (default: $CLAIMLOOP_GRAMMARS or the shipped ones)");
  if (auto stop = parse_options("parse", args, desc, common)) return *stop;
  if (to != "json" && to != "x12" && to != "xml" && to != "model") {
    spdlog::error("--to must be json, xml, model or x12, not '{}'", to);
    return EXIT_UNREADABLE;
  }
  output out(common.output);
  if (!out.ok()) {
    spdlog::error("cannot write {}", common.output);
    return EXIT_UNREADABLE;
  }
  // Guides give sets their loops; without them parse still prints envelopes and segments.
  std::optional<schema::guide_registry> guides;
  if (to != "x12") {
    auto loaded = grammars.empty() ? schema::guide_registry::load_default() : schema::guide_registry::load(grammars);
    if (loaded) guides.emplace(std::move(*loaded));
    else spdlog::warn("no implementation guides ({}): sets are printed without loops", loaded.error().to_string());
  }
  set_trees trees(guides ? &*guides : nullptr);
  json_unit_printer json(out.stream());
  int status = EXIT_CLEAN;
  const bool json_out = to == "json" || to == "model";
  if (json_out) out.stream() << "{\"files\":[";
  for (std::size_t i = 0; i < common.files.size(); ++i) {
    if (json_out && i > 0) out.stream() << ',';
    const auto& path = common.files[i];
    int one = EXIT_CLEAN;
    if (to == "x12") one = echo_file(path, out.stream());
    else if (to == "model") one = model_file(path, guides ? &*guides : nullptr, out.stream());
    else one = print_file(path, to, out.stream(), json, trees);
    status = std::max(status, one);
  }
  if (json_out) out.stream() << "]}\n";
  out.stream().flush();
  return status;
}

}  // namespace claimloop::cli
