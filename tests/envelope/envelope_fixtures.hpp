#pragma once
// Reads fixtures/envelope/<name>.x12 through the interchange_reader and parses the hand-written
// <name>.expected.txt beside it.
#include <string>
#include <vector>

#include "envelope/interchange_reader.hpp"

namespace claimloop::testing {

// One line of an expected-outcome file, or one finding in the same shape.
struct expected_finding {
  std::string code, severity;
  std::uint64_t line = 0, segment_number = 0;
  std::string element;  // "SE01", "SE" for the whole segment, "" for bytes outside segments
  std::string expected, found;
  friend bool operator==(const expected_finding&, const expected_finding&) = default;
};

std::vector<expected_finding> read_expected(const std::string& fixture);
expected_finding shape(const envelope::finding& f);
std::string to_string(const std::vector<expected_finding>& v);

// Every unit of a fixture, read whole or in chunks of `max_read` bytes.
std::vector<envelope::unit> read_units(const std::string& fixture, std::size_t max_read = SIZE_MAX);

}  // namespace claimloop::testing
