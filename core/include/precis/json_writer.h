// A streaming writer of compact JSON: the output side of every result, error and id. It writes
// exactly the bytes nlohmann's ordered_json::dump(-1, ' ', false, error_handler_t::replace)
// wrote for the same values (tests/core/json_writer_test.cpp compares them), without building a
// DOM first: that DOM and its dump were ~12% of `tag` and ~50 KB of the wasm module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace precis {

// Values are appended in document order; the caller keeps the nesting well formed (every key is
// followed by one value, every begin by its end). Each call is O(size of what it writes).
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);  // escaped as string() does

  // UTF-8 as is; '"', '\\', \b \f \n \r \t escaped by name, other bytes below 0x20 as \u00xx;
  // each maximal invalid UTF-8 subpart becomes U+FFFD.
  JsonWriter& string(std::string_view text);
  // Grisu2 shortest round-trip digits as nlohmann prints them ("0.5", "1.0", "1e+20");
  // NaN and infinities as null.
  JsonWriter& number(double value);
  JsonWriter& unsigned_number(std::uint64_t value);
  JsonWriter& signed_number(std::int64_t value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  // Text that already is one JSON value in this writer's form (an id echoed from the request).
  JsonWriter& raw(std::string_view json);

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void separate();

  std::string out_;
  bool need_comma_ = false;  // a value was written in the current container
};

}  // namespace precis
