#pragma once
// Small helpers shared by the dictionary and guide loaders (no Xerces here).
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "schema/detail/xml_document.hpp"

namespace claimloop::schema::detail {

// Validates `file` against <schema_dir or schema_dir_for(its folder)>/<xsd_name> and checks that
// the root element is one of `roots`, e.g. "guide envelope" (one XSD declares two roots).
core::result<xml_node> parse_root(const std::filesystem::path& file, const std::filesystem::path& schema_dir,
                                  std::string_view xsd_name, std::string_view roots);

// Attribute numbers already checked by the XSD; "unbounded" maps to UNBOUNDED.
std::uint32_t to_u32(std::string_view text) noexcept;
std::uint8_t to_u8(std::string_view text) noexcept;

// Space-separated list ("85 87") -> words.
std::vector<std::string> split_words(std::string_view text);

}  // namespace claimloop::schema::detail
