#pragma once
// Typed segments both models share: references, dates, amounts, contacts, names, addresses,
// demographics, provider specialty, HL, CAS adjustments, and the party loops built from them.
// Each struct keeps `base`, the segment it was read from (see field_table.hpp).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "x837/field_table.hpp"
#include "x837/raw.hpp"

namespace claimloop::model {

// REF: qualifier (6R line item control, F8 original reference, G1 prior authorization, ...) and value.
struct reference {
  raw_segment base;
  std::string qualifier, value, description;
};
// DTP (837) or DTM (835): qualifier, and for DTP the format (D8, RD8, DT) and period text;
// DTM keeps date and time. `tag` says which segment it is.
struct date_value {
  raw_segment base;
  std::string tag = "DTP";
  std::string qualifier, format, period, time;
};
// AMT or QTY: qualifier and an exact amount or quantity.
struct amount {
  raw_segment base;
  std::string tag = "AMT";
  std::string qualifier;
  number value;
};
// PER: contact function, name and up to three communication numbers.
struct contact {
  raw_segment base;
  std::string function, name, qualifier_1, number_1, qualifier_2, number_2, qualifier_3, number_3;
};
// NM1 (837, 835 2100) or N1 (835 1000A/B): who a party is.
struct name {
  raw_segment base;
  std::string tag = "NM1";
  std::string entity_code, entity_type, last_or_organization, first, middle, suffix, id_qualifier, id;
};
// N3 and N4.
struct street {
  raw_segment base;
  std::string line_1, line_2;
};
struct city_line {
  raw_segment base;
  std::string city, state, postal_code, country, country_subdivision;
};
// DMG: birth date and gender.
struct demographics {
  raw_segment base;
  std::string format, birth_date, gender;
};
// PRV: provider code (BI billing, PE performing, AT attending ...) and taxonomy.
struct specialty {
  raw_segment base;
  std::string provider_code, qualifier, taxonomy;
};
// HL: id, parent id, level code (20, 22, 23) and child code.
struct hierarchy {
  raw_segment base;
  std::string id, parent_id, level, child_code;
};
// One CAS reason: reason code, amount, optional quantity.
struct adjustment_reason {
  std::string reason;
  number value;
  number quantity;
};
// CAS: a group code (CO, PR, OA, PI, CR) and every triple of the segment.
struct adjustment {
  raw_segment base;
  std::string group;
  std::vector<adjustment_reason> reasons;
};

// A party loop (1000A submitter, 2010AA billing provider, 2310B rendering, 835 1000A payer ...).
struct party {
  std::string loop;  // guide loop id
  name who;
  std::optional<street> address;
  std::optional<city_line> city;
  std::optional<demographics> demographic;
  std::optional<specialty> provider_specialty;
  std::vector<reference> references;
  std::vector<contact> contacts;
  extras extra;

  // The value of the first REF with this qualifier, or "".
  std::string_view reference_value(std::string_view qualifier) const noexcept;
};

// The party in `parties` with loop id `loop`, or nullptr.
const party* find_party(std::span<const party> parties, std::string_view loop) noexcept;
// The value of the first reference with this qualifier, or "".
std::string_view find_reference(std::span<const reference> refs, std::string_view qualifier) noexcept;

// Field tables (also the JSON keys).
std::span<const field<reference>> reference_fields();
std::span<const field<date_value>> date_fields(std::string_view tag);  // DTP or DTM
std::span<const field<amount>> amount_fields();                        // AMT and QTY alike
std::span<const field<contact>> contact_fields();
std::span<const field<name>> name_fields(std::string_view tag);        // NM1 or N1
std::span<const field<street>> street_fields();
std::span<const field<city_line>> city_fields();
std::span<const field<demographics>> demographic_fields();
std::span<const field<specialty>> specialty_fields();
std::span<const field<hierarchy>> hierarchy_fields();

// CAS has a variable number of triples, so it is read and written by hand.
std::optional<value_error> read_adjustment(raw_segment source, adjustment& out);
raw_segment write_adjustment(const adjustment& in);

}  // namespace claimloop::model
