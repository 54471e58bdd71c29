// XSD validation of XML text with a Xerces SAX2 reader. Every Xerces exception stops here.
#include "schema/xml_validate.hpp"

#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>

#include <fmt/format.h>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/TransService.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include "schema/detail/xml_platform.hpp"

namespace claimloop::schema {

namespace detail {

core::result<void> ensure_xml_platform() {
  static std::once_flag once;
  static bool failed = false;
  std::call_once(once, [] {
    try {
      xercesc::XMLPlatformUtils::Initialize();
    } catch (const xercesc::XMLException&) {
      failed = true;
    }
  });
  if (failed) return core::error{core::errc::io_error, {}, {}, {}, 0, "Xerces-C could not be initialised"};
  return {};
}

}  // namespace detail

namespace {

namespace xc = xercesc;

std::string utf8(const XMLCh* text) {
  if (text == nullptr) return {};
  xc::TranscodeToStr out(text, "UTF-8");
  return {reinterpret_cast<const char*>(out.str()), out.length()};
}

// Collects errors and fatal errors; warnings are not problems.
class problem_collector final : public xc::DefaultHandler {
 public:
  void warning(const xc::SAXParseException&) override {}
  void error(const xc::SAXParseException& e) override { record(e); }
  void fatalError(const xc::SAXParseException& e) override { record(e); }

  std::vector<xml_problem> problems;

 private:
  void record(const xc::SAXParseException& e) {
    problems.push_back({static_cast<std::uint64_t>(e.getLineNumber()), static_cast<std::uint64_t>(e.getColumnNumber()),
                        utf8(e.getMessage())});
  }
};

core::result<std::string> read_whole(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return core::error{core::errc::io_error, file.string(), {}, {}, 0, "cannot open the XSD"};
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

core::result<xml_validation> validate_with_xerces(const std::filesystem::path& xsd, const std::string& xsd_text,
                                                  std::string_view xml_text) {
  std::unique_ptr<xc::SAX2XMLReader> reader(xc::XMLReaderFactory::createXMLReader());
  xc::SecurityManager security;
  security.setEntityExpansionLimit(100);
  reader->setFeature(xc::XMLUni::fgSAX2CoreNameSpaces, true);
  reader->setFeature(xc::XMLUni::fgSAX2CoreValidation, true);
  reader->setFeature(xc::XMLUni::fgXercesDynamic, false);
  reader->setFeature(xc::XMLUni::fgXercesSchema, true);
  reader->setFeature(xc::XMLUni::fgXercesSchemaFullChecking, true);
  reader->setFeature(xc::XMLUni::fgXercesUseCachedGrammarInParse, true);
  reader->setFeature(xc::XMLUni::fgXercesLoadSchema, false);  // never follow xsi:*SchemaLocation
  reader->setFeature(xc::XMLUni::fgXercesLoadExternalDTD, false);
  reader->setFeature(xc::XMLUni::fgXercesDisableDefaultEntityResolution, true);
  reader->setProperty(xc::XMLUni::fgXercesSecurityManager, &security);
  problem_collector collector;
  reader->setErrorHandler(&collector);

  const std::string xsd_id = xsd.string();
  xc::MemBufInputSource xsd_source(reinterpret_cast<const XMLByte*>(xsd_text.data()), xsd_text.size(), xsd_id.c_str());
  if (reader->loadGrammar(xsd_source, xc::Grammar::SchemaGrammarType, true) == nullptr || !collector.problems.empty()) {
    std::string why = collector.problems.empty() ? "the XSD could not be loaded" : collector.problems.front().message;
    return core::error{core::errc::io_error, xsd_id, {}, {}, 0, why};
  }
  xc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(xml_text.data()), xml_text.size(), "document");
  reader->parse(source);
  return xml_validation{std::move(collector.problems)};
}

}  // namespace

core::result<xml_validation> validate_xml(const std::filesystem::path& xsd, std::string_view xml_text) {
  auto xsd_text = read_whole(xsd);
  if (!xsd_text) return std::move(xsd_text).error();
  if (auto ok = detail::ensure_xml_platform(); !ok) return ok.error();
  try {
    return validate_with_xerces(xsd, *xsd_text, xml_text);
  } catch (const xc::SAXParseException& e) {
    // Fatal errors reach the handler first; anything thrown after that is the same problem.
    return xml_validation{{{static_cast<std::uint64_t>(e.getLineNumber()),
                            static_cast<std::uint64_t>(e.getColumnNumber()), utf8(e.getMessage())}}};
  } catch (const xc::XMLException& e) {
    return core::error{core::errc::io_error, xsd.string(), {}, {}, 0, utf8(e.getMessage())};
  } catch (const xc::OutOfMemoryException&) {
    return core::error{core::errc::io_error, xsd.string(), {}, {}, 0, "Xerces-C ran out of memory"};
  }
}

}  // namespace claimloop::schema
