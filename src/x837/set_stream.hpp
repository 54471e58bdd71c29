#pragma once
// Streams the transaction sets of one transaction type (837 or 835) out of a file of any size:
// one ST..SE set at a time from envelope::interchange_reader, its guide chosen by the registry
// and its loop tree built. Sets of other types, or of versions without a guide (004010), are
// skipped and counted.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/result.hpp"
#include "envelope/interchange_reader.hpp"
#include "schema/registry.hpp"
#include "tree/builder.hpp"
#include "tree/loop_tree.hpp"

namespace claimloop::model {

// One set with its tree. Valid until the next call to set_stream::next().
struct parsed_set {
  envelope::unit unit;
  std::shared_ptr<const schema::guide> guide;
  tree::loop_tree tree;
  std::vector<core::finding> findings;  // placement findings of the tree builder
};

class set_stream {
 public:
  // `transaction` is the ST01 to keep ("837", "835").
  set_stream(envelope::interchange_reader reader, const schema::guide_registry& guides, std::string transaction);
  // Opens `path` ("-" = standard input).
  static core::result<set_stream> open(const std::string& path, const schema::guide_registry& guides,
                                       std::string transaction);

  // The next set of the transaction type, nullptr at the end, or the reader's error.
  core::result<const parsed_set*> next();
  // The same, owned by the caller (for handing it to another thread).
  core::result<std::unique_ptr<parsed_set>> next_owned();
  // The next set with its guide chosen but its tree not built yet, so that the costly tree
  // building can run on another thread (build_tree); nullptr at the end.
  core::result<std::unique_ptr<parsed_set>> next_unbuilt();
  // Builds the tree of a set from next_unbuilt(). Several threads may call it at once.
  void build_tree(parsed_set& set) const;

  const std::string& file_name() const noexcept { return reader_.file_name(); }
  std::size_t sets_skipped() const noexcept { return skipped_; }
  std::uint64_t bytes_read() const noexcept;

 private:
  class builder_pool;
  // Reads up to the next set of the transaction type into `set` and chooses its guide; false at
  // the end.
  core::result<bool> read_next(parsed_set& set);

  envelope::interchange_reader reader_;
  const schema::guide_registry* guides_;
  std::string transaction_;
  std::unique_ptr<parsed_set> current_;
  std::shared_ptr<builder_pool> builders_;  // shared: a set_stream is moved, its pool is not
  std::size_t skipped_ = 0;
};

}  // namespace claimloop::model
