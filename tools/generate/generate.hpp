#pragma once
// Entry points of the synthetic file generator: one seed stands for one set of claims, written
// as an 837 (P, I or D) or as the 835 that pays them.
#include <cstdint>

#include "core/result.hpp"
#include "envelope/interchange_builder.hpp"
#include "generate/claim_model.hpp"

namespace claimloop::generate {

enum class file_type { x837p, x837i, x837d, x835 };

struct generate_options {
  file_type type = file_type::x837p;
  std::uint64_t seed = 1;
  std::uint64_t claims = 0;      // claims to write; 0 = write until size_bytes
  std::uint64_t size_bytes = 0;  // used when claims == 0
  claim_kind remit_for = claim_kind::professional;  // which 837 an 835 pays
  std::uint64_t claims_per_set = 1000;              // 837 claims per ST..SE
  bool line_control_numbers = true;                 // 835 only: echo each line's REF*6R
  syntax::delimiters delims = syntax::hipaa_delimiters();
};

struct generate_stats {
  std::uint64_t claims = 0;
  std::uint64_t sets = 0;
  std::uint64_t bytes = 0;
};

// Writes one interchange to `out` (flushed at the end).
core::result<generate_stats> generate(const generate_options& options, envelope::output& out);

// The two writers behind generate(); `kind` picks 837P/I/D for write_837.
core::result<generate_stats> write_837(const generate_options& options, claim_kind kind, envelope::output& out);
core::result<generate_stats> write_835(const generate_options& options, envelope::output& out);

// What the guides call each kind: GS08/ST03 and the short name.
const char* implementation_reference(claim_kind kind) noexcept;

namespace detail {
// Envelope settings shared by both writers (dates from the model, ids from its partners).
envelope::isa_params isa_for(const claim_model& m, bool remittance);
envelope::gs_params gs_for(const claim_model& m, bool remittance, const char* version);
// True while more claims should be written.
bool want_more(const generate_options& o, std::uint64_t claims_done, std::uint64_t bytes) noexcept;
}  // namespace detail

}  // namespace claimloop::generate

// Returns the error of a failed result<void> from the enclosing function.
#define CLAIMLOOP_TRY(expr)                  \
  do {                                       \
    if (auto ok_ = (expr); !ok_) return ok_.error(); \
  } while (0)
