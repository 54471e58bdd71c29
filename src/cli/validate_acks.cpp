#include "cli/validate_acks.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "ack/ack_277ca.hpp"
#include "ack/ack_999.hpp"
#include "ack/ta1.hpp"
#include "core/date.hpp"

namespace claimloop::cli {
namespace {

core::error usage(std::string message) {
  core::error e;
  e.code = core::errc::invalid_argument;
  e.message = std::move(message);
  return e;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

bool ack_request::to_folder() const {
  return !out.empty() && (out.back() == '/' || std::filesystem::is_directory(out));
}

core::result<void> add_acks(const std::vector<std::string>& values, ack_request& req) {
  for (const auto& a : values) {
    const auto v = lower(a);
    if (v == "999") req.ack_999 = true;
    else if (v == "ta1") req.ta1 = true;
    else if (v == "277ca") req.ca_277 = true;
    else return usage(fmt::format("--ack takes 999, ta1 or 277ca, not '{}'", a));
  }
  return {};
}

core::result<void> set_ack_time(const std::string& text, ack_request& req) {
  if (text.size() != 12 || text.find_first_not_of("0123456789") != std::string::npos)
    return usage(fmt::format("--ack-time takes CCYYMMDDHHMM, not '{}'", text));
  const int ymd = std::stoi(text.substr(0, 8)), hour = std::stoi(text.substr(8, 2)), minute = std::stoi(text.substr(10, 2));
  if (!core::date::make(ymd / 10000, ymd / 100 % 100, ymd % 100) || hour > 23 || minute > 59)
    return usage(fmt::format("--ack-time {}: not a real date and time", text));
  req.date = text.substr(0, 8);
  req.time = text.substr(8);
  return {};
}

core::result<ack_texts> acknowledgments(const service::file_validation& v, const ack_request& req,
                                        const schema::guide_registry& guides, std::uint32_t& control) {
  ack_texts out;
  if (req.ta1) {
    ack::ta1_envelope env;
    env.date = req.date.substr(2);
    env.time = req.time;
    env.control_number = control;
    auto ta1 = ack::write_ta1s(v.ta1_records, env);
    if (!ta1) return std::move(ta1).error();
    out.acks += *ta1;
    control += static_cast<std::uint32_t>(v.ta1_records.size());
  }
  const auto references = service::element_references(guides);
  if (req.ack_999) {
    for (const auto& in : v.interchanges) {
      ack::ack_999_options options;
      options.interchange_control_number = control++;
      options.date = req.date;
      options.time = req.time;
      options.reference = references;
      auto text = ack::build_999(in, options);
      if (!text) return std::move(text).error();
      out.acks += *text;
    }
  }
  if (req.ca_277) {
    for (const auto& in : v.interchanges) {
      ack::ack_277ca_options options;
      options.interchange_control_number = control;
      options.date = req.date;
      options.time = req.time;
      options.reference = references;
      options.statuses = req.statuses;
      if (!ack::has_277ca(in, options)) continue;
      ++control;
      auto text = ack::build_277ca(in, options);
      if (!text) return std::move(text).error();
      out.claims += *text;
    }
  }
  return out;
}

}  // namespace claimloop::cli
