#pragma once
// Mapping sets on other threads while the caller reads the next ones: reading and building the
// loop tree stay on the calling thread, `map` (the costly part: typed models) runs on up to
// `workers` threads, and `consume` sees the results on the calling thread in file order, so
// the outcome does not depend on the number of threads.
#include <deque>
#include <future>
#include <memory>
#include <utility>

#include "core/result.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::model {

// `map(const parsed_set&)` returns core::result<T>; `consume(T&&)` returns core::result<void>.
// `workers` = 0 maps on the calling thread.
// Stops at the first error (of reading, mapping or consuming) and returns it. Returns the
// number of sets consumed.
template <class Map, class Consume>
core::result<std::size_t> map_sets(set_stream& sets, Map map, Consume consume, unsigned workers) {
  using mapped = decltype(map(std::declval<const parsed_set&>()));
  std::deque<std::future<mapped>> window;
  std::size_t done = 0;
  auto take_front = [&]() -> core::result<void> {
    auto m = window.front().get();
    window.pop_front();
    if (!m) return std::move(m).error();
    if (auto r = consume(std::move(*m)); !r) return r;
    ++done;
    return {};
  };
  // On an error the futures still in the window are dropped: an async future's destructor waits
  // for its task, so no worker outlives the sets it reads.
  const std::size_t limit = std::size_t{workers} + 1;  // `workers` mapping, one being read
  const auto policy = workers == 0 ? std::launch::deferred : std::launch::async;
  for (;;) {
    auto set = sets.next_owned();
    if (!set) return std::move(set).error();
    if (*set == nullptr) break;
    std::shared_ptr<const parsed_set> owned(std::move(*set));
    window.push_back(std::async(policy, [owned, &map] { return map(*owned); }));
    while (window.size() >= limit)
      if (auto r = take_front(); !r) return std::move(r).error();
  }
  while (!window.empty())
    if (auto r = take_front(); !r) return std::move(r).error();
  return done;
}

}  // namespace claimloop::model
