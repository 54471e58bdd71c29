#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "syntax/byte_source.hpp"
#include "syntax/isa_header.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::syntax {

struct reader_options {
  std::size_t chunk_size = std::size_t{1} << 20;  // bytes asked of the source per read
};

// Something the reader accepted but a person should hear about. The reader never drops bytes
// silently: skipped garbage and repaired layout are reported here.
struct reader_notice {
  enum class kind {
    isa_not_padded,       // ISA fields not at their fixed widths (accepted)
    garbage_skipped,      // bytes outside any interchange were skipped
    missing_terminator,   // the last segment of the input had no terminator (accepted)
    line_break_in_segment // CR/LF inside a segment were removed (80-column wrapped files)
  };
  kind what;
  core::position where;
  std::string message;
};

// Reads X12 segments from any byte source, one at a time or in batches, in bounded memory: only
// the current batch (and the read-ahead chunk) is held; a source that holds its bytes in memory
// (a mapped file) is lexed in place. Delimiters are taken from each ISA header.
class segment_reader {
 public:
  segment_reader(std::unique_ptr<byte_source> source, std::string file_name, reader_options options = {});
  ~segment_reader();
  segment_reader(segment_reader&&) noexcept;
  segment_reader& operator=(segment_reader&&) noexcept;

  // The next segment (valid until the next call), std::nullopt at the end of the input, or an
  // error when the input is not X12, an ISA header is malformed, or the source fails.
  core::result<std::optional<segment_view>> next();
  // The next segments in file order (at least one; as many as are lexed at once), valid until
  // the next call to next() or next_batch(); an empty span at the end of the input; or an error
  // as next() gives. Segments with notices come alone, so take_notices() after each batch
  // gives exactly what a next() per segment would. Mixing with next() is allowed.
  core::result<std::span<const segment_view>> next_batch();

  // Gives back the last n segments of the span next_batch() just returned (n smaller than its
  // size): the next call returns them again, and bytes_read() and layout_before() are as if they
  // had never been handed out. Lets a consumer take a batch and stop where its own unit ends.
  void unread(std::size_t n) noexcept;

  // Delimiters and header of the interchange being read (valid after the first ISA).
  const delimiters& delims() const noexcept;
  const isa_header& isa() const noexcept;
  const std::string& file_name() const noexcept;
  // Notices gathered since the last call.
  std::vector<reader_notice> take_notices();
  // True when take_notices() would return any (a cheap test before taking them).
  bool has_notices() const noexcept;
  // The layout (byte-order mark, line breaks, spaces) skipped before the segment last returned
  // (the last of a batch), or after the last segment once the end was returned. An echo that
  // writes it before each segment reproduces the input's layout exactly.
  std::string_view layout_before() const noexcept;
  // Bytes consumed so far: through the terminator of the segment last returned (all of them
  // once the end was returned).
  std::uint64_t bytes_read() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace claimloop::syntax
