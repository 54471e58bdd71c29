// Xerces-C lives here and nowhere else: a SAX2 reader validates against one XSD and builds an
// xml_node tree. SAX (not DOM) because it hands us line and column for every element, which the
// model builders need to point at the offending tag. Every Xerces exception stops in this file.
#include "schema/detail/xml_document.hpp"

#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>

#include <fmt/format.h>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/Attributes.hpp>
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

namespace claimloop::schema::detail {
namespace {

namespace xc = xercesc;

// Xerces must be initialised once per process before any parser exists. It is never terminated:
// guides may be loaded until exit, and terminating while another thread parses would be a race.
core::result<void> ensure_xerces() {
  static std::once_flag once;
  static std::string failure;
  std::call_once(once, [] {
    try {
      xc::XMLPlatformUtils::Initialize();
    } catch (const xc::XMLException&) {
      failure = "Xerces-C could not be initialised";
    }
  });
  if (!failure.empty()) return core::error{core::errc::io_error, {}, {}, {}, 0, failure};
  return {};
}

std::string utf8(const XMLCh* text) {
  if (text == nullptr) return {};
  xc::TranscodeToStr out(text, "UTF-8");
  return {reinterpret_cast<const char*>(out.str()), out.length()};
}

std::uint32_t narrow(XMLFileLoc v) { return v > 0xFFFFFFFFu ? 0xFFFFFFFFu : static_cast<std::uint32_t>(v); }

// First error wins: later messages are usually consequences of it.
struct first_problem {
  bool seen = false;
  std::string system_id;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message;
};

class tree_builder final : public xc::DefaultHandler {
 public:
  void setDocumentLocator(const xc::Locator* const locator) override { locator_ = locator; }

  void startElement(const XMLCh* const, const XMLCh* const local_name, const XMLCh* const,
                    const xc::Attributes& attrs) override {
    xml_node node;
    node.name = utf8(local_name);
    node.attributes.reserve(attrs.getLength());
    for (XMLSize_t i = 0; i < attrs.getLength(); ++i) {
      node.attributes.emplace_back(utf8(attrs.getLocalName(i)), utf8(attrs.getValue(i)));
    }
    if (locator_ != nullptr) {
      node.line = narrow(locator_->getLineNumber());
      node.column = narrow(locator_->getColumnNumber());
    }
    open_.push_back(std::move(node));
  }

  void endElement(const XMLCh* const, const XMLCh* const, const XMLCh* const) override {
    xml_node done = std::move(open_.back());
    open_.pop_back();
    if (open_.empty()) {
      root_ = std::move(done);
    } else {
      open_.back().children.push_back(std::move(done));
    }
  }

  void warning(const xc::SAXParseException&) override {}
  void error(const xc::SAXParseException& e) override { record(e); }
  void fatalError(const xc::SAXParseException& e) override { record(e); }

  const first_problem& problem() const noexcept { return problem_; }
  xml_node take_root() { return std::move(root_); }

 private:
  void record(const xc::SAXParseException& e) {
    if (problem_.seen) return;
    problem_ = {true, utf8(e.getSystemId()), narrow(e.getLineNumber()), narrow(e.getColumnNumber()),
                utf8(e.getMessage())};
  }

