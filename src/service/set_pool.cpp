#include "service/set_pool.hpp"

#include <algorithm>

#include "service/claim_batch.hpp"
#include "service/model_checks.hpp"

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

// A segment the guide did not expect, or expected elsewhere (any IK304: unknown, unexpected,
// missing, repeated too often, out of order): the tree may not hold the claims as sent, so a
// model mapped from it could miss a line and balance falsely. Element errors (a missing ST03, a
// long name) leave the model whole; an amount that is not a number stops the mapping itself.
bool has_placement_errors(const std::vector<core::finding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const core::finding& f) {
    return f.is_error() && (f.snip == 1 || f.snip == 2) && !f.ik304.empty();
  });
}

}  // namespace

set_outcome judge_set(const envelope::unit& u, const std::string& file, const schema::guide_registry& guides,
                      validator_cache& validators, const validation_options& options) {
  set_outcome out;
  out.business_units = business_units(u.segments);
  auto facts = schema::collect_content_facts(u.segments);
  auto chosen = guides.select({u.context.gs01, u.context.gs08, u.context.st01, u.context.st03}, &facts);
  if (!chosen) {
    out.findings.push_back(unsupported_set(u, file, chosen.error().message));
  } else if (chosen->kind == schema::selection::kind_t::generic_only) {
    out.not_validated = true;
  } else {
    for (const auto& w : chosen->warnings) {
      auto f = unsupported_set(u, file, w.message);
      f.level = core::severity::warning;
      f.ack_code.clear();
      out.findings.push_back(std::move(f));
    }
    auto& slot = validators[chosen->chosen.get()];
    if (!slot) slot = std::make_unique<validate::set_validator>(*chosen->chosen);
    const tree::set_context context{file, u.context.isa13, u.context.gs06, u.context.st02};
    auto tree = slot->validate(u.segments, context, out.findings, options.tables);
    if (has_model(u.context.st01)) {
      const bool placed = !has_placement_errors(out.findings);
      std::optional<x837::claim_set> claims;
      const bool keep = options.for_277ca && u.context.st01 == "837";
      check_model(u.context.st01, tree, context, {options.balancing && placed, options.situational && placed},
                  out.findings, keep ? &claims : nullptr);
      if (claims) out.claims = claim_batch_of(*claims, tree, out.findings);
    }
  }
  return out;
}

set_pool::set_pool(const schema::guide_registry& guides, unsigned workers) : guides_(guides) {
  for (unsigned i = 0; i < std::max(workers, 1u); ++i) threads_.emplace_back([this] { work(); });
}

set_pool::~set_pool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

std::future<set_outcome> set_pool::submit(const envelope::unit& set, const std::string& file,
                                          const validation_options& options) {
  auto promise = std::make_shared<std::promise<set_outcome>>();
  auto result = promise->get_future();
  {
    std::lock_guard lock(mutex_);
    queue_.push_back([this, &set, file, options, promise](validator_cache& validators) {
      try {
        promise->set_value(judge_set(set, file, guides_, validators, options));
      } catch (...) {  // bad_alloc and the like: rethrown to the caller by future::get()
        promise->set_exception(std::current_exception());
      }
    });
  }
  wake_.notify_one();
  return result;
}

// A worker: takes tasks until the pool stops and the queue is empty.
void set_pool::work() {
  validator_cache validators;
  for (;;) {
    std::function<void(validator_cache&)> task;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task(validators);
  }
}

}  // namespace claimloop::service
