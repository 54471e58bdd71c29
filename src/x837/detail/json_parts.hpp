#pragma once
// Boost.JSON helpers for the model printers (x837 and x835 .cpp files only; never a public header).
#include <boost/json.hpp>
#include <span>
#include <string>

#include "x837/parts.hpp"

namespace claimloop::model::detail {

namespace json = boost::json;

// The named members of `v` that hold a value; amounts as exact decimal text ("125.10").
template <class T>
json::object fields_json(const T& v, std::span<const field<T>> table) {
  json::object o;
  for (const auto& f : table) {
    if (f.text != nullptr) {
      if (!(v.*(f.text)).empty()) o[f.name] = v.*(f.text);
    } else if (const auto& n = v.*(f.amount); n) {
      o[f.name] = n->to_string();
    }
  }
  return o;
}

// Each item through `one`, as an array.
template <class T, class F>
json::array array_of(const std::vector<T>& items, F&& one) {
  json::array a;
  for (const auto& i : items) a.push_back(one(i));
  return a;
}

// Where a flattened record (837 or 835) came from: file, ISA13, GS06, ST02, implementation.
template <class Record>
json::object record_origin_json(const Record& r) {
  json::object o;
  o["file"] = r.file;
  o["isa13"] = r.isa13;
  o["gs06"] = r.gs06;
  o["st02"] = r.st02;
  o["implementation"] = r.implementation;
  return o;
}

// Puts `key` into `o` only when the array is not empty.
void put_array(json::object& o, const char* key, json::array a);

json::array extras_json(const extras& e);
json::object party_json(const party& p);
json::object adjustment_json(const adjustment& a);
json::object reference_json(const reference& r);
json::object date_json(const date_value& d);
json::object amount_json(const amount& a);

// Two-space indented JSON text with a final newline (stable, diff-friendly goldens).
std::string pretty(const json::value& v);
// Appends `text` as a JSON string, escaped exactly as boost::json::serialize escapes it.
void append_quoted(std::string& out, std::string_view text);

}  // namespace claimloop::model::detail
