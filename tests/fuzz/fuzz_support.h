// Property checks shared by the libFuzzer targets. Every check recomputes what it checks from the
// raw input with its own code (a WHATWG UTF-8 decoder written from the Encoding Standard's
// algorithm, not precis::decode_utf8), so a bug in the core cannot hide behind itself. A failed
// check prints why and traps, which libFuzzer reports as a crash with the input saved.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace precis_fuzz {

using Json = nlohmann::json;

[[noreturn]] inline void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "PROPERTY VIOLATED: %s %s\n", what, detail.c_str());
  __builtin_trap();
}

#define PRECIS_FUZZ_CHECK(cond, ...)                        \
  do {                                                      \
    if (!(cond)) ::precis_fuzz::fail(#cond, ##__VA_ARGS__); \
  } while (0)

// One decoded character: bytes [start, start + length), U+FFFD for an invalid subpart.
struct RefChar {
  std::size_t start;
  std::size_t length;
  char32_t code_point;
};

// The Encoding Standard's UTF-8 decoder (https://encoding.spec.whatwg.org/#utf-8-decoder),
// step by step: bytes needed/seen, lower/upper boundary, and "prepend the byte" on error.
inline std::vector<RefChar> reference_decode(std::string_view text) {
  std::vector<RefChar> out;
  std::size_t needed = 0, seen = 0, start = 0;
  char32_t cp = 0;
  unsigned lower = 0x80, upper = 0xBF;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned byte = static_cast<unsigned char>(text[i]);
    if (needed == 0) {
      start = i;
      ++i;
      if (byte <= 0x7F) {
        out.push_back({start, 1, byte});
      } else if (byte >= 0xC2 && byte <= 0xDF) {
        needed = 1, cp = byte & 0x1F;
      } else if (byte >= 0xE0 && byte <= 0xEF) {
        if (byte == 0xE0) lower = 0xA0;
        if (byte == 0xED) upper = 0x9F;
        needed = 2, cp = byte & 0xF;
      } else if (byte >= 0xF0 && byte <= 0xF4) {
        if (byte == 0xF0) lower = 0x90;
        if (byte == 0xF4) upper = 0x8F;
        needed = 3, cp = byte & 0x7;
      } else {
        out.push_back({start, 1, 0xFFFD});
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      out.push_back({start, i - start, 0xFFFD});  // the byte is decoded again ("prepended")
      needed = seen = 0, cp = 0, lower = 0x80, upper = 0xBF;
      continue;
    }
    lower = 0x80, upper = 0xBF;
    cp = (cp << 6) | (byte & 0x3F);
    ++i;
    if (++seen == needed) {
      out.push_back({start, i - start, cp});
      needed = seen = 0, cp = 0;
    }
  }
  if (needed != 0) out.push_back({start, text.size() - start, 0xFFFD});
  return out;
}

inline void encode(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// What TextDecoder makes of the bytes, re-encoded as UTF-8.
inline std::string reference_valid_utf8(std::string_view text) {
  std::string out;
  for (const RefChar& c : reference_decode(text)) encode(out, c.code_point);
  return out;
}

inline bool is_valid_utf8(std::string_view text) {
  for (const RefChar& c : reference_decode(text)) {
    if (c.code_point == 0xFFFD && text.substr(c.start, c.length) != "\xEF\xBF\xBD") return false;
  }
  return true;
}

// Character boundaries of a text and the UTF-16 length of the prefix before each boundary.
struct Boundaries {
  std::vector<bool> is_boundary;     // size n + 1
  std::vector<std::size_t> units16;  // size n + 1, valid where is_boundary
  explicit Boundaries(std::string_view text)
      : is_boundary(text.size() + 1, false), units16(text.size() + 1, 0) {
    std::size_t units = 0;
    for (const RefChar& c : reference_decode(text)) {
      is_boundary[c.start] = true;
      units16[c.start] = units;
      units += c.code_point >= 0x10000 ? 2 : 1;
    }
    is_boundary[text.size()] = true;
    units16[text.size()] = units;
  }
};

// A span of the output: byte offsets inside the input, on character boundaries, with the
// UTF-16 offsets TextDecoder + String.prototype.slice would use. Returns "" or what is wrong.
inline std::string span_problem(const Json& span, std::string_view input, const Boundaries& b) {
  for (const char* key : {"start", "end", "start16", "end16"}) {
    if (!span.contains(key) || !span[key].is_number_unsigned()) return "no " + std::string(key);
  }
  const auto start = span["start"].get<std::size_t>();
  const auto end = span["end"].get<std::size_t>();
  if (start > end || end > input.size()) return "outside the input: " + span.dump();
  if (!b.is_boundary[start] || !b.is_boundary[end]) return "not on a boundary: " + span.dump();
  if (span["start16"].get<std::size_t>() != b.units16[start] ||
      span["end16"].get<std::size_t>() != b.units16[end]) {
    return "UTF-16 offsets disagree: " + span.dump() + " expected " +
           std::to_string(b.units16[start]) + ".." + std::to_string(b.units16[end]);
  }
  return "";
}

// Parses one output line: valid UTF-8, valid JSON, an object. Returns the parsed value.
inline Json parse_output(const std::string& out) {
  PRECIS_FUZZ_CHECK(is_valid_utf8(out), "output is not valid UTF-8");
  PRECIS_FUZZ_CHECK(out.find('\n') == std::string::npos, "output spans lines");
  Json parsed = Json::parse(out, nullptr, /*allow_exceptions=*/false);
  PRECIS_FUZZ_CHECK(!parsed.is_discarded() && parsed.is_object(), out.substr(0, 200));
  return parsed;
}

// An error object: a known code other than INTERNAL (which would be a bug) and a message.
inline std::string error_problem(const Json& out) {
  const Json& e = out["error"];
  if (!e.is_object() || !e["code"].is_string() || !e["message"].is_string()) return out.dump();
  const std::string code = e["code"].get<std::string>();
  if (code == "EMPTY_INPUT" || code == "INPUT_TOO_LARGE" || code == "INVALID_OPTIONS" ||
      code == "INVALID_JSON") {
    return "";
  }
  return code + ": " + e["message"].get<std::string>();
}

// The result of summarize / tag / analyze / lang for `input`: "" or the first problem found.
inline std::string result_problem(const Json& out, std::string_view input) {
  if (out.contains("error")) return error_problem(out);
  if (!out["lang"].is_string()) return "no lang";
  if (out.contains("score")) {  // lang
    return out["score"].is_number() && out["score"].get<double>() >= 0.0 ? "" : "bad score";
  }
  const Boundaries b(input);
  if (out.contains("sentences")) {
    if (!out["summary"].is_string() || !out["sentences"].is_array()) return "no summary";
    std::size_t previous_end = 0;
    for (const Json& s : out["sentences"]) {
      std::string problem = span_problem(s, input, b);
      if (!problem.empty()) return problem;
      const auto start = s["start"].get<std::size_t>(), end = s["end"].get<std::size_t>();
      if (start < previous_end) return "sentences out of order or overlapping";
      previous_end = end;
      if (s["text"] != reference_valid_utf8(input.substr(start, end - start))) {
        return "text is not the input sliced at the offsets: " + s.dump();
      }
    }
  }
  if (out.contains("entities")) {
    if (!out["entities"].is_array() || !out["keyphrases"].is_array()) return "no entities";
    for (const Json& e : out["entities"]) {
      if (!e["mentions"].is_array() || e["count"] != e["mentions"].size()) return e.dump();
      for (const Json& m : e["mentions"]) {
        std::string problem = span_problem(m, input, b);
        if (!problem.empty()) return problem;
      }
    }
  }
  return "";
}

inline void check_error(const Json& out) {
  const std::string problem = error_problem(out);
  if (!problem.empty()) fail("bad error", problem);
}

inline void check_result(const Json& out, std::string_view input) {
  const std::string problem = result_problem(out, input);
  if (!problem.empty()) fail("bad result", problem);
}

// Splits a fuzz input into an options JSON (the first line) and the text (the rest). An input
// without a newline is all text with default options.
inline void split_options(const std::uint8_t* data, std::size_t size, std::string_view& options,
                          std::string_view& text) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::size_t nl = all.find('\n');
  if (nl == std::string_view::npos) {
    options = {};
    text = all;
  } else {
    options = all.substr(0, nl);
    text = all.substr(nl + 1);
  }
}

}  // namespace precis_fuzz
