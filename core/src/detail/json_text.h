// Parsed JSON back to text, for the ids a request carries: they are read with nlohmann (the one
// JSON parser) and echoed by JsonWriter (the one JSON writer).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "precis/json_writer.h"

namespace precis::detail {

// Appends `value` to `out` as nlohmann's dump(-1, ' ', false, replace) would write it. Iterative,
// so an id nested a million levels deep cannot overflow the stack. O(size of the value).
void write_json_value(JsonWriter& out, const nlohmann::ordered_json& value);

// The value as compact JSON text: write_json_value into a fresh writer.
std::string json_text(const nlohmann::ordered_json& value);

}  // namespace precis::detail
