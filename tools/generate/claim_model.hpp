#pragma once
// The claims a seed stands for. Claim i (and the block of claims sharing a billing provider and
// payer) is drawn from its own random stream, so an 837 and the 835 that pays it can be written
// independently, one claim at a time, and agree exactly.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "generate/synthetic.hpp"

namespace claimloop::generate {

enum class claim_kind { professional, institutional, dental };

struct person {
  std::string last, first, member_id, birth_date;
  char gender = 'U';
  address addr;
};

struct provider {
  std::string name, first, npi, tax_id, taxonomy;  // first: set for a person, empty for an organisation
  address addr;
};

struct payer {
  std::string name, id;
  address addr;
};

struct service_line {
  std::string qualifier;               // HC (CPT/HCPCS) or AD (dental)
  std::string procedure;
  std::vector<std::string> modifiers;  // at most two
  std::string revenue_code;            // institutional lines only
  std::string tooth;                   // dental lines, may be empty
  std::int64_t unit_cents = 0;
  int units = 1;
  std::int64_t charge_cents = 0;       // unit_cents * units
  std::string date;                    // CCYYMMDD
  std::string control_number;          // REF*6R
  std::vector<int> diagnosis_pointers; // 1-based into claim::diagnoses
};

struct claim {
  std::uint64_t index = 0;
  std::string patient_control_number;  // CLM01
  std::int64_t total_cents = 0;        // CLM02 = sum of line charges
  std::string facility_code;           // CLM05-1: place of service, or bill type's first two digits
  char facility_qualifier = 'B';       // CLM05-2: B place of service, A bill type
  bool inpatient = false;              // institutional bill type 11x
  std::string statement_from, statement_to, admission;  // CCYYMMDD
  std::vector<std::string> diagnoses;
  person subscriber;
  std::optional<person> patient;       // set when the patient is not the subscriber
  std::string relationship;            // PAT01 when patient is set: 01 spouse, 19 child
  std::string group_number;
  provider rendering;                  // rendering (P, D) or attending (I)
  std::vector<service_line> lines;
};

// Claims sharing a billing provider (the 835 payee) and a payer.
struct provider_block {
  std::uint64_t number = 0;
  provider billing;
  payer plan;
};

// Who sends and receives the files (1000A submitter, 1000B receiver; reversed for the 835).
struct trading_partners {
  std::string submitter_name, submitter_id, contact_name, contact_phone;
  std::string receiver_name, receiver_id;
};

class claim_model {
 public:
  // Claims per provider block. Fixed, so that any 837 and 835 of one seed agree.
  static constexpr std::uint64_t BLOCK_SIZE = 200;

  claim_model(std::uint64_t seed, claim_kind kind) noexcept : seed_(seed), kind_(kind) {}

  claim_kind kind() const noexcept { return kind_; }
  std::uint64_t seed() const noexcept { return seed_; }
  static std::uint64_t block_of(std::uint64_t claim_index) noexcept { return claim_index / BLOCK_SIZE; }

  provider_block block(std::uint64_t number) const;
  claim draw(std::uint64_t index) const;
  trading_partners partners() const;
  // The file's own date (ISA/GS/BHT), as days since 2024-01-01.
  std::int64_t creation_day() const noexcept;

 private:
  void draw_lines(rng& r, claim& c) const;
  provider draw_provider(rng& r, bool organisation) const;

  std::uint64_t seed_;
  claim_kind kind_;
};

}  // namespace claimloop::generate
