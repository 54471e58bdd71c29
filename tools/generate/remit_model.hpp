#pragma once
// How the payer adjudicates each claim of a claim_model: paid, reduced, denied, with patient
// responsibility. Its own random stream per claim, so the 837 side never changes when this does.
// Later scenarios (bundled lines, reversals) belong here as further outcomes.
#include <cstdint>
#include <string>
#include <vector>

#include "generate/claim_model.hpp"

namespace claimloop::generate {

// One CAS reason: group (CO, PR, OA), CARC code, amount.
struct adjustment {
  std::string group;
  std::string reason;
  std::int64_t cents = 0;
};

struct line_payment {
  std::int64_t paid_cents = 0;
  std::int64_t allowed_cents = 0;  // 0 when denied
  std::vector<adjustment> adjustments;  // sum = charge - paid
};

struct claim_payment {
  char status = '1';                  // CLP02: 1 processed as primary, 4 denied
  std::int64_t charge_cents = 0;      // CLP03
  std::int64_t paid_cents = 0;        // CLP04
  std::int64_t patient_cents = 0;     // CLP05: sum of PR adjustments
  std::string payer_claim_number;     // CLP07
  std::vector<line_payment> lines;    // one per claim line, same order
};

// A provider-level adjustment (PLB): positive reduces the payment, negative (interest) adds.
struct provider_adjustment {
  std::string reason;     // WO overpayment recovery, L6 interest
  std::string reference;
  std::int64_t cents = 0;
};

class remit_model {
 public:
  explicit remit_model(std::uint64_t seed) noexcept : seed_(seed) {}
  claim_payment adjudicate(const claim& c) const;
  // PLB entries for a block whose claims were paid `paid_cents` in total.
  std::vector<provider_adjustment> provider_adjustments(std::uint64_t block, std::int64_t paid_cents) const;

 private:
  line_payment pay_line(rng& r, const service_line& l) const;
  std::uint64_t seed_;
};

}  // namespace claimloop::generate
