// A stored claim written back as a one-claim 837 gives the claim's segments as they were in the
// original file, with its submitter, receiver, billing provider, subscriber and patient.
#include <gtest/gtest.h>

#include <iostream>

#include "store/ingest.hpp"
#include "store/regenerate.hpp"
#include "store_support.hpp"
#include "syntax/byte_source.hpp"
#include "syntax/segment_reader.hpp"
#include "x837/claim_reader.hpp"
#include "x837/write.hpp"

namespace claimloop::testing {
namespace {

using segments = std::vector<model::raw_segment>;

// Each claim's 2300 loop and below, read straight from the file's bytes (CLM up to the next HL,
// CLM or SE), in file order.
std::vector<segments> claim_loops_in(const std::string& bytes) {
  std::vector<segments> out;
  syntax::segment_reader reader(syntax::memory_source(bytes), "original");
  bool in_claim = false;
  for (;;) {
    auto s = reader.next();
    EXPECT_TRUE(s) << s.error().to_string();
    if (!s || !*s) break;
    const auto& v = **s;
    if (v.is("CLM")) {
      out.emplace_back();
      in_claim = true;
    } else if (v.is("HL") || v.is("SE")) {
      in_claim = false;
    }
    if (in_claim) out.back().push_back(model::to_raw(v));
  }
  return out;
}

std::vector<x837::claim_record> records_in(const std::string& path) {
  std::vector<x837::claim_record> out;
  auto reader = x837::claim_reader::open(path, store_guides());
  EXPECT_TRUE(reader);
  for (;;) {
    auto r = reader->next();
    EXPECT_TRUE(r) << r.error().to_string();
    if (!r || !*r) break;
    out.push_back(std::move(**r));
  }
  return out;
}

std::vector<std::int64_t> claim_ids(store::database& db) {
  std::vector<std::int64_t> ids;
  auto s = db.prepare("SELECT id FROM claims ORDER BY file_id, position");
  EXPECT_TRUE(s);
  for (;;) {
    auto row = (*s)->step();
    if (!row || !*row) break;
    ids.push_back((*s)->integer(0));
  }
  return ids;
}

// The claim part of a one-claim body: from CLM to the end.
segments claim_part(const segments& body) {
  for (std::size_t i = 0; i < body.size(); ++i)
    if (body[i].tag == "CLM") return segments(body.begin() + static_cast<std::ptrdiff_t>(i), body.end());
  return {};
}

class regenerate_test : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(file_, bytes_);
    auto in = store::ingest_file(*db_, file_, store_guides());
    ASSERT_TRUE(in) << in.error().to_string();
    ASSERT_EQ(in->claims, CLAIMS);
    ids_ = claim_ids(*db_);
    ASSERT_EQ(ids_.size(), CLAIMS);
  }

  static constexpr std::size_t CLAIMS = 400;
  scratch dir_;
  const std::string file_ = dir_.path("gen.837");
  const std::string bytes_ = generated(claims_837p(CLAIMS, 33, 150));
  std::unique_ptr<store::database> db_ = open_test_store(dir_.path("s.db"));
  std::vector<std::int64_t> ids_;
};

TEST_F(regenerate_test, every_stored_claim_gives_its_original_claim_segments) {
  const auto originals = claim_loops_in(bytes_);
  ASSERT_EQ(originals.size(), CLAIMS);
  for (std::size_t i = 0; i < CLAIMS; ++i) {
    auto body = store::claim_body(*db_, ids_[i]);
    ASSERT_TRUE(body) << body.error().to_string();
    ASSERT_EQ(claim_part(*body), originals[i]) << "claim " << i;
  }
}

TEST_F(regenerate_test, every_stored_claim_gives_the_one_claim_set_of_its_record) {
  const auto records = records_in(file_);
  ASSERT_EQ(records.size(), CLAIMS);
  std::size_t dependents = 0;
  for (std::size_t i = 0; i < CLAIMS; ++i) {
    auto body = store::claim_body(*db_, ids_[i]);
    ASSERT_TRUE(body) << body.error().to_string();
    ASSERT_EQ(*body, x837::write_segments(x837::make_set(records[i]))) << "claim " << i;
    dependents += records[i].dependent.has_value();
  }
  EXPECT_GT(dependents, 0u) << "patients who are not the subscriber are covered too";
}

