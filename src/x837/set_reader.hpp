#pragma once
// What the 837 claim reader and the 835 remittance reader share: one set at a time from a
// set_stream, mapped to its model, then handed out record by record.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "x837/set_stream.hpp"

namespace claimloop::model {

template <class Set, class Record>
class set_reader {
 public:
  std::size_t sets_read() const noexcept { return sets_read_; }
  std::uint64_t bytes_read() const noexcept { return sets_.bytes_read(); }

 protected:
  explicit set_reader(set_stream sets) : sets_(std::move(sets)) {}

  // The next set through `map(tree, file)`, keeping its ISA13, GS06 and ST02; nullopt at the end.
  template <class Map>
  core::result<std::optional<Set>> next_mapped(Map&& map) {
    auto set = sets_.next();
    if (!set) return std::move(set).error();
    if (*set == nullptr) return std::optional<Set>{};
    const auto& ctx = (*set)->unit.context;
    isa13_ = ctx.isa13;
    gs06_ = ctx.gs06;
    st02_ = ctx.st02;
    ++sets_read_;
    auto mapped = map((*set)->tree, sets_.file_name());
    if (!mapped) return std::move(mapped).error();
    return std::optional<Set>(std::move(*mapped));
  }

  // The next pending record, reading sets with `next_set()` and `flatten(set)` until one is.
  template <class NextSet, class Flatten>
  core::result<std::optional<Record>> next_record(NextSet&& next_set, Flatten&& flatten) {
    while (pending_.empty()) {
      auto set = next_set();
      if (!set) return std::move(set).error();
      if (!*set) return std::optional<Record>{};
      flatten(std::move(**set));
    }
    std::optional<Record> r(std::move(pending_.front()));
    pending_.pop_front();
    return r;
  }

  // A record holding where the current set came from (file, ISA13, GS06, ST02, implementation).
  Record origin(const std::string& implementation) const {
    Record r;
    r.file = sets_.file_name();
    r.isa13 = isa13_;
    r.gs06 = gs06_;
    r.st02 = st02_;
    r.implementation = implementation;
    return r;
  }

  set_stream sets_;
  std::deque<Record> pending_;

 private:
  std::string isa13_, gs06_, st02_;
  std::size_t sets_read_ = 0;
};

}  // namespace claimloop::model
