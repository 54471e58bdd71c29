#pragma once
// Starts Xerces-C once per process for the XML writer and validator (xml_writer.cpp,
// xml_validate.cpp). Xerces counts Initialize calls, so this coexists with the guide loader's own.
#include "core/result.hpp"

namespace claimloop::schema::detail {

// io_error when Xerces cannot start; never terminated (documents may be written until exit).
core::result<void> ensure_xml_platform();

}  // namespace claimloop::schema::detail
