#include "schema/detail/load_common.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schema/guide.hpp"
#include "schema/loader.hpp"

namespace claimloop::schema::detail {

core::result<xml_node> parse_root(const std::filesystem::path& file, const std::filesystem::path& schema_dir,
                                  std::string_view xsd_name, std::string_view roots) {
  const auto dir = schema_dir.empty() ? schema_dir_for(file.parent_path().empty() ? "." : file.parent_path())
                                      : schema_dir;
  auto root = parse_validated(file, dir / xsd_name);
  if (!root) return root;
  const auto accepted = split_words(roots);
  if (std::find(accepted.begin(), accepted.end(), root->name) == accepted.end()) {
    return node_error(file, *root, fmt::format("expected a <{}> document", fmt::join(accepted, "> or <")));
  }
  return root;
}

std::uint32_t to_u32(std::string_view text) noexcept {
  if (text == "unbounded") return UNBOUNDED;
  std::uint32_t v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

std::uint8_t to_u8(std::string_view text) noexcept {
  const auto v = to_u32(text);
  return v > 255 ? 255 : static_cast<std::uint8_t>(v);
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r') ++j;
    if (j > i) out.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace claimloop::schema::detail
