#pragma once
// A fixed set of worker threads for map_sets. Threads live as long as the pool, so each keeps
// its malloc cache and arena warm across sets (a thread per set started cold every time).
#include <functional>
#include <memory>

namespace boost::asio {
class thread_pool;
}

namespace claimloop::model {

class task_pool {
 public:
  explicit task_pool(unsigned threads);
  // Tasks not started yet are dropped; running ones are waited for.
  ~task_pool();
  task_pool(const task_pool&) = delete;
  task_pool& operator=(const task_pool&) = delete;

  void post(std::function<void()> task);

 private:
  std::unique_ptr<boost::asio::thread_pool> pool_;
};

}  // namespace claimloop::model
