#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "support/run_command.hpp"
#include "support/test_support.hpp"

using namespace claimloop::testing;
namespace json = boost::json;

TEST(acks_command_test, says_which_sets_were_accepted_and_why) {
  const auto path = corpus_dir() / "xlate__staedi/src__test__resources__x12__simple999.edi";
  auto r = run_claimloop("acks --format json " + quoted(path.string()));
  EXPECT_EQ(r.status, 1) << r.out;  // some sets were rejected
  auto doc = json::parse(r.out);
  auto& group = doc.at("files").at(0).at("groups").at(0);
  EXPECT_EQ(group.at("gs06").as_string(), "17456");
  EXPECT_EQ(group.at("status").as_string(), "P");
  auto& sets = group.at("sets").as_array();
  ASSERT_EQ(sets.size(), 3u);
  EXPECT_TRUE(sets[0].at("accepted").as_bool());
  EXPECT_FALSE(sets[1].at("accepted").as_bool());
  EXPECT_EQ(sets[1].at("st02").as_string(), "0002");
  bool names_clm02 = false;
  for (const auto& reason : sets[1].at("reasons").as_array())
    names_clm02 = names_clm02 || std::string(reason.as_string()).find("CLM02") != std::string::npos;
  EXPECT_TRUE(names_clm02) << json::serialize(sets[1]);
}

TEST(acks_command_test, all_accepted_exits_0) {
  const auto path = corpus_dir() / "imsweb__x12-parser/src__test__resources__837_5010__x12_999_accepted.txt";
  auto r = run_claimloop("acks " + quoted(path.string()));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("accepted"), std::string::npos);
}
