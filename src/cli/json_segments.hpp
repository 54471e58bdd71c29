#pragma once
// JSON renderings of segments and positions (Boost.JSON), shared by the commands.
#include <boost/json.hpp>

#include "core/finding.hpp"
#include "core/position.hpp"
#include "syntax/segment_view.hpp"

namespace claimloop::cli {

boost::json::object position_json(const core::position& pos);
// {"id": "CLM", "position": {...}, "elements": [...]}. An element is a string, an array of
// components when composite, or {"repetitions": [...]} when repeated.
boost::json::object segment_json(const syntax::segment_view& s);
// A finding with the field names `claimloop validate --format json` promises: file, isa13, gs06,
// st02, snip, loop, segment, segment_position, element, component, repetition, ik304, ik403,
// severity, message, plus line, offset, code and value.
boost::json::object finding_json(const core::finding& f);

}  // namespace claimloop::cli
