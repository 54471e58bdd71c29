#include "envelope/interchange_reader.hpp"

#include <deque>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "envelope/detail/header_checks.hpp"

namespace claimloop::envelope {

namespace {

constexpr std::string_view END_OF_INPUT = "end of input";

// Segments X12 allows directly in an interchange, outside any group.
bool is_interchange_segment(std::string_view tag) { return tag == "TA1" || tag == "ISB" || tag == "ISE"; }

// Trailer control numbers must be identical to the header's (X12): "0001" is not "1".
bool same_control(std::string_view header, std::string_view trailer) { return header == trailer; }

// Counts compare as numbers ("0034" = "34").
bool same_number(std::string_view a, std::string_view b) {
  if (!detail::all_digits(a) || !detail::all_digits(b)) return a == b;
  while (a.size() > 1 && a.front() == '0') a.remove_prefix(1);
  while (b.size() > 1 && b.front() == '0') b.remove_prefix(1);
  return a == b;
}

code notice_code(syntax::reader_notice::kind k) {
  using kind = syntax::reader_notice::kind;
  switch (k) {
    case kind::isa_not_padded: return code::isa_not_padded;
    case kind::garbage_skipped: return code::garbage_skipped;
    case kind::missing_terminator: return code::missing_terminator;
    case kind::line_break_in_segment: return code::line_break_in_segment;
  }
  return code::garbage_skipped;
}

}  // namespace

std::string_view to_string(unit_kind k) noexcept {
  switch (k) {
    case unit_kind::interchange_header: return "interchange_header";
    case unit_kind::group_header: return "group_header";
    case unit_kind::transaction_set: return "transaction_set";
    case unit_kind::group_trailer: return "group_trailer";
    case unit_kind::interchange_trailer: return "interchange_trailer";
    case unit_kind::stray_segment: return "stray_segment";
    case unit_kind::interchange_segment: return "interchange_segment";
    case unit_kind::end_of_input: return "end_of_input";
  }
  return "end_of_input";
}

// The state machine over the segment stream. States: outside / in interchange / in group /
// in set; each envelope segment first closes what it implies is over (flagging missing
// trailers), then opens or closes its own envelope.
struct interchange_reader::impl {
  explicit impl(syntax::segment_reader r) : reader(std::move(r)) {}

  syntax::segment_reader reader;
  std::deque<unit> ready;
  std::vector<finding> pending;  // findings waiting for the next unit handed out
  bool finished = false;
  bool notices_waiting = false;  // the reader holds notices for the batch being read

  bool in_interchange = false, in_group = false, in_set = false;
  unit_context ctx;               // isa13 and the open group's gs01/gs06/gs08
  syntax::segment_list set;       // the open set
  std::size_t last_set_bytes = 0, last_set_segments = 0, last_set_ends = 0;  // sizes of the last complete set
  unit_context set_ctx;           // ctx plus st01..st03 of the open set
  std::uint64_t groups = 0;       // GS seen in this interchange
  std::uint64_t sets = 0;         // ST seen in this group
  std::uint64_t interchange_segments = 0;  // TA1/ISB/ISE seen in this interchange
  std::unordered_set<std::string> isa13s, gs06s, st02s;  // file / interchange / group scope
  core::position last{};          // position of the last segment read

  // Fills in the file and the control numbers of the envelopes the finding belongs to.
  void add(finding f, const unit_context& c) {
    f.file = reader.file_name();
    f.isa13 = c.isa13;
    if (f.level != level::interchange || f.code == code::stray_segment || f.code == code::set_outside_group) {
      f.gs06 = c.gs06;
      f.st02 = c.st02;
    }
    if (f.level == level::group) f.st02.clear();
    pending.push_back(std::move(f));
  }
  void add_all(std::vector<finding>& fs, const unit_context& c) {
    for (auto& f : fs) add(std::move(f), c);
    fs.clear();
  }
  finding missing(code c, const core::position& where, std::string_view trailer, std::string_view found) {
    finding f = make_finding(c);
    f.where = where;
    f.segment = std::string(trailer);
    f.expected = std::string(trailer);
    f.found = std::string(found);
    f.message = fmt::format("{} before {}", f.message, found);
    return f;
  }
  finding mismatch(code c, const syntax::segment_view& s, std::uint8_t element, std::string_view expected) {
    return detail::at(c, s, element, expected, s.element(element));
  }

