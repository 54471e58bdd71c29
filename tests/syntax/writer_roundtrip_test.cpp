// The writer against the reader: whatever is written reads back as the same elements, and a
// file written with its own delimiters comes back byte for byte.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "support/read_segments.hpp"
#include "support/test_support.hpp"
#include "syntax/segment_reader.hpp"
#include "syntax/writer.hpp"

namespace claimloop::syntax {
namespace {

struct written {
  std::string bytes;
  std::string error;  // first write or read error
};

// Reads `input` and writes every segment with `pick(source delimiters)`.
template <class Pick>
written rewrite(std::string_view input, Pick pick) {
  written out;
  segment_reader reader(memory_source(input), "input.x12");
  std::optional<writer> w;
  delimiters current;
  for (;;) {
    auto next = reader.next();
    if (!next) { out.error = next.error().to_string(); return out; }
    if (!*next) return out;
    if (!w || !(reader.delims() == current)) {
      current = reader.delims();
      w.emplace(pick(current));
    }
    if (auto ok = w->write(**next, out.bytes); !ok) { out.error = ok.error().to_string(); return out; }
  }
}

// Each segment as elements -> repetitions -> components, independent of the delimiters used.
using structure = std::vector<std::vector<std::vector<std::string>>>;
struct parsed {
  std::vector<structure> segments;
  std::size_t notices = 0;
  std::string error;
};

parsed parse_structure(std::string_view bytes) {
  parsed out;
  segment_reader reader(memory_source(bytes), "input.x12");
  for (;;) {
    auto next = reader.next();
    if (!next) { out.error = next.error().to_string(); break; }
    if (!*next) break;
    const segment_view& s = **next;
    structure seg{{{std::string(s.tag())}}};
    for (std::size_t n = 1; n <= s.element_count(); ++n) {
      std::vector<std::vector<std::string>> reps;
      // ISA fields are never split: ISA11 and ISA16 are the separators themselves.
      const bool whole = s.is("ISA") || is_binary_element(s.tag(), n);
      if (s.is("ISA")) {
        // Padding is layout, not data; ISA11 and ISA16 name the delimiters.
        std::string v(s.element(n));
        while (!v.empty() && v.back() == ' ') v.pop_back();
        if (n == 9 || n == 10 || n == 13) v.erase(0, std::min(v.find_first_not_of('0'), v.size()));
        seg.push_back({{n == 11 || n == 16 ? std::string() : v}});
        continue;
      }
      for (auto rep : whole ? std::vector<std::string_view>{s.element(n)} : s.repetitions(n)) {
        std::vector<std::string> comps;
        for (auto c : whole ? std::vector<std::string_view>{rep} : split(rep, s.delims().component)) comps.emplace_back(c);
        reps.push_back(std::move(comps));
      }
      seg.push_back(std::move(reps));
    }
    out.segments.push_back(std::move(seg));
    out.notices += reader.take_notices().size();
  }
  return out;
}

TEST(writer_roundtrip_test, parsed_file_writes_back_byte_for_byte) {
  const std::string file =
      "ISA*00*          *00*          *ZZ*SUB            *ZZ*REC            *030101*1253*^*00501*000000905*1*T*:~\n"
      "GS*HC*SUB*REC*20030101*1253*1*X*005010X222A1~\n"
      "ST*837*0001*005010X222A1~\n"
      "SV1*HC:99213:25*100*UN*1***1:2^3~\n"
      "SE*3*0001~\nGE*1*1~\nIEA*1*000000905~\n";
  auto out = rewrite(file, [](delimiters d) { d.suffix = "\n"; return d; });
  ASSERT_TRUE(out.error.empty()) << out.error;
  EXPECT_EQ(out.bytes, file);
  // An unpadded ISA is kept as read too.
  const std::string unpadded = "ISA*00**00**ZZ*SUB*ZZ*REC*030101*1253*^*00501*905*1*T*:~GS*HC*A*B~";
  out = rewrite(unpadded, [](delimiters d) { d.suffix.clear(); return d; });
  ASSERT_TRUE(out.error.empty()) << out.error;
  EXPECT_EQ(out.bytes, unpadded);
}

// Every corpus interchange re-delimited to | > ! and a newline terminator reads back as the same
// elements (except ISA11/ISA16, which name the delimiters themselves, and ISA padding).
TEST(writer_roundtrip_test, corpus_redelimited_reads_back_the_same) {
  int checked = 0, refused = 0;
  for (const auto& entry : testing::corpus_with_isa()) {
    SCOPED_TRACE(entry.local_file);
    const auto input = testing::read_file(entry.full_path());
    const auto original = parse_structure(input);
    if (!original.error.empty()) continue;  // the reader's own tests cover broken files
    auto out = rewrite(input, [](const delimiters&) { return delimiters{'|', '>', '!', "\n", ""}; });
    if (!out.error.empty()) {
      // Refusal is right only when the data really holds one of the new delimiters.
      EXPECT_NE(out.error.find("contains the"), std::string::npos) << out.error;
      ++refused;
      continue;
    }
    const auto again = parse_structure(out.bytes);
    ASSERT_TRUE(again.error.empty()) << again.error;
    EXPECT_EQ(again.notices, 0u);
    const auto& a = original.segments;
    const auto& b = again.segments;
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      ASSERT_EQ(a[i], b[i]) << "segment " << i + 1;
    }
    ++checked;
  }
  EXPECT_GT(checked, 20);
  std::printf("re-delimited %d corpus files, %d refused (data holds a new delimiter)\n", checked, refused);
}

}  // namespace
}  // namespace claimloop::syntax
