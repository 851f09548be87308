#include "precis/utf8.h"

#include <algorithm>

#include "detail/ordering.h"

namespace precis {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The valid range of the second byte, which is narrower than 80..BF after E0, ED, F0 and F4:
// this is what rejects overlongs, surrogates and code points above U+10FFFF at the earliest byte,
// as the WHATWG decoder does.
bool second_byte_ok(unsigned char lead, unsigned char byte) {
  switch (lead) {
    case 0xE0:
      return byte >= 0xA0 && byte <= 0xBF;
    case 0xED:
      return byte >= 0x80 && byte <= 0x9F;
    case 0xF0:
      return byte >= 0x90 && byte <= 0xBF;
    case 0xF4:
      return byte >= 0x80 && byte <= 0x8F;
    default:
      return is_continuation(byte);
  }
}

}  // namespace

DecodedChar detail::decode_utf8_multibyte(std::string_view text, std::size_t pos) noexcept {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t need;
  char32_t cp;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    cp = lead & 0x07;
  } else {
    return {kReplacementChar, 1, false};
  }
  // Maximal subpart: consume continuation bytes while they can still complete a valid sequence.
  std::uint8_t consumed = 1;
  for (std::size_t i = 0; i < need; ++i) {
    const std::size_t at = pos + 1 + i;
    if (at >= text.size()) return {kReplacementChar, consumed, false};
    const auto byte = static_cast<unsigned char>(text[at]);
    const bool ok = i == 0 ? second_byte_ok(lead, byte) : is_continuation(byte);
    if (!ok) return {kReplacementChar, consumed, false};
    cp = (cp << 6) | (byte & 0x3F);
    ++consumed;
  }
  return {cp, consumed, true};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string to_valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const DecodedChar c = decode_utf8(text, pos);
    if (c.valid) {
      out.append(text.substr(pos, c.length));
    } else {
      append_utf8(out, kReplacementChar);
    }
    pos += c.length;
  }
  return out;
}

std::size_t count_invalid_utf8(std::string_view text) noexcept {
  std::size_t invalid = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedChar c = decode_utf8(text, pos);
    invalid += c.valid ? 0 : 1;
    pos += c.length;
  }
  return invalid;
}

std::size_t code_point_count(std::string_view text) noexcept {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::size_t utf16_length(std::string_view text) noexcept {
  std::size_t units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedChar c = decode_utf8(text, pos);
    units += c.code_point >= 0x10000 ? 2 : 1;
    pos += c.length;
  }
  return units;
}

std::vector<std::size_t> utf16_offsets(std::string_view text,
                                       const std::vector<std::size_t>& byte_offsets) {
  const std::vector<std::size_t> order = detail::stable_order(
      byte_offsets.size(),
      [&](std::size_t a, std::size_t b) { return byte_offsets[a] < byte_offsets[b]; });
  std::vector<std::size_t> mapped(byte_offsets.size());
  std::size_t pos = 0;
  std::size_t units = 0;
  for (const std::size_t index : order) {
    const std::size_t target = std::min(byte_offsets[index], text.size());
    while (pos < text.size()) {
      const DecodedChar c = decode_utf8(text, pos);
      if (pos + c.length > target) break;
      units += c.code_point >= 0x10000 ? 2 : 1;
      pos += c.length;
    }
    mapped[index] = units;
  }
  return mapped;
}

}  // namespace precis
