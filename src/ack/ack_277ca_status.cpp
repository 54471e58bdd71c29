// grammars/codes/claim_status_reason.tsv -> rules, and the first rule matching a finding.
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "ack/ack_277ca_status.hpp"

namespace claimloop::ack {
namespace {

constexpr std::size_t FIELDS = 9;
constexpr std::string_view HEADER[FIELDS] = {"transaction", "level",  "loop",   "segment",    "element",
                                             "category",    "status", "entity", "description"};

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t from = 0;;) {
    const auto tab = line.find('\t', from);
    out.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
    if (tab == std::string_view::npos) return out;
    from = tab + 1;
  }
}

core::error bad_table(const std::string& file, std::size_t line, std::string message) {
  core::error e;
  e.code = core::errc::invalid_value;
  e.file = file;
  e.where.line = static_cast<std::uint32_t>(line);
  e.message = std::move(message);
  return e;
}

bool any(const std::string& key) { return key == "*"; }

bool matches_element(const std::string& key, const core::finding& f) {
  if (any(key)) return true;
  const auto dash = key.find('-');
  const std::string element = fmt::format("{:02}", f.element);
  if (dash == std::string::npos) return key == element;
  return key.substr(0, dash) == element && key.substr(dash + 1) == std::to_string(f.component);
}

bool matches(const claim_status_rule& r, std::string_view transaction, const core::finding& f) {
  return (any(r.transaction) || r.transaction == transaction) && (any(r.level) || r.level == std::to_string(f.snip)) &&
         (any(r.loop) || r.loop == f.loop) && (any(r.segment) || r.segment == f.segment) && matches_element(r.element, f);
}

// A row's problems, or "" when it can be used.
std::string check_rule(const claim_status_rule& r) {
  if (r.category.size() != 2 || r.category.front() != 'A') return "category must be an acknowledgment code (A0-A8)";
  if (r.status.empty() || r.status.find_first_not_of("0123456789") != std::string::npos) return "status must be a number";
  if (!any(r.level) && (r.level.size() != 1 || r.level[0] < '0' || r.level[0] > '7')) return "level must be 0-7 or *";
  return {};
}

}  // namespace

core::result<claim_status_table> claim_status_table::parse(std::string_view text, const std::string& file) {
  claim_status_table table;
  bool header = false;
  std::size_t line_no = 0;
  std::istringstream in{std::string(text)};
  for (std::string raw; std::getline(in, raw);) {
    ++line_no;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (raw.empty() || raw.front() == '#') continue;
    const auto fields = split_tabs(raw);
    if (fields.size() != FIELDS)
      return bad_table(file, line_no, fmt::format("expected {} tab-separated fields, found {}", FIELDS, fields.size()));
    if (!header) {
      for (std::size_t i = 0; i < FIELDS; ++i)
        if (fields[i] != HEADER[i]) return bad_table(file, line_no, fmt::format("expected header field \"{}\"", HEADER[i]));
      header = true;
      continue;
    }
    claim_status_rule r{std::string(fields[0]), std::string(fields[1]), std::string(fields[2]), std::string(fields[3]),
                        std::string(fields[4]), std::string(fields[5]), std::string(fields[6]), std::string(fields[7]),
                        std::string(fields[8])};
    if (auto why = check_rule(r); !why.empty()) return bad_table(file, line_no, why);
    table.rules_.push_back(std::move(r));
  }
  if (!header) return bad_table(file, line_no, "no header line: not a claim status table");
  const bool catch_all = !table.rules_.empty() && any(table.rules_.back().transaction) && any(table.rules_.back().level) &&
                         any(table.rules_.back().loop) && any(table.rules_.back().segment) &&
                         any(table.rules_.back().element);
  if (!catch_all) return bad_table(file, line_no, "the last rule must match every finding (all keys *)");
  return table;
}

core::result<claim_status_table> claim_status_table::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    core::error e;
    e.code = core::errc::io_error;
    e.file = path.string();
    e.message = "cannot open the claim status table";
    return e;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path.string());
}

claim_status claim_status_table::status_of(std::string_view transaction, const claim_issue& issue) const {
  for (const auto& r : rules_) {
    if (!matches(r, transaction, issue.finding)) continue;
    return {r.category, r.status, r.entity == "loop" ? issue.entity : r.entity};
  }
  return {};  // unreachable: parse() requires a final catch-all rule
}

}  // namespace claimloop::ack
