// The model JSON printer writes strings and numbers itself; its bytes must stay those of
// boost::json::serialize (the goldens and every consumer of `parse --to model` rely on them).
#include <gtest/gtest.h>

#include <string>

#include "x837/detail/json_parts.hpp"

namespace claimloop::testing {
namespace {

namespace json = boost::json;

std::string escaped(std::string_view s) {
  std::string out;
  model::detail::append_quoted(out, s);
  return out;
}

TEST(json_parts_test, strings_are_escaped_as_boost_json_escapes_them) {
  for (int b = 0; b < 256; ++b) {
    const std::string one(1, static_cast<char>(b));
    EXPECT_EQ(escaped(one), json::serialize(json::string(one))) << "byte " << b;
    const std::string mixed = "a" + one + "bc" + one;
    EXPECT_EQ(escaped(mixed), json::serialize(json::string(mixed))) << "byte " << b;
  }
  for (const std::string s : {"", "plain", "O'NEIL \"JR\"", "tab\there", "back\\slash", "\x1F\x1E\x1D",
                              "caf\xC3\xA9", "\xE2\x80\xA6 ellipsis", "\xFF\xFE broken utf-8"})
    EXPECT_EQ(escaped(s), json::serialize(json::string(s))) << s;
}

TEST(json_parts_test, pretty_prints_what_serialize_prints_with_indentation) {
  json::object o;
  o["name"] = "A \"B\"\n";
  o["after"] = 3;
  o["big"] = std::uint64_t{18446744073709551615ULL};
  o["negative"] = std::int64_t{-9223372036854775807LL - 1};
  o["flag"] = true;
  o["none"] = nullptr;
  o["ratio"] = 0.5;
  o["list"] = json::array{"x", 1, json::object{}};
  o["empty"] = json::array{};
  const std::string text = model::detail::pretty(o);
  EXPECT_EQ(json::parse(text), json::value(o));
  EXPECT_NE(text.find("  \"name\": \"A \\\"B\\\"\\n\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"big\": 18446744073709551615"), std::string::npos) << text;
  EXPECT_NE(text.find("\"negative\": -9223372036854775808"), std::string::npos) << text;
  EXPECT_NE(text.find("\"ratio\": " + json::serialize(json::value(0.5))), std::string::npos) << text;
  EXPECT_NE(text.find("\"empty\": []"), std::string::npos) << text;
  EXPECT_EQ(text.back(), '\n');
}

}  // namespace
}  // namespace claimloop::testing