  void emit(unit_kind kind, syntax::segment_list segments, const unit_context& c, bool truncated) {
    unit u{kind, std::move(segments), c, truncated, std::move(pending)};
    pending.clear();
    ready.push_back(std::move(u));
  }
  void emit_one(unit_kind kind, const syntax::segment_view& s, const unit_context& c) {
    syntax::segment_list one(reader.delims());
    one.push_back(s);
    emit(kind, std::move(one), c, false);
  }
  // Only a batch the reader lexed with notices has any; those come one segment to a batch.
  void take_notices() {
    if (notices_waiting) take_waiting_notices();
  }
  [[gnu::noinline]] void take_waiting_notices() {
    notices_waiting = false;
    for (auto& n : reader.take_notices()) {
      finding f = make_finding(notice_code(n.what));
      f.where = n.where;
      f.message = n.message;
      add(std::move(f), ctx);
    }
  }

  // --- closing what a segment (or the end of input) interrupts ---
  void close_set(const core::position& where, std::string_view by) {
    if (!in_set) return;
    in_set = false;
    add(missing(code::missing_se, where, "SE", by), set_ctx);
    emit(unit_kind::transaction_set, std::move(set), set_ctx, true);
    set = syntax::segment_list{};
  }
  void close_group(const core::position& where, std::string_view by) {
    if (!in_group) return;
    add(missing(code::missing_ge, where, "GE", by), ctx);
    emit(unit_kind::group_trailer, syntax::segment_list(reader.delims()), ctx, true);
    leave_group();
  }
  void close_interchange(const core::position& where, std::string_view by) {
    if (!in_interchange) return;
    finding f = missing(code::missing_iea, where, "IEA", by);
    if (by != END_OF_INPUT) f.ta1_note = "022";  // cut short by the next ISA: broken structure, not EOF
    add(std::move(f), ctx);
    emit(unit_kind::interchange_trailer, syntax::segment_list(reader.delims()), ctx, true);
    in_interchange = false;
  }
  void leave_group() {
    in_group = false;
    ctx.gs01.clear();
    ctx.gs06.clear();
    ctx.gs08.clear();
  }

