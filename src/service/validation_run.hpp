#pragma once
// One file through the pipeline: envelope checks, guide selection, SNIP 1-5 validation of every
// set (validation_options.hpp says which levels), and what the acknowledgments (TA1, 999) are
// built from. The file is streamed one set at
// a time; findings and acknowledgment inputs are kept, segments are not.
#include <cstddef>
#include <string>
#include <vector>

#include "ack/ack_999.hpp"
#include "ack/ta1.hpp"
#include "core/finding.hpp"
#include "schema/registry.hpp"
#include "service/set_pool.hpp"
#include "service/validation_options.hpp"

namespace claimloop::service {

struct file_validation {
  std::string file;
  std::vector<core::finding> findings;                   // envelope and SNIP, in file order
  std::vector<ack::received_interchange> interchanges;   // what the 999s answer
  std::vector<ack::interchange_record> ta1_records;      // what the TA1s answer
  std::size_t sets = 0;
  std::size_t sets_with_errors = 0;   // any error finding, at any level
  std::size_t sets_rejected = 0;      // an error at SNIP 0-2: the 999 (default policy) says R
  std::size_t sets_not_validated = 0;  // no guide for their version (004010): envelope only
  std::string error;                   // the file could not be read to its end ("" when it was)

  bool has_errors() const noexcept;
};

// Validates one file (path, or "-" for standard input) against the registry's guides. With a
// pool, its sets are judged on the pool's threads; the result is the same either way.
file_validation validate_file(const std::string& path, const schema::guide_registry& guides,
                              set_pool* pool = nullptr, const validation_options& options = {});

// The data element reference number (IK402) of an element, from the guide dictionaries.
ack::element_reference_fn element_references(const schema::guide_registry& guides);

}  // namespace claimloop::service
