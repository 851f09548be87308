// The offsets of one span in a reply, shared by every writer of spans (summaries and tags in
// json.cpp, story digests in story_json.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "precis/json_writer.h"

namespace precis::detail {

// "start", "end", "start16", "end16": `next` walks `utf16`, the UTF-16 offsets of the spans'
// byte offsets in the order they were registered (precis::utf16_offsets). O(1).
inline void write_span(JsonWriter& out, std::size_t start, std::size_t end,
                       const std::vector<std::size_t>& utf16, std::size_t& next) {
  out.key("start").unsigned_number(start).key("end").unsigned_number(end);
  out.key("start16").unsigned_number(utf16[next]).key("end16").unsigned_number(utf16[next + 1]);
  next += 2;
}

}  // namespace precis::detail