  // --- opening and closing envelopes with their own segments ---
  void open_interchange(const syntax::segment_view& isa) {
    in_interchange = true;
    ctx = unit_context{};
    ctx.isa13 = std::string(isa.element(13));
    groups = 0;
    interchange_segments = 0;
    gs06s.clear();
    st02s.clear();
    std::vector<finding> fs;
    detail::check_isa(isa, fs);
    if (!isa13s.insert(ctx.isa13).second) fs.push_back(detail::at(code::duplicate_isa13, isa, 13, "a new control number", ctx.isa13));
    add_all(fs, ctx);
    emit_one(unit_kind::interchange_header, isa, ctx);
  }
  void open_group(const syntax::segment_view& gs) {
    in_group = true;
    ++groups;
    sets = 0;
    st02s.clear();
    ctx.gs01 = std::string(gs.element(1));
    ctx.gs06 = std::string(gs.element(6));
    ctx.gs08 = std::string(gs.element(8));
    std::vector<finding> fs;
    detail::check_gs(gs, fs);
    if (!gs06s.insert(ctx.gs06).second) fs.push_back(detail::at(code::duplicate_gs06, gs, 6, "a new control number", ctx.gs06));
    add_all(fs, ctx);
    emit_one(unit_kind::group_header, gs, ctx);
  }
  void open_set(const syntax::segment_view& st) {
    in_set = true;
    ++sets;
    set = syntax::segment_list(reader.delims());
    // Sets of one file are usually alike in size: start this one as big as the last one was,
    // plus an eighth, so a slightly bigger set does not copy everything into twice the room.
    set.reserve(last_set_bytes + last_set_bytes / 8, last_set_segments + last_set_segments / 8,
                last_set_ends + last_set_ends / 8);
    set.push_back(st);
    set_ctx = ctx;
    set_ctx.st01 = std::string(st.element(1));
    set_ctx.st02 = std::string(st.element(2));
    set_ctx.st03 = std::string(st.element(3));
    std::vector<finding> fs;
    if (!in_group) fs.push_back(detail::at(code::set_outside_group, st, 0, "GS", "ST"));
    detail::check_st(st, in_group ? std::string_view(ctx.gs01) : std::string_view{}, ctx.gs08, fs);
    if (!st02s.insert(set_ctx.st02).second) fs.push_back(detail::at(code::duplicate_st02, st, 2, "a new control number", set_ctx.st02));
    add_all(fs, set_ctx);
  }
  void finish_set(const syntax::segment_view& se) {
    set.push_back(se);
    in_set = false;
    last_set_bytes = set.byte_size();
    last_set_segments = set.size();
    last_set_ends = set.ends_size();
    auto count = std::to_string(set.size());
    if (!same_number(se.element(1), count)) add(mismatch(code::se_count_mismatch, se, 1, count), set_ctx);
    if (!same_control(set_ctx.st02, se.element(2))) add(mismatch(code::st_se_control_mismatch, se, 2, set_ctx.st02), set_ctx);
    emit(unit_kind::transaction_set, std::move(set), set_ctx, false);
    set = syntax::segment_list{};
  }
  void finish_group(const syntax::segment_view& ge) {
    if (!same_number(ge.element(1), std::to_string(sets)))
      add(mismatch(code::ge_set_count_mismatch, ge, 1, std::to_string(sets)), ctx);
    if (!same_control(ctx.gs06, ge.element(2))) add(mismatch(code::gs_ge_control_mismatch, ge, 2, ctx.gs06), ctx);
    emit_one(unit_kind::group_trailer, ge, ctx);
    leave_group();
  }
  void finish_interchange(const syntax::segment_view& iea) {
    // An interchange of TA1s alone often counts them in IEA01 (X12 says groups, so 0): take both.
    bool ta1_count = groups == 0 && interchange_segments > 0 && same_number(iea.element(1), std::to_string(interchange_segments));
    if (!ta1_count && !same_number(iea.element(1), std::to_string(groups)))
      add(mismatch(code::iea_group_count_mismatch, iea, 1, std::to_string(groups)), ctx);
    if (!same_control(ctx.isa13, iea.element(2))) add(mismatch(code::isa_iea_control_mismatch, iea, 2, ctx.isa13), ctx);
    emit_one(unit_kind::interchange_trailer, iea, ctx);
    in_interchange = false;
  }
  void stray(const syntax::segment_view& s, std::string_view expected) {
    unit_context c = ctx;
    add(detail::at(code::stray_segment, s, 0, expected, s.tag()), c);
    emit_one(unit_kind::stray_segment, s, c);
  }