TEST_F(regenerate_test, a_claim_written_back_reads_as_a_one_claim_837_of_the_same_claim) {
  const auto records = records_in(file_);
  for (std::size_t i : {std::size_t{0}, std::size_t{151}, CLAIMS - 1}) {
    std::string bytes;
    envelope::output out(bytes);
    store::regenerate_options o;
    o.control_number = 77;
    ASSERT_TRUE(store::write_claim(*db_, ids_[i], o, out));
    EXPECT_TRUE(bytes.starts_with("ISA*00*"));
    EXPECT_NE(bytes.find("*000000077*"), std::string::npos);
    EXPECT_NE(bytes.find("GS*HC*"), std::string::npos);
    x837::claim_reader again(model::set_stream(envelope::interchange_reader(syntax::memory_source(bytes), "again"),
                                               store_guides(), "837"));
    auto back = again.next();
    ASSERT_TRUE(back && *back) << (back ? "no claim" : back.error().to_string());
    const auto& r = **back;
    EXPECT_EQ(r.isa13, "000000077");
    EXPECT_EQ(r.implementation, records[i].implementation);
    EXPECT_EQ(r.submitter_id(), records[i].submitter_id());
    EXPECT_EQ(r.billing_npi(), records[i].billing_npi());
    EXPECT_EQ(r.payer_id(), records[i].payer_id());
    EXPECT_EQ(x837::write_segments(x837::make_set(r)), x837::write_segments(x837::make_set(records[i])));
    auto more = again.next();
    ASSERT_TRUE(more);
    EXPECT_FALSE(*more) << "one claim only";
  }
}

// Every 5010 837 of the third-party corpus that maps: each claim stored gives back exactly the
// one-claim set of the record read from the file, whatever the file's delimiters and loops.
TEST(regenerate_corpus_test, every_mapped_corpus_claim_comes_back_as_read) {
  scratch dir;
  auto db = open_test_store(dir.path("corpus.db"));
  std::size_t files = 0, claims = 0, refused = 0;
  for (const auto& entry : corpus_with_isa()) {
    if (!entry.transaction.starts_with("837") || entry.is_4010()) continue;
    const auto path = entry.full_path().string();
    std::vector<x837::claim_record> records;
    bool readable = true;
    auto reader = x837::claim_reader::open(path, store_guides());
    if (!reader) readable = false;
    while (readable) {
      auto r = reader->next();
      if (!r) readable = false;
      else if (!*r) break;
      else records.push_back(std::move(**r));
    }
    auto in = store::ingest_file(*db, path, store_guides());
    if (!readable || records.empty()) {
      EXPECT_FALSE(in && !in->already_ingested && in->claims > 0) << path;
      refused += !in;
      continue;
    }
    ASSERT_TRUE(in) << path << ": " << in.error().to_string();
    if (in->already_ingested) continue;  // an identical copy of a file already checked
    ASSERT_EQ(in->claims, records.size()) << path;
    auto s = db->prepare("SELECT id FROM claims WHERE file_id = $1 ORDER BY position");
    ASSERT_TRUE(s);
    (*s)->bind(1, in->file_id);
    for (const auto& record : records) {
      auto row = (*s)->step();
      ASSERT_TRUE(row && *row);
      auto body = store::claim_body(*db, (*s)->integer(0));
      ASSERT_TRUE(body) << body.error().to_string();
      EXPECT_EQ(*body, x837::write_segments(x837::make_set(record)))
          << path << " claim " << record.claim.info.patient_control_number;
      ++claims;
    }
    ++files;
  }
  EXPECT_GT(files, 20u);
  EXPECT_GT(claims, files);
  std::cout << files << " corpus 837s, " << claims << " claims regenerated; " << refused << " files refused\n";
}

TEST_F(regenerate_test, an_unknown_claim_is_an_error) {
  std::string bytes;
  envelope::output out(bytes);
  auto r = store::write_claim(*db_, 999999, {}, out);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("no claim 999999"), std::string::npos);
}

}  // namespace
}  // namespace claimloop::testing
