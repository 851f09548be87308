#include "detail/json_text.h"

#include <cstdint>
#include <vector>

namespace precis::detail {
namespace {

using Json = nlohmann::ordered_json;

// A scalar, or the opening of a container whose members the caller walks.
void write_scalar_or_open(JsonWriter& out, const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      out.begin_object();
      return;
    case Json::value_t::array:
      out.begin_array();
      return;
    case Json::value_t::string:
      out.string(value.get_ref<const Json::string_t&>());
      return;
    case Json::value_t::boolean:
      out.boolean(value.get<bool>());
      return;
    case Json::value_t::number_integer:
      out.signed_number(value.get<std::int64_t>());
      return;
    case Json::value_t::number_unsigned:
      out.unsigned_number(value.get<std::uint64_t>());
      return;
    case Json::value_t::number_float:
      out.number(value.get<double>());
      return;
    default:  // null; the parser never hands out a binary or discarded value in an id
      out.null();
      return;
  }
}

}  // namespace

void write_json_value(JsonWriter& out, const Json& value) {
  // One frame per open container: where its next member is.
  struct Frame {
    const Json* container;
    Json::const_iterator next;
  };
  std::vector<Frame> stack;
  const auto visit = [&](const Json& v) {
    write_scalar_or_open(out, v);
    if (v.is_object() || v.is_array()) stack.push_back({&v, v.cbegin()});
  };
  visit(value);
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next == top.container->cend()) {
      if (top.container->is_object()) {
        out.end_object();
      } else {
        out.end_array();
      }
      stack.pop_back();
      continue;
    }
    const Json::const_iterator member = top.next++;
    if (top.container->is_object()) out.key(member.key());
    visit(*member);  // may grow the stack: `top` is not used after this
  }
}

std::string json_text(const Json& value) {
  JsonWriter out;
  write_json_value(out, value);
  return out.take();
}

}  // namespace precis::detail
