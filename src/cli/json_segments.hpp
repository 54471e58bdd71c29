#pragma once
// JSON renderings of segments and positions (Boost.JSON), shared by the commands.
#include <boost/json.hpp>

#include "core/position.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::cli {

boost::json::object position_json(const core::position& pos);
// {"id": "CLM", "position": {...}, "elements": [...]}. An element is a string, an array of
// components when composite, or {"repetitions": [...]} when repeated.
boost::json::object segment_json(const syntax::segment_view& s);

}  // namespace claimloop::cli
