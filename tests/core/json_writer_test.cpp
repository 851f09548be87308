// JsonWriter must print what nlohmann's dump printed before it: every comparison here is against
// ordered_json::dump(-1, ' ', false, replace), the call the core used for all of its output.
#include "precis/json_writer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string written_string(const std::string& text) {
  return precis::JsonWriter().string(text).take();
}

std::string written_number(double value) { return precis::JsonWriter().number(value).take(); }

double from_bits(std::uint64_t bits) {
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

}  // namespace

TEST_CASE("json writer nests objects and arrays with commas where dump puts them", "[json]") {
  precis::JsonWriter out;
  out.begin_object().key("id").raw(R"({"a":[1,2]})").key("empty").begin_object().end_object();
  out.key("list").begin_array().begin_array().end_array().begin_object().end_object();
  out.unsigned_number(3).begin_array().null().boolean(false).end_array().end_array();
  out.key("after").string("x").key("t").boolean(true).end_object();
  Json expected;
  expected["id"] = {{"a", {1, 2}}};
  expected["empty"] = Json::object();
  expected["list"] = {Json::array(), Json::object(), 3, {nullptr, false}};
  expected["after"] = "x";
  expected["t"] = true;
  CHECK(out.str() == dump(expected));
  CHECK(precis::JsonWriter().begin_array().end_array().take() == "[]");
}

TEST_CASE("json writer escapes every single byte as dump does", "[json]") {
  for (int byte = 0; byte < 256; ++byte) {
    const std::string text = "a" + std::string(1, static_cast<char>(byte)) + "b";
    INFO(byte);
    CHECK(written_string(text) == dump(text));
  }
  CHECK(written_string("\x01\x1f\x7f") == "\"\\u0001\\u001f\x7f\"");
  CHECK(written_string("\"\\/\b\f\n\r\t") == R"("\"\\/\b\f\n\r\t")");
}

TEST_CASE("json writer replaces invalid UTF-8 exactly as dump's replace handler", "[json]") {
  // Every pair of bytes, then every sequence of up to 4 bytes from the bytes where UTF-8's rules
  // change (ASCII, continuations, overlong leads, surrogates, the U+10FFFF edge, never-valid).
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      const std::string text{static_cast<char>(a), static_cast<char>(b)};
      if (written_string(text) != dump(text)) FAIL_CHECK("bytes " << a << " " << b);
    }
  }
  const unsigned char edges[] = {0x00, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFE, 0xFF};
  std::size_t checked = 0;
  for (const unsigned char a : edges) {
    for (const unsigned char b : edges) {
      for (const unsigned char c : edges) {
        for (const unsigned char d : edges) {
          const std::string text{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                                 static_cast<char>(d)};
          ++checked;
          if (written_string(text) != dump(text)) FAIL_CHECK("bytes " << text);
          if (written_string(text.substr(0, 3)) != dump(text.substr(0, 3))) FAIL_CHECK(text);
        }
      }
    }
  }
  CHECK(checked == 28u * 28 * 28 * 28);
}

TEST_CASE("json writer matches dump on long random strings", "[json]") {
  // Longer than dump's 512-byte buffer, so its flushes fall between and inside sequences.
  std::mt19937 rng(20240611);
  const std::string pieces[] = {
      "a",    "\"",           "\\",       "\n",           "\x01",
      "\x7f", "\xc3\xa9",     "\xe2\x82", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
      "\xff", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90",     " "};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const std::size_t length = rng() % 1500;
    while (text.size() < length) {
      if (rng() % 4 == 0) {
        text += static_cast<char>(rng() % 256);
      } else {
        text += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
      }
    }
    if (written_string(text) != dump(text)) FAIL_CHECK(text);
  }
}

TEST_CASE("json writer prints the doubles we emit as dump does", "[json]") {
  // Scores are std::round(x * 10000) / 10000 for x in 0..1 (summarize.h, keyphrases.h,
  // langid.h): exactly the values k / 10000.
  for (int k = 0; k <= 10000; ++k) {
    const double score = k / 10000.0;
    if (written_number(score) != dump(score)) FAIL_CHECK(k);
  }
  const double specials[] = {0.0,
                             -0.0,
                             1.0,
                             0.5,
                             -1.5,
                             1e20,
                             1e21,
                             1e22,
                             1e-5,
                             1e-7,
                             123456789.125,
                             0.1 + 0.2,
                             std::numeric_limits<double>::min(),
                             std::numeric_limits<double>::denorm_min(),
                             std::numeric_limits<double>::max(),
                             std::numeric_limits<double>::lowest(),
                             std::numeric_limits<double>::epsilon(),
                             9007199254740993.0};
  for (const double value : specials) {
    INFO(value);
    CHECK(written_number(value) == dump(value));
  }
  CHECK(written_number(1.0) == "1.0");
  CHECK(written_number(std::nan("")) == "null");
  CHECK(written_number(-std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("json writer prints any double as dump does", "[json]") {
  // Ids echo whatever number a request carried, so agreement must hold for all of them: random
  // bit patterns cover every exponent, random values the common ranges.
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int i = 0; i < 200000; ++i) {
    const double bits = from_bits(rng());
    const double scaled = unit(rng) * std::pow(10.0, static_cast<int>(rng() % 40) - 20);
    const double rounded = std::round(unit(rng) * 10000.0) / 10000.0;
    for (const double value : {bits, scaled, -scaled, rounded}) {
      if (written_number(value) != dump(value)) FAIL_CHECK(value);
    }
  }
}

TEST_CASE("json writer prints integers as dump does", "[json]") {
  const std::uint64_t unsigned_values[] = {
      0, 1, 9, 10, 4294967295u, 4294967296u, std::numeric_limits<std::uint64_t>::max()};
  for (const std::uint64_t value : unsigned_values) {
    CHECK(precis::JsonWriter().unsigned_number(value).take() == dump(value));
  }
  const std::int64_t signed_values[] = {0, -1, 1, std::numeric_limits<std::int64_t>::min(),
                                        std::numeric_limits<std::int64_t>::max()};
  for (const std::int64_t value : signed_values) {
    CHECK(precis::JsonWriter().signed_number(value).take() == dump(value));
  }
}
