// The streaming segment reader. States: before the first ISA / between interchanges (expect
// "ISA", report anything else as skipped garbage), and inside an interchange (frame segments on
// the terminator the last ISA declared). Only the unconsumed bytes are buffered, or none when the
// source lends them (a mapped file). Ordinary segments are lexed in runs (detail/segment_run,
// here); segment_reader_careful.cpp takes everything else one segment at a time and is the
// reference for both. The state both share is detail/reader_state.hpp.
#include "syntax/segment_reader.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <fmt/format.h>

#include "syntax/detail/lexer.hpp"
#include "syntax/detail/scan.hpp"
#include "syntax/detail/segment_run.hpp"
#include "syntax/detail/reader_state.hpp"

namespace claimloop::syntax {
using namespace detail;

// Ordinary segments from `begin` on, lexed in one pass; empty when the next one is not ordinary.
std::span<const segment_view> segment_reader::impl::lex_run() {
  if (!sets.in_interchange || delims.segment.size() != 1 || delims.segment[0] == '\n' || delims.segment[0] == '\r')
    return {};
  detail::segment_run run;
  run.base = base;
  run.begin = begin;
  run.end = end;
  run.base_offset = base_offset;
  run.delims = &delims;
  run.line = line;
  run.segment_number = segment_number;
  run.sets = &sets;
  run.views = views.get();
  run.max_views = BATCH_SEGMENTS;
  run.ends = run_ends.get();
  run.ends_capacity = BATCH_ENDS;
  detail::lex_segment_run(run);
  begin = run.begin;
  line = run.line;
  segment_number = run.segment_number;
  return {views.get(), run.count};
}

// A lent input stays mapped only as far as it is still needed.
void segment_reader::impl::release_read() {
  if (!lent || base_offset + begin - released < RELEASE_EVERY) return;
  released = base_offset + begin;
  source->release(released);
}

segment_reader::segment_reader(std::unique_ptr<byte_source> source, std::string file_name, reader_options options)
    : impl_(std::make_unique<impl>()) {
  impl_->source = std::move(source);
  impl_->file = std::move(file_name);
  impl_->options = options;
  if (impl_->options.chunk_size == 0) impl_->options.chunk_size = 1;
  if (auto bytes = impl_->source->in_memory()) {
    impl_->lent = impl_->eof = true;  // nothing more will come: all of it is there
    impl_->base = bytes->data();
    impl_->end = bytes->size();
  }
}
segment_reader::~segment_reader() = default;
segment_reader::segment_reader(segment_reader&&) noexcept = default;
segment_reader& segment_reader::operator=(segment_reader&&) noexcept = default;

core::result<std::span<const segment_view>> segment_reader::next_batch() {
  impl& s = *impl_;
  if (s.batch_pos < s.batch_count) {  // what next() left of the last batch
    std::span<const segment_view> rest(s.views.get() + s.batch_pos, s.batch_count - s.batch_pos);
    s.batch_pos = s.batch_count;
    return rest;
  }
  s.batch_pos = s.batch_count = 0;
  s.release_read();
  s.layout.clear();
  auto more = s.skip_layout();
  if (!more) return std::move(more).error();
  if (!*more) {
    if (!s.seen_isa) return s.make_error(core::errc::not_x12, s.here(), "empty input: no ISA interchange header");
    return std::span<const segment_view>();
  }
  auto run = s.lex_run();
  if (run.empty()) {
    auto one = s.read_one();
    if (!one) return std::move(one).error();
    if (!*one) return std::span<const segment_view>();
    s.views[0] = **one;
    run = {s.views.get(), 1};
  }
  s.batch_pos = s.batch_count = run.size();
  return run;
}

core::result<std::optional<segment_view>> segment_reader::next() {
  impl& s = *impl_;
  if (s.batch_pos < s.batch_count) return std::optional<segment_view>(s.views[s.batch_pos++]);
  auto batch = next_batch();
  if (!batch) return std::move(batch).error();
  if (batch->empty()) return std::optional<segment_view>();
  s.batch_pos = 1;
  return std::optional<segment_view>(batch->front());
}

const delimiters& segment_reader::delims() const noexcept { return impl_->delims; }
const isa_header& segment_reader::isa() const noexcept { return impl_->isa; }
const std::string& segment_reader::file_name() const noexcept { return impl_->file; }

// Within a run, the layout before a segment is what lies between it and the terminator of the
// one before (run segments hold no line break and end in a one-byte terminator).
std::string_view segment_reader::layout_before() const noexcept {
  const impl& s = *impl_;
  if (s.batch_pos < 2) return s.layout;
  const std::string_view last = s.views[s.batch_pos - 2].bytes(), current = s.views[s.batch_pos - 1].bytes();
  const char* from = last.data() + last.size() + 1;
  return {from, static_cast<std::size_t>(current.data() - from)};
}

std::uint64_t segment_reader::bytes_read() const noexcept {
  const impl& s = *impl_;
  if (s.batch_pos == s.batch_count) return s.base_offset + s.begin;
  const segment_view& last = s.views[s.batch_pos - 1];
  return last.pos().offset + last.bytes().size() + 1;
}
std::vector<reader_notice> segment_reader::take_notices() { return std::exchange(impl_->notices, {}); }
bool segment_reader::has_notices() const noexcept { return !impl_->notices.empty(); }

void segment_reader::unread(std::size_t n) noexcept {
  impl& s = *impl_;
  assert(n < s.batch_pos);  // at least the first segment of the batch stays handed out
  s.batch_pos -= n;
}

}  // namespace claimloop::syntax
