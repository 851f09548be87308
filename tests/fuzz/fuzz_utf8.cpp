// libFuzzer target for utf8.h against the reference WHATWG decoder in fuzz_support.h:
// decode_utf8, to_valid_utf8, count_invalid_utf8, utf16_length and utf16_offsets (every byte
// offset, given in a scrambled order, including offsets inside a character).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "precis/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<precis_fuzz::RefChar> ref = precis_fuzz::reference_decode(text);
  std::size_t invalid = 0, units = 0, pos = 0;
  for (const precis_fuzz::RefChar& c : ref) {
    PRECIS_FUZZ_CHECK(c.start == pos);
    const precis::DecodedChar d = precis::decode_utf8(text, pos);
    PRECIS_FUZZ_CHECK(d.code_point == c.code_point && d.length == c.length);
    PRECIS_FUZZ_CHECK(d.valid == (c.code_point != 0xFFFD || text.substr(pos, 3) == "\xEF\xBF\xBD"));
    invalid += d.valid ? 0 : 1;
    units += c.code_point >= 0x10000 ? 2 : 1;
    pos += c.length;
  }
  PRECIS_FUZZ_CHECK(pos == size);
  const std::string valid = precis::to_valid_utf8(text);
  PRECIS_FUZZ_CHECK(valid == precis_fuzz::reference_valid_utf8(text));
  PRECIS_FUZZ_CHECK(precis_fuzz::is_valid_utf8(valid));
  PRECIS_FUZZ_CHECK(precis::count_invalid_utf8(text) == invalid);
  PRECIS_FUZZ_CHECK(precis::utf16_length(text) == units);
  PRECIS_FUZZ_CHECK(precis::utf16_length(valid) == units);

  // Offsets 0..size in a fixed scrambled order, so the one-pass mapper has to sort them; an
  // offset inside a character maps to that character's start.
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i <= size; ++i) offsets.push_back((i * 7919) % (size + 1));
  const std::vector<std::size_t> mapped = precis::utf16_offsets(text, offsets);
  PRECIS_FUZZ_CHECK(mapped.size() == offsets.size());
  std::vector<std::size_t> expected(size + 1, units);
  std::size_t u = 0;
  for (const precis_fuzz::RefChar& c : ref) {
    for (std::size_t b = c.start; b < c.start + c.length; ++b) expected[b] = u;
    u += c.code_point >= 0x10000 ? 2 : 1;
  }
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    PRECIS_FUZZ_CHECK(mapped[i] == expected[offsets[i]], std::to_string(offsets[i]));
  }
  return 0;
}
