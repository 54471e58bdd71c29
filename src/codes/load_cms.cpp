// The CMS fixed-width files. Columns are 1-based in the CMS layouts; field() takes them as such.
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "codes/detail/load_error.hpp"
#include "codes/loader.hpp"

namespace claimloop::codes {
namespace {

// Columns first..last (1-based, inclusive), right-trimmed; "" past the end of the line.
std::string_view field(std::string_view line, std::size_t first, std::size_t last) {
  if (line.size() < first) return {};
  std::string_view f = line.substr(first - 1, last - first + 1);
  while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.remove_suffix(1);
  return f;
}

core::result<std::string> read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    core::error e;
    e.code = core::errc::io_error;
    e.file = path.string();
    e.message = "cannot open code file";
    return e;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

template <class Each>
void for_each_line(std::string_view text, Each&& each) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!each(++line_no, line)) return;
  }
}

}  // namespace

core::result<code_table> parse_icd10cm_order(std::string_view text, std::string file, icd_release release) {
  std::vector<code_entry> entries;
  std::set<std::string, std::less<>> seen;
  std::optional<core::error> failed;
  for_each_line(text, [&](std::size_t n, std::string_view line) {
    if (line.find_first_not_of(' ') == std::string_view::npos) return true;
    const std::string_view order = field(line, 1, 5), code = field(line, 7, 13), flag = field(line, 15, 15);
    if (line.size() < 17 || order.find_first_not_of("0123456789 ") != std::string_view::npos || code.empty() ||
        (flag != "0" && flag != "1")) {
      failed = detail::load_error(file, n, "not an ICD-10-CM order file record (order number 1-5, code 7-13, header flag 0/1 at 15)");
      return false;
    }
    if (!seen.insert(std::string(code)).second) {
      failed = detail::load_error(file, n, fmt::format("code {} listed twice", code));
      return false;
    }
    code_entry e;
    e.code = std::string(code);
    e.billable = flag == "1";
    e.start = release.start;
    e.stop = release.stop;
    e.description = std::string(field(line, 17, 76));
    entries.push_back(std::move(e));
    return true;
  });
  if (failed) return std::move(*failed);
  return code_table("icd10cm", std::move(file), std::move(entries));
}

core::result<code_table> load_icd10cm_order(const std::filesystem::path& path, icd_release release) {
  auto text = read_all(path);
  if (!text) return std::move(text).error();
  return parse_icd10cm_order(*text, path.string(), release);
}

core::result<hcpcs_tables> parse_hcpcs(std::string_view text, std::string file) {
  std::vector<code_entry> codes, modifiers;
  std::set<std::string, std::less<>> seen;
  std::optional<core::error> failed;
  for_each_line(text, [&](std::size_t n, std::string_view line) {
    if (line.find_first_not_of(' ') == std::string_view::npos) return true;
    const std::string_view rec = field(line, 11, 11);
    if (rec == "4" || rec == "8") return true;  // continuation of a long description
    if (rec != "3" && rec != "7") {
      failed = detail::load_error(file, n, fmt::format("record identification (column 11) \"{}\" is not 3, 4, 7 or 8: not a HCPCS file", rec));
      return false;
    }
    code_entry e;
    e.code = std::string(rec == "7" ? field(line, 4, 5) : field(line, 1, 5));
    e.description = std::string(field(line, 92, 119));
    auto added = parse_table_date(field(line, 269, 276));
    auto term = parse_table_date(field(line, 285, 292));
    if (!added || !term) {
      failed = detail::load_error(file, n, fmt::format("code {}: {} date (columns {}): {}", e.code, added ? "termination" : "added",
                                              added ? "285-292" : "269-276", (added ? term.error() : added.error()).message));
      return false;
    }
    e.start = *added;
    e.stop = *term;
    const std::string key = std::string(rec) + e.code;
    if (e.code.empty() || !seen.insert(key).second) {
      failed = detail::load_error(file, n, fmt::format("code \"{}\" empty or listed twice", e.code));
      return false;
    }
    (rec == "7" ? modifiers : codes).push_back(std::move(e));
    return true;
  });
  if (failed) return std::move(*failed);
  hcpcs_tables t;
  t.codes = std::make_shared<const code_table>("hcpcs", file, std::move(codes));
  t.modifiers = std::make_shared<const code_table>("hcpcs_modifiers", file, std::move(modifiers));
  return t;
}

core::result<hcpcs_tables> load_hcpcs(const std::filesystem::path& path) {
  auto text = read_all(path);
  if (!text) return std::move(text).error();
  return parse_hcpcs(*text, path.string());
}

}  // namespace claimloop::codes
