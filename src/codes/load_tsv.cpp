#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "codes/code_tables.hpp"
#include "codes/detail/load_error.hpp"
#include "codes/loader.hpp"

namespace claimloop::codes {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  for (;;) {
    const auto tab = line.find('\t', from);
    out.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
    if (tab == std::string_view::npos) return out;
    from = tab + 1;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

}  // namespace

core::result<std::optional<core::date>> parse_table_date(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.find_first_not_of(' ') == std::string_view::npos) return std::optional<core::date>{};
  if (text.size() != 8 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return detail::load_error("", 0, fmt::format("expected CCYYMMDD date, found \"{}\"", text));
  const int v = std::stoi(std::string(text));
  auto d = core::date::make(v / 10000, v / 100 % 100, v % 100);
  if (!d) return detail::load_error("", 0, fmt::format("\"{}\": {}", text, d.error().message));
  return std::optional<core::date>{*d};
}

core::result<code_table> parse_code_tsv(std::string_view text, std::string name, std::string file) {
  std::vector<code_entry> entries;
  std::set<std::string, std::less<>> seen;
  bool header = false;
  std::size_t line_no = 0;
  std::istringstream in{std::string(text)};
  for (std::string raw; std::getline(in, raw);) {
    ++line_no;
    const std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split_tabs(line);
    if (!header) {
      if (fields.size() != 4 || fields[0] != "code" || fields[1] != "start_date" || fields[2] != "stop_date" ||
          trim(fields[3]) != "description")
        return detail::load_error(file, line_no, "expected header \"code<TAB>start_date<TAB>stop_date<TAB>description\"");
      header = true;
      continue;
    }
    if (fields.size() != 4) return detail::load_error(file, line_no, fmt::format("expected 4 tab-separated fields, found {}", fields.size()));
    code_entry e;
    e.code = std::string(trim(fields[0]));
    if (e.code.empty()) return detail::load_error(file, line_no, "empty code");
    auto start = parse_table_date(fields[1]);
    if (!start) return detail::load_error(file, line_no, "start_date: " + start.error().message);
    auto stop = parse_table_date(fields[2]);
    if (!stop) return detail::load_error(file, line_no, "stop_date: " + stop.error().message);
    e.start = *start;
    e.stop = *stop;
    if (e.start && e.stop && *e.stop < *e.start)
      return detail::load_error(file, line_no, fmt::format("code {}: stop date {} is before start date {}", e.code, iso(*e.stop), iso(*e.start)));
    e.description = std::string(trim(fields[3]));
    if (!seen.insert(e.code).second) return detail::load_error(file, line_no, fmt::format("code {} listed twice", e.code));
    entries.push_back(std::move(e));
  }
  if (!header) return detail::load_error(file, line_no, "no header line: not a code table");
  return code_table(std::move(name), std::move(file), std::move(entries));
}

core::result<code_table> load_code_tsv(const std::filesystem::path& path, std::string name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    core::error e;
    e.code = core::errc::io_error;
    e.file = path.string();
    e.message = "cannot open code table";
    return e;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_code_tsv(text.str(), std::move(name), path.string());
}

core::result<code_tables> load_code_tables(const std::filesystem::path& dir) {
  code_tables t;
  const std::pair<const char*, std::shared_ptr<const code_table>*> files[] = {
      {"carc", &t.carc},
      {"rarc", &t.rarc},
      {"claim_adjustment_group", &t.adjustment_group},
      {"claim_status", &t.claim_status},
      {"claim_frequency", &t.claim_frequency},
      {"place_of_service", &t.place_of_service},
      {"facility_type", &t.facility_type},
      {"entity_identifier", &t.entity_identifier},
      {"reference_qualifier", &t.reference_qualifier},
  };
  for (const auto& [name, slot] : files) {
    auto table = load_code_tsv(dir / (std::string(name) + ".tsv"), name);
    if (!table) return std::move(table).error();
    *slot = std::make_shared<const code_table>(std::move(*table));
  }
  return t;
}

}  // namespace claimloop::codes
