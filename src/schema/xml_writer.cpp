// The XML writer: a Xerces-C DOM built call by call, serialized by DOMLSSerializer. Xerces types
// and exceptions stay in this file; the header speaks strings and results.
#include "schema/xml_writer.hpp"

#include <fmt/format.h>
#include <xercesc/dom/DOM.hpp>
#include <xercesc/framework/MemBufFormatTarget.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/TransService.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>

#include "schema/detail/xml_platform.hpp"

namespace claimloop::schema {

namespace {

namespace xc = xercesc;

enum class level { root, interchange, group, set, loop };

std::string_view level_name(level l) {
  switch (l) {
    case level::root: return "document";
    case level::interchange: return "interchange";
    case level::group: return "group";
    case level::set: return "transaction set";
    case level::loop: return "loop";
  }
  return "document";
}

std::string utf8(const XMLCh* text) {
  if (text == nullptr) return {};
  xc::TranscodeToStr out(text, "UTF-8");
  return {reinterpret_cast<const char*>(out.str()), out.length()};
}

// One code point from UTF-8 at `i`; a byte that does not start a valid sequence is taken as
// ISO-8859-1, which is what X12 files that are not UTF-8 mostly hold.
char32_t next_code_point(std::string_view in, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(in[k]); };
  const unsigned char c = byte(i);
  std::size_t len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
  if (c < 0x80 || len == 1 || i + len > in.size()) {
    ++i;
    return c;
  }
  char32_t cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return c;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += len;
  return cp;
}

bool xml_allows(char32_t cp) {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  return !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

// UTF-16 for Xerces; false when the text holds a character XML 1.0 cannot carry.
bool to_xml_text(std::string_view in, std::u16string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size();) {
    const char32_t cp = next_code_point(in, i);
    if (!xml_allows(cp)) return false;
    if (cp > 0xFFFF) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return true;
}

bool is_segment_id(std::string_view id) {
  if (id.size() < 2 || id.size() > 3) return false;
  for (char c : id) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool is_loop_id(std::string_view id) {
  if (id.empty() || id.size() > 16) return false;
  for (char c : id) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

core::error misuse(std::string message) {
  return core::error{core::errc::invalid_argument, {}, {}, {}, 0, std::move(message)};
}

bool all_empty(const xml_element_value& e) {
  for (const auto& rep : e.repetitions) {
    for (const auto& c : rep) {
      if (!c.empty()) return false;
    }
  }
  return true;
}

}  // namespace

struct xml_writer::impl {
  xc::DOMImplementation* dom = nullptr;  // owned by Xerces' registry
  xc::DOMDocument* doc = nullptr;
  std::vector<std::pair<level, xc::DOMElement*>> open;
  std::u16string scratch;
  std::string segment_id;  // for error messages
  int element_position = 0;

  ~impl() {
    if (doc != nullptr) doc->release();
  }

  core::result<void> set(xc::DOMElement* e, const char16_t* name, std::string_view value) {
    if (!to_xml_text(value, scratch)) {
      core::error err{core::errc::invalid_value, {}, {}, segment_id, element_position, {}};
      err.message = fmt::format("value '{}' holds a control character XML cannot carry", value);
      return err;
    }
    e->setAttribute(name, scratch.c_str());
    return {};
  }

  core::result<xc::DOMElement*> child(const char16_t* name, std::initializer_list<level> parents, level kind) {
    const level top = open.back().first;
    bool allowed = false;
    for (level p : parents) allowed = allowed || p == top;
    if (!allowed) {
      return misuse(fmt::format("a {} cannot start inside a {}", level_name(kind), level_name(top)));
    }
    xc::DOMElement* e = doc->createElement(name);
    open.back().second->appendChild(e);
    return e;
  }

  core::result<void> close(level kind) {
    if (open.back().first != kind) {
      return misuse(fmt::format("no {} is open (the innermost open level is a {})", level_name(kind),
                                level_name(open.back().first)));
    }
    open.pop_back();
    return {};
  }

  core::result<void> value_or_components(xc::DOMElement* e, const std::vector<std::string>& components) {
    if (components.size() == 1) return set(e, u"value", components[0]);
    for (std::size_t c = 0; c < components.size(); ++c) {
      if (components[c].empty()) continue;
      xc::DOMElement* comp = doc->createElement(u"component");
      e->appendChild(comp);
      if (auto ok = set(comp, u"position", std::to_string(c + 1)); !ok) return ok;
      if (auto ok = set(comp, u"value", components[c]); !ok) return ok;
    }
    return {};
  }

  core::result<void> element(xc::DOMElement* segment, const xml_element_value& v) {
    if (v.position == 0) return misuse(fmt::format("{}: element position 0 (positions are 1-based)", segment_id));
    if (all_empty(v)) return {};
    element_position = static_cast<int>(v.position);
    xc::DOMElement* e = doc->createElement(u"element");
    segment->appendChild(e);
    if (auto ok = set(e, u"position", std::to_string(v.position)); !ok) return ok;
    if (v.repetitions.size() == 1) return value_or_components(e, v.repetitions[0]);
    for (std::size_t r = 0; r < v.repetitions.size(); ++r) {
      xc::DOMElement* rep = doc->createElement(u"repetition");
      e->appendChild(rep);
      if (auto ok = set(rep, u"position", std::to_string(r + 1)); !ok) return ok;
      if (auto ok = value_or_components(rep, v.repetitions[r]); !ok) return ok;
    }
    return {};
  }

  core::result<std::string> serialize() {
    xc::DOMLSSerializer* raw_serializer = dom->createLSSerializer();
    std::unique_ptr<xc::DOMLSSerializer, void (*)(xc::DOMLSSerializer*)> serializer(
        raw_serializer, [](xc::DOMLSSerializer* s) { s->release(); });
    std::unique_ptr<xc::DOMLSOutput, void (*)(xc::DOMLSOutput*)> output(dom->createLSOutput(),
                                                                       [](xc::DOMLSOutput* o) { o->release(); });
    if (serializer->getDomConfig()->canSetParameter(xc::XMLUni::fgDOMWRTFormatPrettyPrint, true)) {
      serializer->getDomConfig()->setParameter(xc::XMLUni::fgDOMWRTFormatPrettyPrint, true);
    }
    xc::MemBufFormatTarget target;
    output->setByteStream(&target);
    output->setEncoding(u"UTF-8");
    if (!serializer->write(doc, output.get())) return core::error{core::errc::io_error, {}, {}, {}, 0, "serializing the XML document failed"};
    return std::string(reinterpret_cast<const char*>(target.getRawBuffer()), target.getLen());
  }
};

namespace {

// Xerces reports trouble by exception; none may leave this module.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const xc::DOMException& e) {
    return core::error{core::errc::invalid_argument, {}, {}, {}, 0, "XML DOM: " + utf8(e.getMessage())};
  } catch (const xc::XMLException& e) {
    return core::error{core::errc::io_error, {}, {}, {}, 0, "Xerces-C: " + utf8(e.getMessage())};
  } catch (const xc::OutOfMemoryException&) {
    return core::error{core::errc::io_error, {}, {}, {}, 0, "Xerces-C ran out of memory"};
  }
}

}  // namespace

xml_writer::xml_writer(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
xml_writer::~xml_writer() = default;
xml_writer::xml_writer(xml_writer&&) noexcept = default;
xml_writer& xml_writer::operator=(xml_writer&&) noexcept = default;

core::result<xml_writer> xml_writer::create(std::string_view file_name) {
  if (auto ok = detail::ensure_xml_platform(); !ok) return ok.error();
  return guarded([&]() -> core::result<xml_writer> {
    auto p = std::make_unique<impl>();
    p->dom = xc::DOMImplementationRegistry::getDOMImplementation(u"LS");
    if (p->dom == nullptr) return core::error{core::errc::io_error, {}, {}, {}, 0, "no Xerces DOM implementation"};
    p->doc = p->dom->createDocument(nullptr, u"x12", nullptr);
    p->open.emplace_back(level::root, p->doc->getDocumentElement());
    if (!file_name.empty()) {
      if (auto ok = p->set(p->open.back().second, u"file", file_name); !ok) return ok.error();
    }
    return xml_writer(std::move(p));
  });
}

core::result<void> xml_writer::begin_interchange(const xml_interchange_info& info) {
  return guarded([&]() -> core::result<void> {
    auto e = impl_->child(u"interchange", {level::root}, level::interchange);
    if (!e) return e.error();
    const std::pair<const char16_t*, const std::string*> attrs[] = {
        {u"control_number", &info.control_number}, {u"sender_qualifier", &info.sender_qualifier},
        {u"sender_id", &info.sender_id},           {u"receiver_qualifier", &info.receiver_qualifier},
        {u"receiver_id", &info.receiver_id},       {u"date", &info.date},
        {u"time", &info.time},                     {u"version", &info.version}};
    impl_->segment_id = "ISA";
    for (const auto& [name, value] : attrs) {
      if (name == attrs[0].first || !value->empty()) {
        if (auto ok = impl_->set(*e, name, *value); !ok) return ok;
      }
    }
    impl_->open.emplace_back(level::interchange, *e);
    return {};
  });
}

core::result<void> xml_writer::begin_group(const xml_group_info& info) {
  return guarded([&]() -> core::result<void> {
    auto e = impl_->child(u"group", {level::interchange}, level::group);
    if (!e) return e.error();
    impl_->segment_id = "GS";
    if (auto ok = impl_->set(*e, u"functional_id", info.functional_id); !ok) return ok;
    if (auto ok = impl_->set(*e, u"control_number", info.control_number); !ok) return ok;
    if (!info.version.empty()) {
      if (auto ok = impl_->set(*e, u"version", info.version); !ok) return ok;
    }
    impl_->open.emplace_back(level::group, *e);
    return {};
  });
}

core::result<void> xml_writer::begin_set(const xml_set_info& info) {
  return guarded([&]() -> core::result<void> {
    auto e = impl_->child(u"transaction_set", {level::group}, level::set);
    if (!e) return e.error();
    impl_->segment_id = "ST";
    if (auto ok = impl_->set(*e, u"id", info.id); !ok) return ok;
    if (auto ok = impl_->set(*e, u"control_number", info.control_number); !ok) return ok;
    if (!info.implementation.empty()) {
      if (auto ok = impl_->set(*e, u"implementation", info.implementation); !ok) return ok;
    }
    impl_->open.emplace_back(level::set, *e);
    return {};
  });
}

core::result<void> xml_writer::begin_loop(std::string_view id, std::string_view name) {
  if (!is_loop_id(id)) return misuse(fmt::format("loop id '{}' is not 1-16 letters, digits or '_'", id));
  return guarded([&]() -> core::result<void> {
    auto e = impl_->child(u"loop", {level::set, level::loop}, level::loop);
    if (!e) return e.error();
    impl_->segment_id.clear();
    if (auto ok = impl_->set(*e, u"id", id); !ok) return ok;
    if (!name.empty()) {
      if (auto ok = impl_->set(*e, u"name", name); !ok) return ok;
    }
    impl_->open.emplace_back(level::loop, *e);
    return {};
  });
}

core::result<void> xml_writer::segment(std::string_view id, std::uint32_t position,
                                       std::span<const xml_element_value> elements) {
  if (!is_segment_id(id)) return misuse(fmt::format("segment id '{}' is not 2-3 capital letters or digits", id));
  if (position == 0) return misuse(fmt::format("segment {} at position 0 (positions are 1-based)", id));
  return guarded([&]() -> core::result<void> {
    if (impl_->open.back().first == level::root) return misuse(fmt::format("segment {} outside an interchange", id));
    impl_->segment_id = std::string(id);
    impl_->element_position = 0;
    xc::DOMElement* s = impl_->doc->createElement(u"segment");
    impl_->open.back().second->appendChild(s);
    if (auto ok = impl_->set(s, u"id", id); !ok) return ok;
    if (auto ok = impl_->set(s, u"position", std::to_string(position)); !ok) return ok;
    for (const auto& e : elements) {
      if (auto ok = impl_->element(s, e); !ok) return ok;
    }
    return {};
  });
}

core::result<void> xml_writer::segment(std::string_view id, std::uint32_t position, std::span<const std::string> values) {
  std::vector<xml_element_value> elements;
  elements.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    elements.push_back(xml_element_value::simple(static_cast<std::uint32_t>(i + 1), values[i]));
  }
  return segment(id, position, std::span<const xml_element_value>(elements));
}

core::result<void> xml_writer::end_loop() { return impl_->close(level::loop); }
core::result<void> xml_writer::end_set() { return impl_->close(level::set); }
core::result<void> xml_writer::end_group() { return impl_->close(level::group); }
core::result<void> xml_writer::end_interchange() { return impl_->close(level::interchange); }

core::result<std::string> xml_writer::finish() {
  if (impl_->open.size() != 1) {
    return misuse(fmt::format("{} level(s) still open; the innermost is a {}", impl_->open.size() - 1,
                              level_name(impl_->open.back().first)));
  }
  return guarded([&]() { return impl_->serialize(); });
}

}  // namespace claimloop::schema
