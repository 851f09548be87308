// UTF-8 decoding that never trusts its input, and byte -> UTF-16 offset mapping.
//
// Invalid input is decoded by the WHATWG "maximal subpart" rule (what TextDecoder does): each
// maximal invalid subpart becomes one U+FFFD. Byte offsets always index the raw input; UTF-16
// offsets index the input as TextDecoder would decode it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

constexpr char32_t kReplacementChar = 0xFFFD;

struct DecodedChar {
  char32_t code_point;  // U+FFFD for an invalid subpart
  std::uint8_t length;  // bytes consumed, 1..4, never past the end of the input
  bool valid;
};

namespace detail {
// decode_utf8 for a lead byte >= 0x80.
DecodedChar decode_utf8_multibyte(std::string_view text, std::size_t pos) noexcept;
}  // namespace detail

// Decodes the character starting at byte `pos` (< text.size()). O(1). Inline for ASCII, which is
// most of the bytes every pass over an article decodes.
inline DecodedChar decode_utf8(std::string_view text, std::size_t pos) noexcept {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1, true};
  return detail::decode_utf8_multibyte(text, pos);
}

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// The input with every invalid subpart replaced by U+FFFD. O(n).
std::string to_valid_utf8(std::string_view text);

// Number of invalid subparts in the input. O(n).
std::size_t count_invalid_utf8(std::string_view text) noexcept;

// Code points of valid UTF-8: the bytes that start a character. O(n).
std::size_t code_point_count(std::string_view text) noexcept;

// UTF-16 code units of the decoded input (a supplementary character counts 2, U+FFFD 1). O(n).
std::size_t utf16_length(std::string_view text) noexcept;

// Maps byte offsets to UTF-16 offsets in one forward pass: O(n + k log k) for k offsets.
// Each offset must be <= text.size(); an offset inside a character maps to that character's
// start. Returns the mapped offsets in the order given.
std::vector<std::size_t> utf16_offsets(std::string_view text,
                                       const std::vector<std::size_t>& byte_offsets);

}  // namespace precis