  void on_segment(const syntax::segment_view& s);
  [[gnu::noinline]] void on_envelope_segment(const syntax::segment_view& s, std::string_view tag);
  [[gnu::noinline]] void on_body_segment(const syntax::segment_view& s, std::string_view tag);
  void on_end();
  core::result<void> read_until_ready();
};

namespace {

// ISA, GS, ST, GE or IEA. Asked of every segment: compares bytes, not strings.
inline bool is_envelope_tag(std::string_view tag) noexcept {
  if (tag.size() == 2) {
    const char a = tag[0], b = tag[1];
    return (a == 'G' && (b == 'S' || b == 'E')) || (a == 'S' && b == 'T');
  }
  return tag.size() == 3 && tag[0] == 'I' && tag[2] == 'A' && (tag[1] == 'S' || tag[1] == 'E');
}

}  // namespace

// Nearly every segment is a body segment inside a set: it closes nothing and is only copied.
// That path stays small enough to inline into read_until_ready(); the rest is out of line.
inline void interchange_reader::impl::on_segment(const syntax::segment_view& s) {
  last = s.pos();
  const auto tag = s.tag();
  if (is_envelope_tag(tag)) {
    on_envelope_segment(s, tag);
    return;
  }
  take_notices();
  if (in_set && tag != "SE") set.push_back(s);
  else on_body_segment(s, tag);
}

// Names the segment for the findings of the envelopes it closes, closes them, opens its own.
void interchange_reader::impl::on_envelope_segment(const syntax::segment_view& s, std::string_view tag) {
  const auto by = fmt::format("{} (segment {})", tag, s.pos().segment_number);
  if (tag == "ISA") {
    close_set(s.pos(), by);
    close_group(s.pos(), by);
    close_interchange(s.pos(), by);
    take_notices();
    open_interchange(s);
  } else if (tag == "GS") {
    close_set(s.pos(), by);
    close_group(s.pos(), by);
    take_notices();
    open_group(s);
  } else if (tag == "ST") {
    close_set(s.pos(), by);
    take_notices();
    open_set(s);
  } else if (tag == "GE") {
    close_set(s.pos(), by);
    take_notices();
    if (in_group) finish_group(s);
    else stray(s, "GE only after a GS");
  } else if (tag == "IEA") {
    close_set(s.pos(), by);
    close_group(s.pos(), by);
    take_notices();
    if (in_interchange) finish_interchange(s);
    else stray(s, "IEA only after an ISA");
  } else {
    take_notices();
    on_body_segment(s, tag);
  }
}

void interchange_reader::impl::on_body_segment(const syntax::segment_view& s, std::string_view tag) {
  if (in_set && tag == "SE") finish_set(s);
  else if (in_set) set.push_back(s);
  else if (!in_group && in_interchange && is_interchange_segment(tag)) {
    ++interchange_segments;
    emit_one(unit_kind::interchange_segment, s, ctx);
  } else stray(s, in_group ? "ST or GE" : "GS, TA1 or IEA");
}

void interchange_reader::impl::on_end() {
  close_set(last, END_OF_INPUT);
  close_group(last, END_OF_INPUT);
  close_interchange(last, END_OF_INPUT);
  take_notices();
  emit(unit_kind::end_of_input, syntax::segment_list(reader.delims()), ctx, false);
  finished = true;
}

interchange_reader::interchange_reader(std::unique_ptr<syntax::byte_source> source, std::string file_name,
                                       interchange_reader_options options)
    : impl_(std::make_unique<impl>(syntax::segment_reader(std::move(source), std::move(file_name), options.reader))) {}
interchange_reader::interchange_reader(syntax::segment_reader reader) : impl_(std::make_unique<impl>(std::move(reader))) {}
interchange_reader::~interchange_reader() = default;
interchange_reader::interchange_reader(interchange_reader&&) noexcept = default;
interchange_reader& interchange_reader::operator=(interchange_reader&&) noexcept = default;

// Takes the reader's segments a batch at a time and gives back what follows the segment that
// completed a unit, so the reader's bytes_read() and layout_before() stay those of the last
// segment this stage used, as with one next() per segment.
core::result<void> interchange_reader::impl::read_until_ready() {
  while (ready.empty() && !finished) {
    auto batch = reader.next_batch();
    if (!batch) return std::move(batch).error();
    notices_waiting = reader.has_notices();
    if (batch->empty()) {
      on_end();
      break;
    }
    const syntax::segment_view* at = batch->data();
    const syntax::segment_view* const stop = at + batch->size();
    while (at != stop) {
      on_segment(*at++);
      if (!ready.empty()) break;
    }
    if (at != stop) reader.unread(static_cast<std::size_t>(stop - at));
  }
  return {};
}

core::result<std::optional<unit>> interchange_reader::next() {
  impl& s = *impl_;
  if (auto read = s.read_until_ready(); !read) return std::move(read).error();
  if (s.ready.empty()) return std::optional<unit>();
  unit u = std::move(s.ready.front());
  s.ready.pop_front();
  return std::optional<unit>(std::move(u));
}

const std::string& interchange_reader::file_name() const noexcept { return impl_->reader.file_name(); }
const syntax::segment_reader& interchange_reader::segments() const noexcept { return impl_->reader; }

core::result<std::vector<finding>> collect_findings(interchange_reader& reader) {
  std::vector<finding> out;
  for (;;) {
    auto u = reader.next();
    if (!u) return std::move(u).error();
    if (!*u) return out;
    for (auto& f : (*u)->findings) out.push_back(std::move(f));
  }
}

}  // namespace claimloop::envelope
