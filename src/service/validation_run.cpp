#include "service/validation_run.hpp"

#include <map>
#include <memory>

#include "envelope/interchange_reader.hpp"
#include "validate/validate.hpp"

namespace claimloop::service {
namespace {

// Business units for 999 CTX: each claim (CLM01) or remittance claim (CLP01) spans from its
// segment to the one before the next claim, or to SE.
std::vector<ack::business_unit> business_units(const syntax::segment_list& set) {
  std::vector<ack::business_unit> units;
  for (std::size_t i = 0; i < set.size(); ++i) {
    auto s = set[i];
    const bool claim = s.is("CLM"), remit = s.is("CLP");
    if (!claim && !remit) continue;
    if (!units.empty()) units.back().last_position = s.pos().set_index - 1;
    units.push_back({s.pos().set_index, set.back().pos().set_index, claim ? "CLM01" : "CLP01", std::string(s.element(1))});
  }
  return units;
}

core::finding unsupported_set(const envelope::unit& u, const std::string& file, const std::string& why) {
  core::finding f;
  f.file = file;
  f.isa13 = u.context.isa13;
  f.gs06 = u.context.gs06;
  f.st02 = u.context.st02;
  f.snip = 1;
  f.segment = "ST";
  f.where = u.segments.front().pos();
  f.element = 1;
  f.ack_code = "1";  // IK502 1: transaction set not supported
  f.value = u.context.st01;
  f.message = why;
  return f;
}

// Walks the units of one file and feeds each stage.
class run {
 public:
  run(const std::string& path, const schema::guide_registry& guides) : guides_(guides) { out_.file = path; }

  file_validation finish(envelope::interchange_reader& reader) {
    for (;;) {
      auto next = reader.next();
      if (!next) {
        out_.error = next.error().to_string();
        break;
      }
      if (!*next) break;
      add(reader, **next);
    }
    route();
    return std::move(out_);
  }

 private:
  void add(const envelope::interchange_reader& reader, const envelope::unit& u) {
    ta1_.add(u);
    for (const auto& f : u.findings) found(f.to_core());
    switch (u.kind) {
      case envelope::unit_kind::interchange_header:
        route();
        out_.interchanges.push_back(ack::from_isa(reader.segments().isa()));
        break;
      case envelope::unit_kind::group_header: {
        auto gs = u.segments.front();
        ensure_interchange();
        out_.interchanges.back().groups.push_back({std::string(gs.element(1)), std::string(gs.element(2)),
                                                   std::string(gs.element(3)), std::string(gs.element(6)),
                                                   std::string(gs.element(8)), -1, {}, {}});
        break;
      }
      case envelope::unit_kind::group_trailer:
        if (!u.segments.empty() && !open_groups().empty()) {
          auto ge01 = u.segments.front().element(1);
          if (!ge01.empty() && ge01.find_first_not_of("0123456789") == std::string_view::npos && ge01.size() < 10)
            open_groups().back().declared_sets = std::stoll(std::string(ge01));
        }
        break;
      case envelope::unit_kind::transaction_set:
        validate_set(u);
        break;
      default:
        break;
    }
  }

  void validate_set(const envelope::unit& u) {
    ++out_.sets;
    const auto errors_before = errors_;
    ack::received_set received{u.context.st01, u.context.st02, u.context.st03, {}, business_units(u.segments), {}};
    auto facts = schema::collect_content_facts(u.segments);
    auto chosen = guides_.select({u.context.gs01, u.context.gs08, u.context.st01, u.context.st03}, &facts);
    if (!chosen) {
      found(unsupported_set(u, out_.file, chosen.error().message));
    } else if (chosen->kind == schema::selection::kind_t::generic_only) {
      ++out_.sets_not_validated;
    } else {
      for (const auto& w : chosen->warnings) {
        auto f = unsupported_set(u, out_.file, w.message);
        f.level = core::severity::warning;
        f.ack_code.clear();
        found(std::move(f));
      }
      auto& validator = validator_for(*chosen->chosen);
      std::vector<core::finding> findings;
      validator.validate(u.segments, {out_.file, u.context.isa13, u.context.gs06, u.context.st02}, findings);
      for (auto& f : findings) found(std::move(f));
    }
    if (errors_ > errors_before) ++out_.sets_with_errors;
    ensure_group();
    open_groups().back().sets.push_back(std::move(received));
  }

  // Records a finding; routing into the 999 model happens per interchange (route()).
  void found(core::finding f) {
    if (f.is_error()) ++errors_;
    pending_.push_back(f);
    out_.findings.push_back(std::move(f));
  }

  void route() {
    if (out_.interchanges.empty() || pending_.empty()) return;
    ack::route_findings(out_.interchanges.back(), pending_);
    pending_.clear();
  }

  void ensure_interchange() {
    if (out_.interchanges.empty()) out_.interchanges.emplace_back();
  }
  void ensure_group() {
    ensure_interchange();
    if (open_groups().empty()) open_groups().emplace_back();
  }
  std::vector<ack::received_group>& open_groups() { return out_.interchanges.back().groups; }

  validate::set_validator& validator_for(const schema::guide& g) {
    auto& slot = validators_[&g];
    if (!slot) slot = std::make_unique<validate::set_validator>(g);
    return *slot;
  }

  const schema::guide_registry& guides_;
  file_validation out_;
  ack::ta1_collector ta1_;
  std::vector<core::finding> pending_;
  std::size_t errors_ = 0;
  std::map<const schema::guide*, std::unique_ptr<validate::set_validator>> validators_;

 public:
  std::vector<ack::interchange_record> ta1_records() const { return ta1_.records(); }
};

}  // namespace

bool file_validation::has_errors() const noexcept {
  for (const auto& f : findings)
    if (f.is_error()) return true;
  return !error.empty();
}

file_validation validate_file(const std::string& path, const schema::guide_registry& guides) {
  auto source = syntax::open_source(path);
  if (!source) {
    file_validation failed;
    failed.file = path;
    failed.error = source.error().to_string();
    return failed;
  }
  envelope::interchange_reader reader(std::move(*source), path);
  run r(path, guides);
  auto result = r.finish(reader);
  result.ta1_records = r.ta1_records();
  return result;
}

ack::element_reference_fn element_references(const schema::guide_registry& guides) {
  std::shared_ptr<const schema::dictionary> dict;
  if (!guides.guides().empty()) dict = guides.guides().front()->dict;
  return [dict](std::string_view segment, int element, int component) -> std::string {
    if (!dict) return {};
    const auto* def = dict->find_segment(segment);
    const auto* slot = def ? def->element(static_cast<std::size_t>(element)) : nullptr;
    if (!slot) return {};
    if (!slot->is_composite()) return slot->element ? slot->element->number : std::string();
    if (component <= 0) return {};
    const auto* c = slot->composite->component(static_cast<std::size_t>(component));
    return c && c->element ? c->element->number : std::string();
  };
}

}  // namespace claimloop::service
