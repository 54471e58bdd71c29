#include "service/claim_batch.hpp"

#include "service/model_checks.hpp"

namespace claimloop::service {
namespace {

ack::ack_name name_of(const model::party* p) {
  if (p == nullptr) return {};
  const auto& n = p->who;
  return {n.entity_type, n.last_or_organization, n.first, n.middle, n.suffix, n.id_qualifier, n.id};
}

// Widens [from, to] (CCYYMMDD strings order like the dates) by a D8 or RD8 DTP value.
void widen(const model::date_value& d, std::string& from, std::string& to) {
  std::string first = d.period, last = d.period;
  if (d.format == "RD8") {
    const auto dash = d.period.find('-');
    if (dash == std::string::npos) return;
    first = d.period.substr(0, dash);
    last = d.period.substr(dash + 1);
  } else if (d.format != "D8") {
    return;
  }
  if (first.size() != 8 || last.size() != 8) return;
  if (from.empty() || first < from) from = first;
  if (to.empty() || last > to) to = last;
}

// The claim's service period: claim-level DTP*472 (837P/D) or DTP*434 statement dates (837I),
// else the span of the lines' DTP*472.
void service_dates(const x837::claim& c, ack::received_claim& out) {
  for (const auto& d : c.dates)
    if (d.qualifier == "472" || d.qualifier == "434") widen(d, out.service_from, out.service_to);
  if (!out.service_from.empty()) return;
  for (const auto& l : c.lines)
    for (const auto& d : l.dates)
      if (d.qualifier == "472") widen(d, out.service_from, out.service_to);
}

ack::received_claim claim_of(const x837::claim& c) {
  ack::received_claim r;
  r.patient_control_number = c.info.patient_control_number;
  r.charge = c.info.total_charge;
  r.clearinghouse_trace = std::string(c.clearinghouse_trace());
  r.bill_type = c.type_of_bill();
  service_dates(c, r);
  return r;
}

// The claims of the batch in tree order, as pointers (the order the mapper read them in).
std::vector<ack::received_claim*> claims_in_order(ack::claim_batch& batch) {
  std::vector<ack::received_claim*> out;
  for (auto& p : batch.providers)
    for (auto& patient : p.patients)
      for (auto& c : patient.claims) out.push_back(&c);
  return out;
}

// Which claims each finding reaches, through the tree.
class claim_locator {
 public:
  explicit claim_locator(const tree::loop_tree& tree) : tree_(tree) {
    for (auto trigger : loop_triggers(tree, "2300")) claim_nodes_.push_back(tree.placed()[trigger].loop);
    // Parents are created before their children, so one pass in node order sees them first.
    claim_of_node_.assign(tree.loops().size(), NO_CLAIM);
    for (std::size_t k = 0; k < claim_nodes_.size(); ++k) claim_of_node_[claim_nodes_[k]] = k;
    for (std::size_t n = 0; n < tree.loops().size(); ++n) {
      const auto parent = tree.loops()[n].parent;
      if (claim_of_node_[n] == NO_CLAIM && parent != tree::NONE && parent < n) claim_of_node_[n] = claim_of_node_[parent];
    }
  }

  std::size_t claim_count() const noexcept { return claim_nodes_.size(); }
  std::uint32_t claim_node(std::size_t k) const noexcept { return claim_nodes_[k]; }

  // The loop node of the segment at `set_index` (ST = 1), or NONE.
  std::uint32_t node_at(std::uint32_t set_index) const {
    if (set_index == 0 || set_index > tree_.placed().size()) return tree::NONE;
    const auto i = set_index - 1;
    if (tree_.segments()[i].pos().set_index != set_index) return tree::NONE;
    return tree_.placed()[i].loop;
  }

  // The claims a finding at loop node `node` reaches: its claim; else the claims under the
  // nearest loop holding any (2010AA -> its 2000A, 2010BA -> its 2000B and 2000C); every claim
  // for NONE.
  std::vector<std::size_t> reached(std::uint32_t node) const {
    if (node != tree::NONE && claim_of_node_[node] != NO_CLAIM) return {claim_of_node_[node]};
    std::vector<std::size_t> out;
    for (; node != tree::NONE; node = tree_.loops()[node].parent) {
      for (std::size_t k = 0; k < claim_nodes_.size(); ++k)
        if (under(claim_nodes_[k], node)) out.push_back(k);
      if (!out.empty()) return out;
    }
    for (std::size_t k = 0; k < claim_nodes_.size(); ++k) out.push_back(k);
    return out;
  }

  // NM101 of the party loop `node`, "" when it is not one.
  std::string entity_of(std::uint32_t node) const {
    if (node == tree::NONE) return {};
    const auto s = tree_.segments()[tree_.loops()[node].trigger];
    return s.is("NM1") ? std::string(s.element(1)) : std::string();
  }

 private:
  static constexpr std::size_t NO_CLAIM = static_cast<std::size_t>(-1);

  bool under(std::uint32_t node, std::uint32_t ancestor) const {
    for (auto n = node; n != tree::NONE; n = tree_.loops()[n].parent)
      if (n == ancestor) return true;
    return false;
  }

  const tree::loop_tree& tree_;
  std::vector<std::uint32_t> claim_nodes_;
  std::vector<std::size_t> claim_of_node_;
};

}  // namespace

std::shared_ptr<const ack::claim_batch> claim_batch_of(const x837::claim_set& set, const tree::loop_tree& tree,
                                                       const std::vector<core::finding>& findings) {
  auto batch = std::make_shared<ack::claim_batch>();
  batch->implementation = set.implementation;
  batch->reference = set.bht.reference;
  batch->submitter = name_of(model::find_party(set.parties, "1000A"));
  batch->receiver = name_of(model::find_party(set.parties, "1000B"));
  for (const auto& b : set.providers) {
    auto& provider = batch->providers.emplace_back();
    const auto* billing = model::find_party(b.parties, "2010AA");
    provider.name = name_of(billing);
    if (billing != nullptr) provider.tax_id = std::string(billing->reference_value("EI"));
    for (const auto& s : b.subscribers) {
      const auto subscriber = name_of(model::find_party(s.parties, "2010BA"));
      if (!s.claims.empty()) {
        auto& patient = provider.patients.emplace_back();
        patient.name = subscriber;
        for (const auto& c : s.claims) patient.claims.push_back(claim_of(c));
      }
      for (const auto& p : s.patients) {
        auto& patient = provider.patients.emplace_back();
        patient.name = name_of(model::find_party(p.parties, "2010CA"));
        patient.name.id_qualifier = subscriber.id_qualifier;  // the dependent is known by the subscriber's id
        patient.name.id = subscriber.id;
        for (const auto& c : p.claims) patient.claims.push_back(claim_of(c));
      }
    }
  }

  const claim_locator where(tree);
  auto claims = claims_in_order(*batch);
  const bool aligned = claims.size() == where.claim_count();
  for (std::size_t k = 0; aligned && k < claims.size(); ++k) {
    const auto clm = tree.segments()[tree.loops()[where.claim_node(k)].trigger];
    claims[k]->position = clm.pos().set_index;
  }
  for (const auto& f : findings) {
    if (!f.is_error()) continue;
    const auto node = where.node_at(f.where.set_index);
    ack::claim_issue issue{f, where.entity_of(node)};
    if (!aligned) {  // cannot tell claims apart: every claim carries every error
      for (auto* c : claims) c->issues.push_back(issue);
      continue;
    }
    for (auto k : where.reached(node)) claims[k]->issues.push_back(issue);
  }
  return batch;
}

}  // namespace claimloop::service
