// claimloop-generate: writes synthetic, guide-shaped HIPAA 5010 files of any size.
//   claimloop-generate --type 837P --claims 5000 --seed 7 -o claims.x12
//   claimloop-generate --type 835 --claims 5000 --seed 7 -o remit.x12   (pays the 837P above)
//   claimloop-generate --type 837I --size 100MB -o big.x12
#include <boost/program_options.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include "generate/generate.hpp"

namespace po = boost::program_options;
using namespace claimloop;

namespace {

std::optional<generate::file_type> parse_type(const std::string& t) {
  if (t == "837P" || t == "837p") return generate::file_type::x837p;
  if (t == "837I" || t == "837i") return generate::file_type::x837i;
  if (t == "837D" || t == "837d") return generate::file_type::x837d;
  if (t == "835") return generate::file_type::x835;
  return std::nullopt;
}

std::optional<generate::claim_kind> parse_kind(const std::string& t) {
  if (t == "837P" || t == "837p") return generate::claim_kind::professional;
  if (t == "837I" || t == "837i") return generate::claim_kind::institutional;
  if (t == "837D" || t == "837d") return generate::claim_kind::dental;
  return std::nullopt;
}

// "100MB", "1GB", "512KiB", "12345" -> bytes (KB/MB/GB decimal, KiB/MiB/GiB binary).
std::optional<std::uint64_t> parse_size(const std::string& s) {
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(s, &used);
  } catch (...) {
    return std::nullopt;
  }
  std::string unit = s.substr(used);
  for (auto& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  double factor = 1;
  if (unit.empty() || unit == "B") factor = 1;
  else if (unit == "KB" || unit == "K") factor = 1e3;
  else if (unit == "MB" || unit == "M") factor = 1e6;
  else if (unit == "GB" || unit == "G") factor = 1e9;
  else if (unit == "KIB") factor = 1024.0;
  else if (unit == "MIB") factor = 1024.0 * 1024;
  else if (unit == "GIB") factor = 1024.0 * 1024 * 1024;
  else return std::nullopt;
  if (value <= 0) return std::nullopt;
  return static_cast<std::uint64_t>(value * factor);
}

int fail(const std::string& message) {
  std::cerr << "claimloop-generate: " << message << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string type, size, output = "-", remit_for = "837P";
  generate::generate_options o;
  po::options_description desc("claimloop-generate: synthetic HIPAA 5010 837P/837I/837D/835 files");
  desc.add_options()
      ("help,h", "show this help")
      ("type,t", po::value(&type)->required(), "837P, 837I, 837D or 835")
      ("claims,n", po::value(&o.claims), "number of claims")
      ("size,s", po::value(&size), "target file size instead of a claim count (100MB, 1GB, 64MiB)")
      ("seed", po::value(&o.seed)->default_value(1), "seed: the same seed gives the same bytes")
      ("for", po::value(&remit_for)->default_value("837P"), "835 only: which 837 type the remittance pays")
      ("claims-per-set", po::value(&o.claims_per_set)->default_value(1000), "837 claims per ST..SE")
      ("no-line-control", "835 only: leave out REF*6R, as payers that do not echo it do")
      ("output,o", po::value(&output)->default_value("-"), "output file ('-' = standard output)");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, desc), vm);
    if (vm.count("help")) {
      std::cout << desc << "\n";
      return 0;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    return fail(std::string(e.what()) + " (see --help)");
  }

  const auto t = parse_type(type);
  if (!t) return fail("unknown --type '" + type + "' (837P, 837I, 837D, 835)");
  o.type = *t;
  const auto k = parse_kind(remit_for);
  if (!k) return fail("unknown --for '" + remit_for + "' (837P, 837I, 837D)");
  o.remit_for = *k;
  o.line_control_numbers = vm.count("no-line-control") == 0;
  if (vm.count("claims") == vm.count("size")) return fail("give exactly one of --claims and --size");
  if (!size.empty()) {
    const auto bytes = parse_size(size);
    if (!bytes) return fail("cannot read --size '" + size + "'");
    o.size_bytes = *bytes;
  }
  if (vm.count("claims") && o.claims == 0) return fail("--claims must be at least 1");

  std::ofstream file;
  std::ostream* os = &std::cout;
  if (output != "-") {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) return fail("cannot open '" + output + "' for writing");
    os = &file;
  }
  const auto start = std::chrono::steady_clock::now();
  envelope::output out(*os);
  auto stats = generate::generate(o, out);
  if (!stats) return fail(stats.error().to_string());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "claimloop-generate: %s, %llu claims in %llu sets, %llu bytes, %.2f s (%.1f MB/s)\n",
               type.c_str(), static_cast<unsigned long long>(stats->claims),
               static_cast<unsigned long long>(stats->sets), static_cast<unsigned long long>(stats->bytes), seconds,
               seconds > 0 ? static_cast<double>(stats->bytes) / 1e6 / seconds : 0.0);
  return 0;
}
