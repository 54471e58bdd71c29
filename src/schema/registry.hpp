#pragma once
// All guides of a grammar folder, loaded once and shared, and the choice of a guide for a
// transaction set from GS08/ST03 and, where they disagree with it, the set's content.
#include <bitset>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "schema/guide.hpp"

namespace claimloop::schema {

// The envelope values that name a set's guide. Views: the caller keeps the strings alive.
struct set_identity {
  std::string_view gs01;  // functional identifier code (HC, HP, ...), may be empty
  std::string_view gs08;  // version / implementation reference of the group
  std::string_view st01;  // transaction set identifier (837)
  std::string_view st03;  // implementation reference of the set; decides over GS08 when present
};

// What the set contains, for when GS08/ST03 do not decide: segment ids and CLM05-2 (facility
// code qualifier: B place of service = professional/dental, A bill type = institutional).
struct content_facts {
  std::vector<std::string> segment_ids;  // distinct ids, sorted
  std::string facility_code_qualifier;   // CLM05-2 of the first CLM, or ""

  // Records one segment id (cheap; call it for every segment of the set).
  void note_segment(std::string_view id);
  bool has_segment(std::string_view id) const noexcept;
};

// Segment ids of 1-3 bytes from A-Z and 0-9 (every X12 id) as distinct numbers below
// SEGMENT_ID_CODES; -1 for any other id.
inline constexpr std::size_t SEGMENT_ID_CODES = 37 * 37 * 37;
inline int segment_id_code(std::string_view id) noexcept {
  if (id.empty() || id.size() > 3) return -1;
  int code = 0;
  for (char c : id) {
    const int v = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= '0' && c <= '9' ? c - '0' + 27 : -1;
    if (v < 0) return -1;
    code = code * 37 + v;
  }
  return code;
}

// Collects content facts from any range of segments with tag() and component(n, c), such as
// syntax::segment_list, without this module depending on syntax. Each distinct id is noted
// once: note_segment's sorted insert for every segment of a large set was measurable.
template <class Segments>
content_facts collect_content_facts(const Segments& segments) {
  content_facts facts;
  std::bitset<SEGMENT_ID_CODES> noted;
  for (const auto& s : segments) {
    const std::string_view tag = s.tag();
    const int code = segment_id_code(tag);
    if (code < 0) {
      facts.note_segment(tag);
    } else if (!noted.test(static_cast<std::size_t>(code))) {
      noted.set(static_cast<std::size_t>(code));
      facts.note_segment(tag);
    }
    if (facts.facility_code_qualifier.empty() && tag == "CLM") {
      facts.facility_code_qualifier = std::string(s.component(5, 2));
    }
  }
  return facts;
}

// Why a choice deserves a second look; returned beside it, never logged here.
struct selection_warning {
  enum class kind_t : std::uint8_t {
    st03_differs_from_gs08,    // ST03 decided; GS08 named something else
    content_overrides_version, // GS08/ST03 named one guide, the content fits another
    content_contradicts,       // the content does not fit the named guide, and no other fits better
    chosen_by_content,         // no usable GS08/ST03: the content decided
    functional_group_mismatch, // GS01 differs from the guide's functional group
  };
  kind_t kind;
  std::string message;
};

// The answer of guide_registry::select.
struct selection {
  enum class kind_t : std::uint8_t {
    guide,         // `chosen` is the guide to read the set with
    generic_only,  // no guide for this X12 version (e.g. 004010): build a generic tree only
  };
  kind_t kind = kind_t::guide;
  std::shared_ptr<const guide> chosen;      // set when kind == guide
  std::vector<selection_warning> warnings;  // empty when GS08/ST03 and content agree
  std::string reason;                       // for generic_only: why ("no 5010 guide; ...")
};

// The guides of one folder. Immutable after load, so select() may run on many threads.
class guide_registry {
 public:
  // Loads every *.xml in `dir` (guides, envelope, dictionaries, code lists), each validated
  // against the XSDs in `schema_dir` (empty: schema_dir_for(dir)).
  static core::result<guide_registry> load(const std::filesystem::path& dir,
                                           const std::filesystem::path& schema_dir = {});
  // Loads default_dir().
  static core::result<guide_registry> load_default();
  // $CLAIMLOOP_GRAMMARS if set, else the source tree's grammars/ if present, else the
  // installed share/claimloop.
  static std::filesystem::path default_dir();

  // Transaction-set guides, sorted by file name.
  const std::vector<std::shared_ptr<const guide>>& guides() const noexcept { return guides_; }
  // The envelope guide (ISA/GS control structure), or nullptr when the folder has none.
  const std::shared_ptr<const guide>& envelope() const noexcept { return envelope_; }
  // The guide with this short name ("837P"), or nullptr.
  std::shared_ptr<const guide> find(std::string_view short_name) const noexcept;
  // Chooses the guide for a set: ST03 (else GS08) exact, then also_accepts, then content.
  // errc::unknown_guide when this version has guides but none for this set.
  core::result<selection> select(const set_identity& id, const content_facts* content = nullptr) const;

  const std::filesystem::path& dir() const noexcept { return dir_; }

 private:
  std::filesystem::path dir_;
  std::vector<std::shared_ptr<const guide>> guides_;
  std::shared_ptr<const guide> envelope_;
};

}  // namespace claimloop::schema
