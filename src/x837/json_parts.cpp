#include "x837/detail/json_parts.hpp"

#include <charconv>

namespace claimloop::model::detail {
namespace {

void indent(std::string& out, int depth) { out.append(static_cast<std::size_t>(depth) * 2, ' '); }

// A scalar as json::serialize writes it; strings and integers without the temporary string
// serialize returns (a model's JSON is mostly short strings, one call per key and per value).
void scalar_into(const json::value& v, std::string& out) {
  if (v.is_string()) return append_quoted(out, v.get_string());
  if (v.is_int64() || v.is_uint64()) {
    char digits[24];
    const auto r = v.is_int64() ? std::to_chars(digits, digits + sizeof digits, v.get_int64())
                                : std::to_chars(digits, digits + sizeof digits, v.get_uint64());
    out.append(digits, r.ptr);
    return;
  }
  out += json::serialize(v);
}

void pretty_into(const json::value& v, std::string& out, int depth) {
  if (v.is_object()) {
    const auto& o = v.get_object();
    if (o.empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    bool first = true;
    for (const auto& kv : o) {
      if (!first) out += ",\n";
      first = false;
      indent(out, depth + 1);
      append_quoted(out, kv.key());
      out += ": ";
      pretty_into(kv.value(), out, depth + 1);
    }
    out += "\n";
    indent(out, depth);
    out += "}";
  } else if (v.is_array()) {
    const auto& a = v.get_array();
    if (a.empty()) {
      out += "[]";
      return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (i > 0) out += ",\n";
      indent(out, depth + 1);
      pretty_into(a[i], out, depth + 1);
    }
    out += "\n";
    indent(out, depth);
    out += "]";
  } else {
    scalar_into(v, out);
  }
}

}  // namespace

void append_quoted(std::string& out, std::string_view text) {
  // boost::json::serialize escapes '"', '\\' and the bytes below 0x20 (\b \t \n \f \r by name,
  // the rest as \u00xx) and writes every other byte as it is; json_parts_test checks each byte.
  static constexpr char HEX[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    out += '\\';
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '\b': out += 'b'; break;
      case '\t': out += 't'; break;
      case '\n': out += 'n'; break;
      case '\f': out += 'f'; break;
      case '\r': out += 'r'; break;
      default:
        out += "u00";
        out += HEX[c >> 4];
        out += HEX[c & 0xF];
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

void put_array(json::object& o, const char* key, json::array a) {
  if (!a.empty()) o[key] = std::move(a);
}

json::array extras_json(const extras& e) {
  json::array a;
  for (const auto& x : e) {
    json::object o;
    if (!x.loop.empty()) o["loop"] = x.loop;
    o["after"] = x.anchor;
    o["segment"] = x.segment.text();
    a.push_back(std::move(o));
  }
  return a;
}

json::object reference_json(const reference& r) { return fields_json(r, reference_fields()); }
json::object date_json(const date_value& d) { return fields_json(d, date_fields(d.tag)); }
json::object amount_json(const amount& a) { return fields_json(a, amount_fields()); }

json::object adjustment_json(const adjustment& a) {
  json::object o;
  o["group"] = a.group;
  json::array reasons;
  for (const auto& r : a.reasons) {
    json::object ro;
    ro["reason"] = r.reason;
    if (r.value) ro["amount"] = r.value->to_string();
    if (r.quantity) ro["quantity"] = r.quantity->to_string();
    reasons.push_back(std::move(ro));
  }
  o["reasons"] = std::move(reasons);
  return o;
}

json::object party_json(const party& p) {
  json::object o;
  o["loop"] = p.loop;
  o["name"] = fields_json(p.who, name_fields(p.who.tag));
  if (p.address) o["address"] = fields_json(*p.address, street_fields());
  if (p.city) o["city"] = fields_json(*p.city, city_fields());
  if (p.demographic) o["demographics"] = fields_json(*p.demographic, demographic_fields());
  if (p.provider_specialty) o["specialty"] = fields_json(*p.provider_specialty, specialty_fields());
  put_array(o, "references", array_of(p.references, reference_json));
  put_array(o, "contacts", array_of(p.contacts, [](const contact& c) { return fields_json(c, contact_fields()); }));
  put_array(o, "extra", extras_json(p.extra));
  return o;
}

std::string pretty(const json::value& v) {
  std::string out;
  pretty_into(v, out, 0);
  out += "\n";
  return out;
}

}  // namespace claimloop::model::detail
