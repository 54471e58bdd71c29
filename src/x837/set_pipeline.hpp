#pragma once
// Mapping sets on other threads while the caller reads the next ones: reading (lexing, envelope,
// guide choice) stays on the calling thread; building the loop tree, `map` (typed models) and
// freeing the set run on up to `workers` threads; `consume` sees the results on the calling
// thread in file order, so the outcome does not depend on the number of threads.
#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <utility>

#include "core/result.hpp"
#include "x837/set_stream.hpp"
#include "x837/task_pool.hpp"

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
  // On an error the pool (declared after the window) is destroyed first: tasks not started are
  // dropped and running ones waited for, so no worker outlives what it reads.
  std::optional<task_pool> pool;
  if (workers > 0) pool.emplace(workers);
  // Sets in flight: enough that workers still have sets queued while this thread consumes.
  const std::size_t limit = 2 * std::size_t{workers} + 1;
  for (;;) {
    auto set = sets.next_unbuilt();
    if (!set) return std::move(set).error();
    if (*set == nullptr) break;
    // The task owns the set and frees it when done, on its own thread.
    auto task = std::make_shared<std::packaged_task<mapped()>>([owned = std::move(*set), &map, &sets]() mutable {
      sets.build_tree(*owned);
      auto result = map(static_cast<const parsed_set&>(*owned));
      owned.reset();
      return result;
    });
    window.push_back(task->get_future());
    if (pool) pool->post([task] { (*task)(); });
    else (*task)();
    while (window.size() >= limit)
      if (auto r = take_front(); !r) return std::move(r).error();
  }
  while (!window.empty())
    if (auto r = take_front(); !r) return std::move(r).error();
  return done;
}

}  // namespace claimloop::model
