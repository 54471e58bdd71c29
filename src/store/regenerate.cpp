#include "store/regenerate.hpp"

#include <fmt/format.h>

#include "store/detail/segment_text.hpp"
#include "x837/emit.hpp"

namespace claimloop::store {
namespace {

// Where the claim came from: the addressing of its file and its implementation.
struct claim_origin {
  std::string sender_qualifier, sender_id, receiver_qualifier, receiver_id, usage, app_sender, app_receiver;
  std::string implementation;
};

core::result<claim_origin> origin_of(database& db, std::int64_t claim_id) {
  auto s = db.prepared(
      "SELECT f.sender_qualifier, f.sender_id, f.receiver_qualifier, f.receiver_id, f.usage_indicator, f.app_sender, "
      "f.app_receiver, c.implementation FROM claims c JOIN files f ON f.id = c.file_id WHERE c.id = $1");
  if (!s) return std::move(s).error();
  auto row = (*s)->with(claim_id).step();
  if (!row) return std::move(row).error();
  if (!*row) return database_error(db, fmt::format("no claim {} in the store", claim_id));
  const auto& q = **s;
  claim_origin o{std::string(q.text(0)), std::string(q.text(1)), std::string(q.text(2)), std::string(q.text(3)),
                 std::string(q.text(4)), std::string(q.text(5)), std::string(q.text(6)), std::string(q.text(7))};
  (*s)->reset();
  return o;
}

}  // namespace

core::result<std::vector<model::raw_segment>> claim_body(database& db, std::int64_t claim_id) {
  auto s = db.prepared(
      "SELECT x.bht, p.segments, b.segments, s.segments, d.segments, x.segments FROM claim_x12 x "
      "JOIN x12_blocks p ON p.id = x.parties_block JOIN x12_blocks b ON b.id = x.billing_block "
      "JOIN x12_blocks s ON s.id = x.subscriber_block LEFT JOIN x12_blocks d ON d.id = x.patient_block "
      "WHERE x.claim_id = $1");
  if (!s) return std::move(s).error();
  auto row = (*s)->with(claim_id).step();
  if (!row) return std::move(row).error();
  if (!*row) return database_error(db, fmt::format("no X12 stored for claim {}", claim_id));
  std::vector<model::raw_segment> body;
  for (int column = 0; column < 6; ++column) detail::parse_segments((*s)->text(column), body);
  (*s)->reset();
  return body;
}

core::result<void> write_claim(database& db, std::int64_t claim_id, const regenerate_options& options,
                               envelope::output& out) {
  auto origin = origin_of(db, claim_id);
  if (!origin) return std::move(origin).error();
  auto body = claim_body(db, claim_id);
  if (!body) return std::move(body).error();
  const auto& bht = body->front();
  const std::string date = options.date.empty() ? std::string(bht.element(4)) : options.date;
  const std::string time = options.time.empty() ? std::string(bht.element(5)).substr(0, 4) : options.time;
  if (date.size() != 8 || time.size() != 4)
    return core::invalid_value(fmt::format("claim {}: no CCYYMMDD date and HHMM time for the envelope", claim_id));

  auto writer = syntax::writer::create(options.delims);
  if (!writer) return std::move(writer).error();
  envelope::isa_params isa;
  isa.sender_qualifier = origin->sender_qualifier;
  isa.sender_id = origin->sender_id;
  isa.receiver_qualifier = origin->receiver_qualifier;
  isa.receiver_id = origin->receiver_id;
  isa.date = date.substr(2);
  isa.time = time;
  isa.control_number = options.control_number;
  isa.usage = origin->usage.empty() ? 'P' : origin->usage.front();
  envelope::interchange_builder builder(std::move(*writer), isa, out);
  envelope::gs_params gs;
  gs.functional_id = "HC";
  gs.app_sender = origin->app_sender.empty() ? origin->sender_id : origin->app_sender;
  gs.app_receiver = origin->app_receiver.empty() ? origin->receiver_id : origin->app_receiver;
  gs.date = date;
  gs.time = time;
  gs.version = origin->implementation;
  if (auto r = builder.begin_group(gs); !r) return r;
  if (auto r = model::emit_set(builder, {"837", origin->implementation}, *body); !r) return r;
  return builder.finish();
}

}  // namespace claimloop::store
