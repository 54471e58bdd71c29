// The billed-claim facts read straight from a set's loop tree, for the in-memory index: the
// index needs a dozen values per claim, so it skips building the full typed model (which keeps
// every segment) and reads only the segments it needs. summarize(claim_set) gives the same
// values from the model; a test holds the two equal.
#include <fmt/format.h>

#include "reconcile/billed_claim.hpp"
#include "tree/loop_tree.hpp"
#include "x837/field_table.hpp"

namespace claimloop::reconcile {
namespace {

class tree_summarizer {
 public:
  tree_summarizer(const tree::loop_tree& tree, const std::string& file) : tree_(tree), file_(file) {}

  core::result<void> run(const std::function<void(billed_claim&&)>& sink) {
    const auto& list = tree_.segments();
    const auto placed = tree_.placed();
    for (std::size_t i = 0; i < list.size(); ++i) {
      // Segments out of guide order or out of place are not typed by the model either.
      if (placed[i].how != tree::placement::matched) continue;
      const auto s = list[i];
      const std::string_view loop = tree_.loop_id(placed[i].loop);
      if (loop == "2300" && s.is("CLM")) {
        flush(sink);
        if (auto r = start_claim(s); !r) return r;
      } else if (loop == "2400" && s.is("LX")) {
        end_line();
        line_ = billed_line{};
        line_->number = std::string(s.element(1));
      } else if (loop == "2400" && line_ && (s.is("SV1") || s.is("SV2") || s.is("SV3"))) {
        if (auto r = read_service(s); !r) return r;
      } else if (loop == "2400" && line_ && s.is("DTP") && s.element(1) == "472" &&
                 line_->date_from.empty()) {
        read_period(s.element(3), line_->date_from, line_->date_to);
      } else if (loop == "2400" && line_ && s.is("REF") && s.element(1) == "6R" && line_->control_number.empty()) {
        line_->control_number = std::string(s.element(2));
      } else if (loop == "2300" && claim_ && s.is("DTP")) {
        // The first DTP*472, else the first DTP*434 (statement dates), as the model reads them.
        const bool service = s.element(1) == "472", statement = s.element(1) == "434";
        if ((service && !claim_472_) || (statement && !claim_472_ && claim_from_.empty())) {
          read_period(s.element(3), claim_from_, claim_to_);
          claim_472_ = service;
        }
      } else if (loop == "2300" && claim_ && s.is("REF")) {
        if (s.element(1) == "F8" && claim_->original_reference.empty()) claim_->original_reference = s.element(2);
        if (s.element(1) == "D9" && claim_->clearinghouse_trace.empty()) claim_->clearinghouse_trace = s.element(2);
      } else if (s.is("NM1")) {
        if (loop == "1000A" && s.element(1) == "41") submitter_ = s.element(9);
        if (loop == "2010AA" && s.element(1) == "85") npi_ = s.element(9);
        if (loop == "2010BB" && s.element(1) == "PR") payer_ = s.element(9);
      }
    }
    flush(sink);
    return {};
  }

 private:
  core::error bad_amount(const syntax::segment_view& s, int element, std::string_view loop, const std::string& why) const {
    core::error e = core::invalid_value(fmt::format("loop {}: {}", loop, why));
    e.file = file_;
    e.where = s.pos();
    e.segment = std::string(s.tag());
    e.element = element;
    return e;
  }

  core::result<core::money> amount(const syntax::segment_view& s, int element, std::string_view loop) const {
    const auto text = s.element(static_cast<std::size_t>(element));
    if (text.empty()) return core::money{};
    auto n = model::read_number(text);
    if (!n) return bad_amount(s, element, loop, n.error().message);
    if (!*n) return core::money{};
    auto m = (*n)->to_money();
    if (!m) return bad_amount(s, element, loop, fmt::format("amount {} is out of range", text));
    return *m;
  }

  core::result<void> start_claim(const syntax::segment_view& s) {
    claim_ = billed_claim{};
    claim_->file = file_;
    claim_->submitter_id = submitter_;
    claim_->billing_npi = npi_;
    claim_->payer_id = payer_;
    claim_->patient_control_number = std::string(s.element(1));
    claim_->frequency_code = std::string(s.component(5, 3));
    claim_from_.clear();
    claim_to_.clear();
    claim_472_ = false;
    auto charge = amount(s, 2, "2300");
    if (!charge) return std::move(charge).error();
    claim_->charge = *charge;
    return {};
  }

  core::result<void> read_service(const syntax::segment_view& s) {
    // SV1 / SV3: composite in 01, charge in 02; SV2: revenue code 01, composite 02, charge 03.
    const bool institutional = s.is("SV2");
    const std::size_t composite = institutional ? 2 : 1;
    line_->qualifier = std::string(s.component(composite, 1));
    line_->code = std::string(s.component(composite, 2));
    for (std::size_t c = 3; c <= 6; ++c)
      if (auto m = s.component(composite, c); !m.empty()) line_->modifiers.emplace_back(m);
    if (institutional) line_->revenue_code = std::string(s.element(1));
    auto charge = amount(s, institutional ? 3 : 2, "2400");
    if (!charge) return std::move(charge).error();
    line_->charge = *charge;
    const std::size_t units_at = s.is("SV1") ? 4 : s.is("SV2") ? 5 : 6;
    if (auto text = s.element(units_at); !text.empty()) {
      auto n = model::read_number(text);
      if (!n) return bad_amount(s, static_cast<int>(units_at), "2400", n.error().message);
      if (*n) line_->units = **n;
    }
    return {};
  }

  static void read_period(std::string_view period, std::string& from, std::string& to) {
    const auto dash = period.find('-');
    from = std::string(period.substr(0, dash));
    to = dash == std::string_view::npos ? from : std::string(period.substr(dash + 1));
  }

  static void widen(billed_claim& c, const std::string& from, const std::string& to) {
    if (!from.empty() && (c.date_from.empty() || from < c.date_from)) c.date_from = from;
    if (!to.empty() && (c.date_to.empty() || to > c.date_to)) c.date_to = to;
  }

  void end_line() {
    if (!line_ || !claim_) return;
    claim_->lines.push_back(std::move(*line_));
    line_.reset();
  }

  // Lines without their own DTP*472 take the claim's dates; the claim spans its lines' dates.
  void flush(const std::function<void(billed_claim&&)>& sink) {
    end_line();
    if (!claim_) return;
    for (auto& l : claim_->lines) {
      if (l.date_from.empty()) {
        l.date_from = claim_from_;
        l.date_to = claim_to_;
      }
      widen(*claim_, l.date_from, l.date_to);
    }
    if (claim_->lines.empty()) widen(*claim_, claim_from_, claim_to_);
    sink(std::move(*claim_));
    claim_.reset();
  }

  const tree::loop_tree& tree_;
  const std::string& file_;
  std::string submitter_, npi_, payer_;
  std::optional<billed_claim> claim_;
  std::optional<billed_line> line_;
  std::string claim_from_, claim_to_;
  bool claim_472_ = false;
};

}  // namespace

core::result<void> summarize(const tree::loop_tree& tree, const std::string& file,
                             const std::function<void(billed_claim&&)>& sink) {
  return tree_summarizer(tree, file).run(sink);
}

}  // namespace claimloop::reconcile
