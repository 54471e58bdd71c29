#pragma once
// What one validation run checks and keeps, beyond SNIP 1-2 (which always run: they build the
// loop tree every other level reads).
namespace claimloop::codes {
struct code_tables;
}

namespace claimloop::service {

struct validation_options {
  // Keep what only a 999 needs (each claim's id for CTX segments, ~70 bytes a claim); false
  // keeps memory flat with the file size when no 999 is written.
  bool for_999 = true;
  // SNIP 5 code-set checks against these tables (must outlive the run); null = no level 5.
  const codes::code_tables* tables = nullptr;
  // SNIP 3 balancing and SNIP 4 situational rules of 837 and 835 sets whose segments all sit
  // where their guide puts them (no IK304 error).
  bool balancing = true;
  bool situational = true;
  // Keep what only a 277CA needs (per 837 claim: parties, charge, dates and the errors that reach
  // it; under 1 KB a clean claim, held until the file is read).
  bool for_277ca = false;
};

}  // namespace claimloop::service
