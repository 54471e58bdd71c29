// raw_segment and its element_list: one string per segment, read from the file's separators,
// edited by set_component, compared by value whatever the path that built it.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "x837/raw.hpp"

namespace claimloop::testing {
namespace {

using model::COMPONENT;
using model::element_list;
using model::raw_segment;
using model::REPETITION;

// A segment_view over `text` (no terminator) split at the element separator, as a reader gives it.
struct view_of {
  std::string text;
  syntax::delimiters delims;
  std::vector<std::uint32_t> ends;
  view_of(std::string t, syntax::delimiters d) : text(std::move(t)), delims(std::move(d)) {
    for (std::uint32_t i = 0; i < text.size(); ++i)
      if (text[i] == delims.element) ends.push_back(i);
    ends.push_back(static_cast<std::uint32_t>(text.size()));
  }
  syntax::segment_view view() const { return syntax::segment_view(text, ends, &delims, core::position{}); }
};

std::vector<std::string> strings_of(const element_list& l) {
  std::vector<std::string> out;
  for (const auto e : l) out.emplace_back(e);
  return out;
}

TEST(raw_segment_test, to_raw_converts_separators_and_keeps_empty_elements) {
  const view_of v("SV1*HC:99213:25*100**UN*1***1:2^3", syntax::hipaa_delimiters());
  const raw_segment r = model::to_raw(v.view());
  EXPECT_EQ(r.tag, "SV1");
  ASSERT_EQ(r.elements.size(), 8u);
  EXPECT_EQ(r.element(1), std::string("HC") + COMPONENT + "99213" + COMPONENT + "25");
  EXPECT_EQ(r.element(3), "");
  EXPECT_EQ(r.element(8), std::string("1") + COMPONENT + "2" + REPETITION + "3");
  EXPECT_EQ(r.element(9), "");
  EXPECT_EQ(r.component(1, 2), "99213");
  EXPECT_EQ(r.component(1, 4), "");
  EXPECT_EQ(r.component(8, 0), std::string("1") + COMPONENT + "2");
  EXPECT_EQ(r.component(8, 2), "2");
  EXPECT_EQ(r.component(8, 3), "");  // "3" is the second repetition, not a component
  EXPECT_EQ(r.text(), "SV1*HC:99213:25*100**UN*1***1:2^3");
}

TEST(raw_segment_test, a_segment_read_equals_the_same_segment_built_in_code) {
  // Other separators in the file; a component separator that is a control byte.
  syntax::delimiters d{'|', '\x1D', '!', "~", ""};
  const view_of v("CLM|A1|100||\x1D" "B|11\x1D" "B\x1D" "1", d);
  const raw_segment read = model::to_raw(v.view());
  raw_segment built{"CLM", {"A1", "100", "", std::string(1, COMPONENT) + "B", std::string("11") + COMPONENT + "B" + COMPONENT + "1"}};
  EXPECT_EQ(read, built);
  raw_segment pushed{"CLM", {}};
  for (const auto e : built.elements) pushed.elements.push_back(e);
  EXPECT_EQ(pushed, built);
  EXPECT_EQ(read.component(5, 3), "1");
}

TEST(raw_segment_test, binary_data_keeps_every_byte) {
  const std::string data = std::string("a*b:c^d") + '\x1D' + '\x1F' + "~";
  const view_of v("BIN*" + std::to_string(data.size()) + "*" + data, syntax::hipaa_delimiters());
  // the view splits at the '*' inside the data too: make BIN02 the rest, as the reader does
  const std::vector<std::uint32_t> ends{3, 6, static_cast<std::uint32_t>(v.text.size())};
  const syntax::segment_view s(v.text, ends, &v.delims, core::position{});
  const raw_segment r = model::to_raw(s);
  ASSERT_EQ(r.elements.size(), 2u);
  EXPECT_EQ(r.element(1), std::to_string(data.size()));
  EXPECT_EQ(r.element(2), data);
}

TEST(raw_segment_test, set_component_keeps_repetitions_and_drops_trailing_empties) {
  raw_segment r{"SV1", {std::string("HC") + COMPONENT + "99213", "100"}};
  r.set_component(1, 3, "25");
  EXPECT_EQ(r.element(1), std::string("HC") + COMPONENT + "99213" + COMPONENT + "25");
  r.set_component(1, 3, "");
  EXPECT_EQ(r.element(1), std::string("HC") + COMPONENT + "99213");
  r.set_component(7, 2, "3");
  EXPECT_EQ(r.elements.size(), 7u);
  EXPECT_EQ(r.element(7), std::string(1, COMPONENT) + "3");
  r.set_component(7, 2, "");
  EXPECT_EQ(r.elements.size(), 2u);  // the emptied element and the empty ones before it go
  r.set_component(9, 1, "");
  EXPECT_EQ(r.elements.size(), 2u);
  raw_segment rep{"HI", {std::string("ABK") + COMPONENT + "J20" + REPETITION + "X"}};
  rep.set_component(1, 2, "R05");
  EXPECT_EQ(rep.element(1), std::string("ABK") + COMPONENT + "R05" + REPETITION + "X");
  rep.set_component(1, 0, "");
  EXPECT_EQ(rep.element(1), std::string(1, REPETITION) + "X");
  EXPECT_EQ(model::trimmed(raw_segment{"NTE", {"A", "", ""}}), (raw_segment{"NTE", {"A"}}));
}

TEST(raw_segment_test, component_split_gives_what_component_gives) {
  std::string many;  // 14 components: past what component_split keeps, so rescanned
  for (int i = 1; i <= 14; ++i) many += (i > 1 ? std::string(1, COMPONENT) : std::string()) + "c" + std::to_string(i);
  const std::string elements[] = {"",
                                  "SIMPLE",
                                  "LONGER THAN EIGHT BYTES",
                                  std::string("HC") + COMPONENT + "99213" + COMPONENT + COMPONENT + "25",
                                  std::string("A") + REPETITION + "B" + COMPONENT + "C",
                                  std::string("ABK") + COMPONENT + "J20" + REPETITION + "X" + COMPONENT + "Y",
                                  std::string(1, COMPONENT),
                                  std::string(1, REPETITION),
                                  many};
  for (const auto& e : elements) {
    const model::component_split parts(e);
    for (std::size_t c = 0; c <= 16; ++c) EXPECT_EQ(parts[c], model::component_in(e, c)) << e << " component " << c;
  }
  EXPECT_EQ(model::component_in(many, 14), "c14");
  EXPECT_EQ(model::component_in(elements[3], 3), "");
  EXPECT_EQ(model::component_in(elements[3], 4), "25");
  EXPECT_EQ(model::component_in(elements[4], 0), "A");
  EXPECT_EQ(model::component_in(elements[4], 2), "");
  EXPECT_EQ(model::component_in(elements[2], 1), "LONGER THAN EIGHT BYTES");
  EXPECT_EQ(model::component_in(elements[2], 2), "");
}

TEST(element_list_test, widens_and_narrows_with_the_data_and_stays_comparable) {
  element_list l{"A", "B"};
  const std::string long_300(300, 'x'), long_70k(70000, 'y');
  l.set(1, long_300);  // past 255 bytes: two-byte offsets
  EXPECT_EQ(l[1], long_300);
  l.push_back(long_70k);  // past 65535: four-byte offsets
  EXPECT_EQ(strings_of(l), (std::vector<std::string>{"A", long_300, long_70k}));
  l.pop_back();
  EXPECT_EQ(l, (element_list{"A", long_300}));
  l.set(1, "B");
  EXPECT_EQ(l, (element_list{"A", "B"}));
  l.resize(4);
  EXPECT_EQ(l, (element_list{"A", "B", "", ""}));
  l.resize(1);
  EXPECT_EQ(l, (element_list{"A"}));
  l.pop_back();
  EXPECT_TRUE(l.empty());
  EXPECT_EQ(l, element_list{});
  element_list many;
  for (int i = 0; i < 300; ++i) many.push_back(std::to_string(i));  // past 255 elements
  ASSERT_EQ(many.size(), 300u);
  EXPECT_EQ(many[0], "0");
  EXPECT_EQ(many[299], "299");
  EXPECT_EQ(many.back(), "299");
}

TEST(element_list_test, takes_values_from_itself) {
  element_list l{"HELLO", "X"};
  l.push_back(l[0]);
  l.set(1, l[0].substr(1, 3));
  EXPECT_EQ(strings_of(l), (std::vector<std::string>{"HELLO", "ELL", "HELLO"}));
  l.set(0, l[0]);
  EXPECT_EQ(l[0], "HELLO");
}

}  // namespace
}  // namespace claimloop::testing
