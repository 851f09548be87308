#include "detail/json_number.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "detail/json_parse.h"

using precis::detail::json_number_to_double;

namespace {

// How many doubles lie between a and b (same sign, finite).
std::uint64_t ulps_apart(double a, double b) {
  std::int64_t x = 0;
  std::int64_t y = 0;
  std::memcpy(&x, &a, sizeof x);
  std::memcpy(&y, &b, sizeof y);
  return x > y ? static_cast<std::uint64_t>(x - y) : static_cast<std::uint64_t>(y - x);
}

double c_library(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

}  // namespace

TEST_CASE("json numbers: short decimals are the C library's doubles", "[json]") {
  for (const char* text : {"0", "1", "-1", "0.1", "0.25", "3.14159", "1e22", "1e-22", "2.5E+3",
                           "-0.000123", "9007199254740992", "0.3", "1e23", "12e30", "75.5"}) {
    INFO(text);
    CHECK(json_number_to_double(text) == c_library(text));
  }
  CHECK(std::signbit(json_number_to_double("-0")));
  CHECK(std::signbit(json_number_to_double("-0.0e5")));
}

TEST_CASE("json numbers: the ends of the range", "[json]") {
  for (const char* text :
       {"1.7976931348623157e308", "2.2250738585072014e-308", "4.9406564584124654e-324", "1e308",
        "1e-300", "123456789012345678901234567890", "0.000000000000000000000000001"}) {
    INFO(text);
    CHECK(json_number_to_double(text) == c_library(text));
  }
  CHECK(std::isinf(json_number_to_double("1e309")));
  CHECK(std::isinf(json_number_to_double("1e99999999999")));
  CHECK(json_number_to_double("1e-400") == 0.0);
  CHECK(json_number_to_double("1e-99999999999") == 0.0);
}

TEST_CASE("json numbers: every double printed with %.17g reads back as itself", "[json]") {
  std::mt19937_64 random(20261205);
  char buffer[40];
  for (int n = 0; n < 200000; ++n) {
    std::uint64_t bits = random();
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    if (!std::isfinite(value)) continue;
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    INFO(buffer);
    REQUIRE(json_number_to_double(buffer) == value);
  }
}

TEST_CASE("json numbers: long and far decimals are within a unit in the last place", "[json]") {
  std::mt19937_64 random(7);
  std::uint64_t off_by_one = 0;
  for (int n = 0; n < 200000; ++n) {
    std::string text = std::to_string(1 + random() % 9);
    const int length = static_cast<int>(random() % 25);
    for (int d = 0; d < length; ++d) text += static_cast<char>('0' + random() % 10);
    text += "e" + std::to_string(static_cast<int>(random() % 660) - 340);
    INFO(text);
    const double ours = json_number_to_double(text);
    const double theirs = c_library(text);
    if (theirs == 0.0 || std::isinf(theirs)) {
      REQUIRE(ours == theirs);
      continue;
    }
    REQUIRE(ulps_apart(ours, theirs) <= 1);
    off_by_one += ours != theirs;
  }
  CHECK(off_by_one < 200);  // the midpoints' neighbourhoods are rare
}

TEST_CASE("json numbers: the parser reads floats through json_number_to_double", "[json]") {
  const auto parsed = precis::detail::parse_json(R"({"a": 0.1, "b": -2.5e-3})");
  REQUIRE(parsed.is_object());
  CHECK(parsed["a"].get<double>() == 0.1);
  CHECK(parsed["b"].get<double>() == -2.5e-3);
  // nlohmann refuses a number too large for a double, as before.
  CHECK(precis::detail::parse_json(R"({"c": 1e400})").is_discarded());
}
