// Reading JSON with nlohmann, guarded against nesting: its parser and values recurse once per
// level, so a line of 100,000 "[" overflowed the stack (a crash natively, a trap that ends the
// wasm instance). Real requests nest three levels deep.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

namespace precis::detail {

constexpr std::size_t kMaxJsonDepth = 256;

// Whether no array or object in `text` opens more than `max_depth` levels deep (brackets inside
// strings do not count). Any bytes; no validation beyond that. O(n).
bool json_depth_within(std::string_view text, std::size_t max_depth) noexcept;

// The parsed value, or a discarded value (is_discarded()) when `text` is not JSON or nests
// deeper than kMaxJsonDepth. O(n).
nlohmann::ordered_json parse_json(std::string_view text);

}  // namespace precis::detail
