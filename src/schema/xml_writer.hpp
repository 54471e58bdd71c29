#pragma once
// Writes parsed X12 as an XML document described by schemas/x12-document.xsd. The caller (the
// CLI, walking the loop tree) drives it with plain calls; Xerces-C builds and serializes the DOM
// inside xml_writer.cpp and never shows in this header.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace claimloop::schema {

// Attributes of <interchange> (from the ISA).
struct xml_interchange_info {
  std::string control_number;  // ISA13 (required)
  std::string sender_qualifier, sender_id, receiver_qualifier, receiver_id, date, time, version;
};

// Attributes of <group> (from the GS).
struct xml_group_info {
  std::string functional_id;   // GS01
  std::string control_number;  // GS06
  std::string version;         // GS08
};

// Attributes of <transaction_set> (from the ST).
struct xml_set_info {
  std::string id;              // ST01
  std::string control_number;  // ST02
  std::string implementation;  // ST03
};

// One element of a segment: its repetitions, each a list of components. {{"41"}} is a simple
// value, {{"HC", "99213"}} a composite, {{"A"}, {"B"}} a repeated simple element.
struct xml_element_value {
  std::uint32_t position = 0;  // 1-based
  std::vector<std::vector<std::string>> repetitions;

  static xml_element_value simple(std::uint32_t position, std::string value) {
    return {position, {{std::move(value)}}};
  }
};

// Builds one document. Calls nest like the data: begin_interchange, begin_group, begin_set,
// begin_loop ... end_loop, end_set, end_group, end_interchange, then finish(). A call out of
// order is invalid_argument; a value XML cannot hold (a control character) is invalid_value
// naming the segment and element.
class xml_writer {
 public:
  // `file_name` becomes the root's file attribute ("" for none). io_error if Xerces cannot start.
  static core::result<xml_writer> create(std::string_view file_name = {});
  ~xml_writer();
  xml_writer(xml_writer&&) noexcept;
  xml_writer& operator=(xml_writer&&) noexcept;

  core::result<void> begin_interchange(const xml_interchange_info& info);
  core::result<void> begin_group(const xml_group_info& info);
  core::result<void> begin_set(const xml_set_info& info);
  core::result<void> begin_loop(std::string_view id, std::string_view name = {});
  // A segment at its position (ST = 1 inside a set). Empty elements are left out.
  core::result<void> segment(std::string_view id, std::uint32_t position, std::span<const xml_element_value> elements);
  // A segment of simple elements: values[0] is element 1.
  core::result<void> segment(std::string_view id, std::uint32_t position, std::span<const std::string> values);
  core::result<void> end_loop();
  core::result<void> end_set();
  core::result<void> end_group();
  core::result<void> end_interchange();

  // Serializes the document (UTF-8, indented) with Xerces' DOMLSSerializer. Every level must be
  // closed. The writer can serialize again but not be extended after finish.
  core::result<std::string> finish();

 private:
  struct impl;
  explicit xml_writer(std::unique_ptr<impl> p);
  std::unique_ptr<impl> impl_;
};

}  // namespace claimloop::schema
