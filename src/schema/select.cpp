// Choosing a guide for one transaction set. GS08/ST03 name it; the content confirms it. The
// content tests are data-driven: a guide's content_hints (SV1, SV2, SV3, ...) and the codes its
// CLM use allows in CLM05-2, so a new 837 variant needs a guide file, not code here.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schema/registry.hpp"

namespace claimloop::schema {
namespace {

using guide_ptr = std::shared_ptr<const guide>;
using warn = selection_warning::kind_t;

// Does the guide's CLM05-2 allow this qualifier? 0 = the guide says nothing, 1 yes, -1 no.
int facility_fit(const guide& g, std::string_view qualifier) {
  if (qualifier.empty()) return 0;
  int verdict = 0;
  for (const auto& use : g.segment_uses) {
    if (use.id != "CLM") continue;
    const element_use* e = use.element(5);
    const component_use* c = e ? e->component(2) : nullptr;
    if (c == nullptr || !c->restricts_codes()) continue;
    if (c->allows(qualifier)) return 1;
    verdict = -1;
  }
  return verdict;
}

bool any_hint_present(const guide& g, const content_facts& facts) {
  return std::any_of(g.content_hints.begin(), g.content_hints.end(),
                     [&](const std::string& h) { return facts.has_segment(h); });
}

// How well the content fits each candidate: -1 contradicts; else facility + hint evidence.
struct fit {
  int score = 0;
  bool contradicts = false;
  std::string evidence;
};

fit content_fit(const guide& g, const content_facts& facts, bool others_have_hints) {
  fit f;
  const int facility = facility_fit(g, facts.facility_code_qualifier);
  if (facility < 0) f.contradicts = true;
  if (facility > 0) f.score += 1;
  if (!facts.facility_code_qualifier.empty()) f.evidence = "CLM05-2 " + facts.facility_code_qualifier;
  std::vector<std::string> seen;
  for (const auto& h : g.content_hints) {
    if (facts.has_segment(h)) seen.push_back(h);
  }
  if (!seen.empty()) {
    f.score += 2;
    f.evidence += fmt::format("{}{} present", f.evidence.empty() ? "" : ", ", fmt::join(seen, " "));
  } else if (others_have_hints) {
    f.contradicts = true;  // another guide's marker segments are there, none of ours
  }
  return f;
}

// The one candidate the content fits best, or nullptr when none fits or two tie.
guide_ptr best_by_content(const std::vector<guide_ptr>& candidates, const content_facts& facts, std::string& evidence) {
  guide_ptr best;
  int best_score = -1;
  bool tie = false;
  for (const auto& g : candidates) {
    const bool others = std::any_of(candidates.begin(), candidates.end(),
                                    [&](const guide_ptr& o) { return o != g && any_hint_present(*o, facts); });
    const fit f = content_fit(*g, facts, others);
    if (f.contradicts || f.score == 0) continue;
    if (f.score > best_score) {
      best = g, best_score = f.score, tie = false, evidence = f.evidence;
    } else if (f.score == best_score) {
      tie = true;
    }
  }
  return tie ? nullptr : best;
}

bool fits(const guide& g, const std::vector<guide_ptr>& candidates, const content_facts& facts) {
  const bool others = std::any_of(candidates.begin(), candidates.end(),
                                  [&](const guide_ptr& o) { return o.get() != &g && any_hint_present(*o, facts); });
  return !content_fit(g, facts, others).contradicts;
}

core::error unknown(std::string message) {
  return core::error{core::errc::unknown_guide, {}, {}, "ST", 0, std::move(message)};
}

}  // namespace

core::result<selection> guide_registry::select(const set_identity& id, const content_facts* content) const {
  selection out;
  const std::string_view ref = !id.st03.empty() ? id.st03 : id.gs08;
  if (!id.st03.empty() && !id.gs08.empty() && id.st03 != id.gs08) {
    out.warnings.push_back({warn::st03_differs_from_gs08,
                            fmt::format("ST03 {} differs from GS08 {}; ST03 decides", id.st03, id.gs08)});
  }
  const std::string_view version = ref.substr(0, 6);
  const bool version_known = std::any_of(guides_.begin(), guides_.end(), [&](const guide_ptr& g) {
    return g->version() == version;
  });
  if (!ref.empty() && !version_known) {
    out.kind = selection::kind_t::generic_only;
    out.reason = fmt::format("no guide for X12 version {} ({}): no 5010 guide; generic tree only", version, ref);
    return out;
  }

  std::vector<guide_ptr> candidates;
  for (const auto& g : guides_) {
    if (g->transaction == id.st01) candidates.push_back(g);
  }
  if (candidates.empty()) return unknown(fmt::format("no guide for transaction set {} {}", id.st01, ref));

  guide_ptr chosen;
  for (const auto& g : candidates) {
    if (g->implementation == ref) { chosen = g; break; }
  }
  for (const auto& g : candidates) {
    if (!chosen && g->accepts(ref)) chosen = g;
  }
  if (!chosen && !ref.empty()) {
    std::vector<std::string> known;
    for (const auto& g : candidates) known.push_back(g->implementation);
    return unknown(fmt::format("no guide for {} {}; loaded: {}", id.st01, ref, fmt::join(known, ", ")));
  }

  std::string evidence;
  const guide_ptr by_content = content ? best_by_content(candidates, *content, evidence) : nullptr;
  if (!chosen) {
    chosen = by_content ? by_content : (candidates.size() == 1 ? candidates.front() : nullptr);
    if (!chosen) return unknown(fmt::format("no GS08/ST03 for {} and the content does not tell the guides apart", id.st01));
    out.warnings.push_back({warn::chosen_by_content,
                            fmt::format("no GS08/ST03: read as {}{}", chosen->short_name,
                                        evidence.empty() ? "" : " (" + evidence + ")")});
  } else if (content && !fits(*chosen, candidates, *content)) {
    if (by_content && by_content != chosen) {
      out.warnings.push_back({warn::content_overrides_version,
                              fmt::format("{} names {} but the content is {} ({}); read as {}", ref,
                                          chosen->short_name, by_content->short_name, evidence, by_content->short_name)});
      chosen = by_content;
    } else {
      out.warnings.push_back({warn::content_contradicts,
                              fmt::format("the content does not fit {} named by {}", chosen->short_name, ref)});
    }
  }
  if (!id.gs01.empty() && id.gs01 != chosen->functional_group) {
    out.warnings.push_back({warn::functional_group_mismatch,
                            fmt::format("GS01 {} but {} belongs in a {} group", id.gs01, chosen->short_name,
                                        chosen->functional_group)});
  }
  out.chosen = std::move(chosen);
  return out;
}

}  // namespace claimloop::schema
