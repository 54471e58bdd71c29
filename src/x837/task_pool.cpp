#include "x837/task_pool.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

namespace claimloop::model {

task_pool::task_pool(unsigned threads) : pool_(std::make_unique<boost::asio::thread_pool>(threads)) {}

task_pool::~task_pool() {
  pool_->stop();
  pool_->join();
}

void task_pool::post(std::function<void()> task) { boost::asio::post(*pool_, std::move(task)); }

}  // namespace claimloop::model
