#pragma once
// Who a transaction set belongs to: copied into every finding a stage reports about it.
#include <string>

namespace claimloop::tree {

struct set_context {
  std::string file;   // file name as given by the caller
  std::string isa13;  // interchange control number
  std::string gs06;   // group control number
  std::string st02;   // transaction set control number
};

}  // namespace claimloop::tree
