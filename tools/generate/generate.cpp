#include "generate/generate.hpp"

namespace claimloop::generate {

const char* implementation_reference(claim_kind kind) noexcept {
  switch (kind) {
    case claim_kind::professional: return "005010X222A1";
    case claim_kind::institutional: return "005010X223A2";
    case claim_kind::dental: return "005010X224A2";
  }
  return "";
}

namespace detail {

envelope::isa_params isa_for(const claim_model& m, bool remittance) {
  const auto partners = m.partners();
  const std::string date = date_string(m.creation_day());
  envelope::isa_params p;
  p.sender_id = remittance ? partners.receiver_id : partners.submitter_id;
  p.receiver_id = remittance ? partners.submitter_id : partners.receiver_id;
  p.date = date.substr(2);
  p.time = "1200";
  p.control_number = static_cast<std::uint32_t>(m.seed() % 999'999'999u) + 1;
  p.usage = 'T';  // synthetic data is never production
  return p;
}

envelope::gs_params gs_for(const claim_model& m, bool remittance, const char* version) {
  const auto partners = m.partners();
  envelope::gs_params g;
  g.functional_id = remittance ? "HP" : "HC";
  g.app_sender = remittance ? partners.receiver_id : partners.submitter_id;
  g.app_receiver = remittance ? partners.submitter_id : partners.receiver_id;
  g.date = date_string(m.creation_day());
  g.time = "1200";
  g.version = version;
  return g;
}

bool want_more(const generate_options& o, std::uint64_t claims_done, std::uint64_t bytes) noexcept {
  if (o.claims > 0) return claims_done < o.claims;
  return bytes < o.size_bytes;
}

}  // namespace detail

core::result<generate_stats> generate(const generate_options& options, envelope::output& out) {
  if (options.claims == 0 && options.size_bytes == 0) {
    core::error e;
    e.code = core::errc::invalid_argument;
    e.message = "give a claim count or a target size";
    return e;
  }
  switch (options.type) {
    case file_type::x837p: return write_837(options, claim_kind::professional, out);
    case file_type::x837i: return write_837(options, claim_kind::institutional, out);
    case file_type::x837d: return write_837(options, claim_kind::dental, out);
    case file_type::x835: return write_835(options, out);
  }
  return generate_stats{};
}

}  // namespace claimloop::generate
