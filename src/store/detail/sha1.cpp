#include "store/detail/sha1.hpp"

#include <fmt/format.h>

#include <boost/uuid/detail/sha1.hpp>

namespace claimloop::store::detail {

struct sha1::impl {
  boost::uuids::detail::sha1 state;
};

sha1::sha1() : impl_(std::make_unique<impl>()) {}
sha1::~sha1() = default;

void sha1::add(std::string_view bytes) { impl_->state.process_bytes(bytes.data(), bytes.size()); }

std::string sha1::hex() {
  boost::uuids::detail::sha1::digest_type digest;
  impl_->state.get_digest(digest);
  return fmt::format("{:08x}{:08x}{:08x}{:08x}{:08x}", digest[0], digest[1], digest[2], digest[3], digest[4]);
}

std::string sha1_hex(std::string_view bytes) {
  sha1 h;
  h.add(bytes);
  return h.hex();
}

}  // namespace claimloop::store::detail
