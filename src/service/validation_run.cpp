#include "service/validation_run.hpp"

#include <deque>
#include <future>
#include <memory>
#include <optional>

#include "envelope/interchange_reader.hpp"

namespace claimloop::service {
namespace {

// Walks the units of one file and feeds each stage.
class run {
 public:
  run(const std::string& path, const schema::guide_registry& guides, const validation_options& options)
      : guides_(guides), options_(options) {
    out_.file = path;
  }

  // Reads every unit; with a pool, sets are judged on its threads while reading goes on, and
  // units are applied strictly in file order (a window of units in flight bounds memory).
  file_validation finish(envelope::interchange_reader& reader, set_pool* pool) {
    struct in_flight {
      envelope::unit unit;
      std::optional<ack::received_interchange> isa;  // taken when read: the reader moves on
      std::future<set_outcome> outcome;
    };
    std::deque<in_flight> window;  // deque: elements stay put while the workers read them
    const std::size_t limit = pool ? 2 * std::size_t{pool->workers()} + 2 : 0;
    auto apply_front = [&] {
      in_flight& f = window.front();
      const bool judged = f.outcome.valid();
      set_outcome o = judged ? f.outcome.get() : set_outcome{};
      add(f.unit, std::move(f.isa), judged ? &o : nullptr);
      window.pop_front();
    };
    for (;;) {
      auto next = reader.next();
      if (!next) {
        out_.error = next.error().to_string();
        break;
      }
      if (!*next) break;
      envelope::unit& u = **next;
      std::optional<ack::received_interchange> isa;
      if (u.kind == envelope::unit_kind::interchange_header) isa = ack::from_isa(reader.segments().isa());
      if (!pool || (window.empty() && u.kind != envelope::unit_kind::transaction_set)) {
        add(u, std::move(isa), nullptr);
        continue;
      }
      window.push_back({std::move(u), std::move(isa), {}});
      if (window.back().unit.kind == envelope::unit_kind::transaction_set)
        window.back().outcome = pool->submit(window.back().unit, out_.file, options_);
      while (window.size() > limit || (!window.empty() && window.front().unit.kind != envelope::unit_kind::transaction_set))
        apply_front();
    }
    while (!window.empty()) apply_front();
    return std::move(out_);
  }

 private:
  // `judged`: the set's outcome when a pool judged it (nullptr: judge it here).
  void add(const envelope::unit& u, std::optional<ack::received_interchange> isa, set_outcome* judged) {
    ta1_.add(u);
    switch (u.kind) {
      case envelope::unit_kind::interchange_header:
        attach_all(u.findings);  // what it closes belongs to the previous interchange
        out_.interchanges.push_back(std::move(*isa));
        break;
      case envelope::unit_kind::group_header: {
        // A missing GE belongs to the group before; the rest (duplicate GS06...) to this one.
        for (const auto& f : u.findings)
          if (belongs_before(f)) attach(f);
        auto gs = u.segments.front();
        ensure_interchange();
        out_.interchanges.back().groups.push_back({std::string(gs.element(1)), std::string(gs.element(2)),
                                                   std::string(gs.element(3)), std::string(gs.element(6)),
                                                   std::string(gs.element(8)), -1, {}, {}});
        for (const auto& f : u.findings)
          if (!belongs_before(f)) attach(f);
        break;
      }
      case envelope::unit_kind::group_trailer:
        attach_all(u.findings);
        if (!u.segments.empty() && !open_groups().empty()) {
          auto ge01 = u.segments.front().element(1);
          if (!ge01.empty() && ge01.find_first_not_of("0123456789") == std::string_view::npos && ge01.size() < 10)
            open_groups().back().declared_sets = std::stoll(std::string(ge01));
        }
        break;
      case envelope::unit_kind::transaction_set:
        if (judged) validate_set(u, std::move(*judged));
        else validate_set(u, judge_set(u, out_.file, guides_, validators_, options_));
        break;
      default:
        attach_all(u.findings);
        break;
    }
  }

  static bool belongs_before(const envelope::finding& f) {
    return f.code == envelope::code::missing_ge || f.level == envelope::level::set;
  }

  // An envelope finding goes to the set or group being read. Never looked up by control number:
  // duplicate GS06/ST02 are exactly the files where a lookup would pick the wrong one.
  // Interchange-level findings are answered by the TA1, not the 999.
  void attach(const envelope::finding& e) {
    core::finding f = e.to_core();
    if (e.level == envelope::level::set) {
      ensure_group();
      auto& sets = open_groups().back().sets;
      if (!sets.empty()) sets.back().findings.push_back(f);
    } else if (e.level == envelope::level::group) {
      ensure_group();
      open_groups().back().findings.push_back(f);
    }
    found(std::move(f));
  }
  void attach_all(const std::vector<envelope::finding>& findings) {
    for (const auto& f : findings) attach(f);
  }

  void validate_set(const envelope::unit& u, set_outcome judged) {
    ++out_.sets;
    const auto errors_before = errors_, rejections_before = rejections_;
    if (!options_.for_999) judged.business_units = std::vector<ack::business_unit>();  // frees; "= {}" keeps the capacity
    ensure_group();
    // Findings only ever go to the newest set: the one before is complete.
    if (last_set_ != nullptr) ack::keep_units_with_findings(*last_set_);
    open_groups().back().sets.push_back({u.context.st01, u.context.st02, u.context.st03, {},
                                         std::move(judged.business_units), {}, std::move(judged.claims)});
    last_set_ = &open_groups().back().sets.back();  // stays put until this vector grows, here
    attach_all(u.findings);  // SE01, SE02, duplicate ST02... count against this set too
    if (judged.not_validated) ++out_.sets_not_validated;
    for (auto& f : judged.findings) {
      open_groups().back().sets.back().findings.push_back(f);
      found(std::move(f));
    }
    if (errors_ > errors_before) ++out_.sets_with_errors;
    if (rejections_ > rejections_before) ++out_.sets_rejected;
  }

  void found(core::finding f) {
    if (f.is_error()) ++errors_;
    if (f.is_error() && f.snip <= 2) ++rejections_;  // what rejects a set in the 999 (ack_policy default)
    out_.findings.push_back(std::move(f));
  }

  void ensure_interchange() {
    if (out_.interchanges.empty()) out_.interchanges.emplace_back();
  }
  void ensure_group() {
    ensure_interchange();
    if (open_groups().empty()) open_groups().emplace_back();
  }
  std::vector<ack::received_group>& open_groups() { return out_.interchanges.back().groups; }

  const schema::guide_registry& guides_;
  validation_options options_;
  file_validation out_;
  ack::ta1_collector ta1_;
  std::size_t errors_ = 0;
  std::size_t rejections_ = 0;
  validator_cache validators_;  // for sets judged on this thread
  ack::received_set* last_set_ = nullptr;  // the newest set, whose business units are not yet pruned

 public:
  std::vector<ack::interchange_record> ta1_records() const { return ta1_.records(); }
};

}  // namespace

bool file_validation::has_errors() const noexcept {
  for (const auto& f : findings)
    if (f.is_error()) return true;
  return !error.empty();
}

file_validation validate_file(const std::string& path, const schema::guide_registry& guides, set_pool* pool,
                              const validation_options& options) {
  auto source = syntax::open_source(path);
  if (!source) {
    file_validation failed;
    failed.file = path;
    failed.error = source.error().to_string();
    return failed;
  }
  envelope::interchange_reader reader(std::move(*source), path);
  run r(path, guides, options);
  auto result = r.finish(reader, pool);
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
