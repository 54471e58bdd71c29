#pragma once
// Who a transaction set belongs to: copied into every finding a stage reports about it.
#include <string>

#include "core/finding.hpp"

namespace claimloop::tree {

struct set_context {
  std::string file;   // file name as given by the caller
  std::string isa13;  // interchange control number
  std::string gs06;   // group control number
  std::string st02;   // transaction set control number

  // A finding of SNIP level `snip` about this set, an error until the caller says otherwise.
  core::finding finding(core::snip_level snip) const {
    core::finding f;
    f.file = file;
    f.isa13 = isa13;
    f.gs06 = gs06;
    f.st02 = st02;
    f.snip = snip;
    f.level = core::severity::error;
    return f;
  }
};

}  // namespace claimloop::tree
