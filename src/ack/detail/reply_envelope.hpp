#pragma once
// The envelope of an acknowledgment (999, 277CA): the received interchange's sender and
// receiver swapped, never asking for an acknowledgment back.
#include <cstdint>
#include <string>

#include "ack/ack_999.hpp"
#include "envelope/interchange_builder.hpp"

namespace claimloop::ack::detail {

// `date` is CCYYMMDD (ISA09 takes YYMMDD), `time` HHMM.
inline envelope::isa_params reply_isa(const received_interchange& in, std::uint32_t control_number,
                                      const std::string& date, const std::string& time) {
  envelope::isa_params isa;
  isa.sender_qualifier = in.receiver_qualifier;
  isa.sender_id = in.receiver_id;
  isa.receiver_qualifier = in.sender_qualifier;
  isa.receiver_id = in.sender_id;
  isa.date = date.size() == 8 ? date.substr(2) : date;
  isa.time = time;
  isa.control_number = control_number;
  isa.ack_requested = false;  // an acknowledgment never asks for one back
  isa.usage = in.usage;
  return isa;
}

// GS with application sender and receiver swapped; `functional_id` FA (999) or HN (277).
inline envelope::gs_params reply_gs(const received_group& g, std::string functional_id, std::string version,
                                    const std::string& date, const std::string& time) {
  envelope::gs_params gs;
  gs.functional_id = std::move(functional_id);
  gs.app_sender = g.app_receiver;
  gs.app_receiver = g.app_sender;
  gs.date = date;
  gs.time = time;
  gs.version = std::move(version);
  return gs;
}

}  // namespace claimloop::ack::detail
