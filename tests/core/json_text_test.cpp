// Ids are read by nlohmann and echoed by detail::json_text: the echo must be the bytes dump()
// gave for the same parsed value.
#include "detail/json_text.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json_text echoes parsed ids as dump does", "[json]") {
  const char* const ids[] = {"null",
                             "true",
                             "false",
                             "0",
                             "-0",
                             "-0.0",
                             "0.0",
                             "1E2",
                             "-1.0e-7",
                             "1e21",
                             "1.5e+300",
                             "5e-324",
                             "18446744073709551615",
                             "18446744073709551616",
                             "-9223372036854775809",
                             "123456789012345678901234567890",
                             R"("\u0000\u001f\u007f\b\f\n\r\t\"\\\/")",
                             R"("\ud83d\ude00 caf\u00e9")",
                             "\"\xe6\x97\xa5\xe6\x9c\xac\"",
                             "[]",
                             "{}",
                             R"({"b":1,"a":2,"b":3})",
                             R"([[],[{}],[[[]]],{"":""},[1.0,2.50,-3e-5]])",
                             R"({ "nested" : { "x" : [ 1 , { "y" : null } ] }, "z": "w" })"};
  for (const char* id : ids) {
    INFO(id);
    const Json parsed = Json::parse(id);
    CHECK(precis::detail::json_text(parsed) == dump(parsed));
  }
}

TEST_CASE("json_text walks a deeply nested id without recursion", "[json]") {
  const std::size_t depth = 200000;
  const std::string text = std::string(depth, '[') + "{\"k\":1}" + std::string(depth, ']');
  const Json parsed = Json::parse(text);
  CHECK(precis::detail::json_text(parsed) == text);
  const std::string shallow = std::string(500, '[') + "\"x\"" + std::string(500, ']');
  CHECK(precis::detail::json_text(Json::parse(shallow)) == dump(Json::parse(shallow)));
}