  const xc::Locator* locator_ = nullptr;
  std::vector<xml_node> open_;
  xml_node root_;
  first_problem problem_;
};

void configure(xc::SAX2XMLReader& reader, xc::SecurityManager& security) {
  reader.setFeature(xc::XMLUni::fgSAX2CoreNameSpaces, true);
  reader.setFeature(xc::XMLUni::fgSAX2CoreValidation, true);
  reader.setFeature(xc::XMLUni::fgXercesDynamic, false);  // validate always: no grammar is an error
  reader.setFeature(xc::XMLUni::fgXercesSchema, true);
  reader.setFeature(xc::XMLUni::fgXercesSchemaFullChecking, true);
  reader.setFeature(xc::XMLUni::fgXercesIdentityConstraintChecking, true);
  reader.setFeature(xc::XMLUni::fgXercesUseCachedGrammarInParse, true);
  reader.setFeature(xc::XMLUni::fgXercesLoadSchema, false);  // never follow xsi:*SchemaLocation
  reader.setFeature(xc::XMLUni::fgXercesLoadExternalDTD, false);
  reader.setFeature(xc::XMLUni::fgXercesDisableDefaultEntityResolution, true);
  security.setEntityExpansionLimit(100);
  reader.setProperty(xc::XMLUni::fgXercesSecurityManager, &security);
}

core::error problem_error(const std::filesystem::path& file, const first_problem& p) {
  // Name the file the problem is in: it can be the XSD itself when that fails to load.
  std::string where = p.system_id.empty() ? file.string() : p.system_id;
  core::error err{core::errc::bad_guide, where, {}, {}, 0, {}};
  err.where.line = p.line;
  err.message = fmt::format("line {} column {}: {}", p.line, p.column, p.message);
  return err;
}

core::result<std::string> read_whole(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return core::error{core::errc::io_error, file.string(), {}, {}, 0, "cannot open the file"};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return core::error{core::errc::io_error, file.string(), {}, {}, 0, "cannot read the file"};
  return text;
}

core::result<xml_node> parse_with_xerces(const std::filesystem::path& file, const std::string& text,
                                         const std::filesystem::path& xsd) {
  std::unique_ptr<xc::SAX2XMLReader> reader(xc::XMLReaderFactory::createXMLReader());
  xc::SecurityManager security;
  configure(*reader, security);
  tree_builder builder;
  reader->setContentHandler(&builder);
  reader->setErrorHandler(&builder);

  // The XSD comes from memory too: default entity resolution is off (no file or URL is opened
  // behind our back), and that would also stop Xerces from opening the XSD by its path.
  auto xsd_text = read_whole(xsd);
  if (!xsd_text) return std::move(xsd_text).error();
  const std::string xsd_id = xsd.string();
  xc::MemBufInputSource xsd_source(reinterpret_cast<const XMLByte*>(xsd_text->data()), xsd_text->size(),
                                   xsd_id.c_str());
  if (reader->loadGrammar(xsd_source, xc::Grammar::SchemaGrammarType, true) == nullptr ||
      builder.problem().seen) {
    if (builder.problem().seen) return problem_error(xsd, builder.problem());
    return core::error{core::errc::io_error, xsd_id, {}, {}, 0, "the XSD could not be loaded"};
  }
  const std::string file_id = file.string();
  xc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(text.data()), text.size(), file_id.c_str());
  reader->parse(source);
  if (builder.problem().seen) return problem_error(file, builder.problem());
  return builder.take_root();
}

}  // namespace

std::string_view xml_node::attr(std::string_view key) const noexcept {
  for (const auto& [k, v] : attributes) {
    if (k == key) return v;
  }
  return {};
}

bool xml_node::has_attr(std::string_view key) const noexcept {
  for (const auto& kv : attributes) {
    if (kv.first == key) return true;
  }
  return false;
}

core::result<xml_node> parse_validated(const std::filesystem::path& file, const std::filesystem::path& xsd) {
  auto text = read_whole(file);
  if (!text) return std::move(text).error();
  if (auto ok = ensure_xerces(); !ok) return ok.error();
  try {
    return parse_with_xerces(file, *text, xsd);
  } catch (const xc::SAXParseException& e) {
    first_problem p{true, utf8(e.getSystemId()), narrow(e.getLineNumber()), narrow(e.getColumnNumber()),
                    utf8(e.getMessage())};
    return problem_error(file, p);
  } catch (const xc::XMLException& e) {
    return core::error{core::errc::bad_guide, file.string(), {}, {}, 0, utf8(e.getMessage())};
  } catch (const xc::OutOfMemoryException&) {
    return core::error{core::errc::io_error, file.string(), {}, {}, 0, "out of memory while parsing"};
  } catch (const std::exception& e) {
    return core::error{core::errc::bad_guide, file.string(), {}, {}, 0, e.what()};
  } catch (...) {
    return core::error{core::errc::bad_guide, file.string(), {}, {}, 0, "the XML parser failed"};
  }
}

std::string root_element_name(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    i = text.find('<', i);
    if (i == std::string_view::npos || i + 1 >= text.size()) return {};
    const char next = text[i + 1];
    if (next == '?' || next == '!') {  // prolog, comment or doctype: skip to its end
      const std::string_view close = text.substr(i, 4) == "<!--" ? "-->" : ">";
      i = text.find(close, i + 2);
      if (i == std::string_view::npos) return {};
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && text[end] != '>' && text[end] != '/' && text[end] != ' ' && text[end] != '\t' &&
           text[end] != '\r' && text[end] != '\n') {
      ++end;
    }
    return std::string(text.substr(i + 1, end - i - 1));
  }
  return {};
}

core::error node_error(const std::filesystem::path& file, const xml_node& node, std::string message) {
  core::error err{core::errc::bad_guide, file.string(), {}, {}, 0, {}};
  err.where.line = node.line;
  err.message = fmt::format("line {} column {}: <{}>: {}", node.line, node.column, node.name, message);
  return err;
}

}  // namespace claimloop::schema::detail
