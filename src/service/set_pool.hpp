#pragma once
// Judging transaction sets on worker threads. Sets are independent once the envelope stage has
// cut them out, so guide selection, the loop tree and SNIP 1-5 run in parallel; the caller keeps
// everything order-dependent (envelope findings, 999/TA1 bookkeeping) and consumes results in
// file order, so the output does not depend on the number of threads.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ack/ack_277ca_model.hpp"
#include "ack/ack_999.hpp"
#include "core/finding.hpp"
#include "envelope/interchange_reader.hpp"
#include "schema/registry.hpp"
#include "service/validation_options.hpp"
#include "validate/validate.hpp"

namespace claimloop::service {

// What judging one set yields: its findings (in the order the single-threaded run makes them),
// whether it had no guide for its version, its business units for 999 CTX segments and, for an
// 837 when asked, what a 277CA answers about its claims.
struct set_outcome {
  std::vector<core::finding> findings;
  bool not_validated = false;
  std::vector<ack::business_unit> business_units;
  std::shared_ptr<const ack::claim_batch> claims;  // 837 with validation_options::for_277ca
};

// One validator per guide, reused across sets; one of these per thread.
using validator_cache = std::map<const schema::guide*, std::unique_ptr<validate::set_validator>>;

// Selects the guide for a transaction-set unit and validates it (no threads involved): SNIP 1-2,
// SNIP 5 with `options.tables`, and SNIP 3-4 on 837 / 835 sets whose segments all sit where the
// guide puts them (no IK304 error: a misplaced SV1 would leave its charge out of the model).
set_outcome judge_set(const envelope::unit& set, const std::string& file, const schema::guide_registry& guides,
                      validator_cache& validators, const validation_options& options = {});

// A fixed number of worker threads, each with its own validators. submit() returns at once;
// the unit must stay alive (and unmoved) until its future is ready.
class set_pool {
 public:
  set_pool(const schema::guide_registry& guides, unsigned workers);
  ~set_pool();
  set_pool(const set_pool&) = delete;
  set_pool& operator=(const set_pool&) = delete;

  std::future<set_outcome> submit(const envelope::unit& set, const std::string& file,
                                  const validation_options& options = {});
  unsigned workers() const noexcept { return static_cast<unsigned>(threads_.size()); }

 private:
  void work();

  const schema::guide_registry& guides_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void(validator_cache&)>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace claimloop::service
