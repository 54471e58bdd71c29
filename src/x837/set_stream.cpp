#include "x837/set_stream.hpp"

#include <map>
#include <mutex>
#include <utility>

#include "syntax/byte_source.hpp"

namespace claimloop::model {

// Tree builders are reused (each precomputes its guide's positions) but not thread-safe: a
// thread takes one for a build and gives it back after.
class set_stream::builder_pool {
 public:
  std::unique_ptr<tree::tree_builder> take(const schema::guide& g) {
    {
      std::lock_guard lock(mutex_);
      auto& idle = idle_[&g];
      if (!idle.empty()) {
        auto b = std::move(idle.back());
        idle.pop_back();
        return b;
      }
    }
    return std::make_unique<tree::tree_builder>(g);
  }
  void give_back(const schema::guide& g, std::unique_ptr<tree::tree_builder> b) {
    std::lock_guard lock(mutex_);
    idle_[&g].push_back(std::move(b));
  }

 private:
  std::mutex mutex_;
  std::map<const schema::guide*, std::vector<std::unique_ptr<tree::tree_builder>>> idle_;
};

set_stream::set_stream(envelope::interchange_reader reader, const schema::guide_registry& guides, std::string transaction)
    : reader_(std::move(reader)), guides_(&guides), transaction_(std::move(transaction)),
      current_(std::make_unique<parsed_set>()), builders_(std::make_shared<builder_pool>()) {}

core::result<set_stream> set_stream::open(const std::string& path, const schema::guide_registry& guides,
                                          std::string transaction) {
  auto source = syntax::open_source(path);
  if (!source) return std::move(source).error();
  return set_stream(envelope::interchange_reader(std::move(*source), path), guides, std::move(transaction));
}

std::uint64_t set_stream::bytes_read() const noexcept { return reader_.segments().bytes_read(); }

core::result<bool> set_stream::read_next(parsed_set& set) {
  for (;;) {
    auto u = reader_.next();
    if (!u) return std::move(u).error();
    if (!*u) return false;
    if ((*u)->kind != envelope::unit_kind::transaction_set || (*u)->context.st01 != transaction_) continue;
    set.unit = std::move(**u);
    const auto& c = set.unit.context;
    auto facts = schema::collect_content_facts(set.unit.segments);
    auto chosen = guides_->select({c.gs01, c.gs08, c.st01, c.st03}, &facts);
    if (!chosen || chosen->kind != schema::selection::kind_t::guide || set.unit.segments.empty()) {
      ++skipped_;
      continue;
    }
    set.guide = chosen->chosen;
    set.findings.clear();
    set.tree = {};
    return true;
  }
}

void set_stream::build_tree(parsed_set& set) const {
  const auto& c = set.unit.context;
  auto builder = builders_->take(*set.guide);
  set.tree = builder->build(set.unit.segments, {reader_.file_name(), c.isa13, c.gs06, c.st02}, set.findings);
  builders_->give_back(*set.guide, std::move(builder));
}

core::result<const parsed_set*> set_stream::next() {
  auto read = read_next(*current_);
  if (!read) return std::move(read).error();
  if (!*read) return static_cast<const parsed_set*>(nullptr);
  build_tree(*current_);
  return static_cast<const parsed_set*>(current_.get());
}

core::result<std::unique_ptr<parsed_set>> set_stream::next_owned() {
  auto set = next();
  if (!set) return std::move(set).error();
  if (*set == nullptr) return std::unique_ptr<parsed_set>{};
  return std::exchange(current_, std::make_unique<parsed_set>());
}

core::result<std::unique_ptr<parsed_set>> set_stream::next_unbuilt() {
  auto set = std::make_unique<parsed_set>();
  auto read = read_next(*set);
  if (!read) return std::move(read).error();
  if (!*read) return std::unique_ptr<parsed_set>{};
  return set;
}

}  // namespace claimloop::model
