#include "detail/text_class.h"

#include "precis/utf8.h"

namespace precis::detail {

bool is_space_beyond_ascii(char32_t c) {
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_digit_beyond_ascii(char32_t c) {
  return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) ||
         (c >= 0x0966 && c <= 0x096F) || (c >= 0xFF10 && c <= 0xFF19);
}

bool is_ignorable_beyond_ascii(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

bool is_letter_beyond_ascii(char32_t c) {
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c <= 0x024F) return true;                 // Latin-1 letters, Latin Extended-A/B
  if (c >= 0x0250 && c <= 0x02AF) return true;  // IPA
  if (c >= 0x0300 && c <= 0x036F) return true;  // combining marks stay inside words
  if (c >= 0x0370 && c <= 0x03FF) return c != 0x037E && c != 0x0387;                  // Greek
  if (c >= 0x0400 && c <= 0x052F) return c < 0x0482 || c > 0x0489;                    // Cyrillic
  if (c >= 0x0530 && c <= 0x058F) return c != 0x0589;                                 // Armenian
  if (c >= 0x0590 && c <= 0x05FF) return c < 0x05BE || (c >= 0x05D0 && c <= 0x05F2);  // Hebrew
  if (c >= 0x0600 && c <= 0x06FF) {  // Arabic: letters and marks, not its punctuation/digits
    return !(c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4 || is_digit(c));
  }
  if (c >= 0x0900 && c <= 0x0DFF) return c != 0x0964 && c != 0x0965 && !is_digit(c);  // Indic
  if (c >= 0x0E00 && c <= 0x0E7F)
    return c != 0x0E2F && c != 0x0E46 && !(c >= 0x0E50 && c <= 0x0E5B);
  if (c >= 0x0E80 && c <= 0x10FF) return true;  // Lao, Tibetan, Myanmar, Georgian
  if (c >= 0x1100 && c <= 0x11FF) return true;  // Hangul Jamo
  if (c >= 0x1E00 && c <= 0x1FFF) return true;  // Latin Extended Additional, Greek Extended
  if (c >= 0x3040 && c <= 0x30FF) return c != 0x30FB;
  if (c >= 0x3400 && c <= 0x9FFF) return true;
  if (c >= 0xAC00 && c <= 0xD7AF) return true;  // Hangul syllables
  if (c >= 0xF900 && c <= 0xFAFF) return true;
  if (c >= 0xFF21 && c <= 0xFF3A) return true;
  if (c >= 0xFF41 && c <= 0xFF5A) return true;
  if (c >= 0x20000 && c <= 0x2FFFF) return true;
  return false;
}

char32_t to_lower_beyond_ascii(char32_t c) {
  if ((c >= 0xC0 && c <= 0xDE) && c != 0xD7) return c + 32;
  if (c >= 0x0100 && c <= 0x017F) {  // Latin Extended-A alternates upper/lower, with a shift
    if (c == 0x0130) return 'i';
    if (c == 0x0138) return c;  // kra has no uppercase form
    if ((c >= 0x0139 && c <= 0x0148) || (c >= 0x0179 && c <= 0x017E)) return (c % 2) ? c + 1 : c;
    if (c == 0x0178) return 0xFF;
    return (c % 2) ? c : c + 1;
  }
  if (c >= 0x0391 && c <= 0x03AB && c != 0x03A2) return c + 32;  // Greek
  if (c == 0x0386) return 0x03AC;
  if (c >= 0x0388 && c <= 0x038A) return c + 37;
  if (c == 0x038C) return 0x03CC;
  if (c == 0x038E || c == 0x038F) return c + 63;
  if (c >= 0x0410 && c <= 0x042F) return c + 32;  // Cyrillic
  if (c >= 0x0400 && c <= 0x040F) return c + 80;
  if (c >= 0x04C1 && c <= 0x04CE) return (c % 2) ? c + 1 : c;
  if (c == 0x04C0) return 0x04CF;
  if (c >= 0x0460 && c <= 0x052F && c != 0x0482 && !(c >= 0x0483 && c <= 0x0489)) {
    return (c % 2) ? c : c + 1;
  }
  if (c >= 0x0531 && c <= 0x0556) return c + 48;  // Armenian
  if (c >= 0x1E00 && c <= 0x1EFF) return (c % 2) ? c : c + 1;
  if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
  return c;
}

std::string fold_for_matching(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // no ASCII character is ignorable, and ' is already the folded apostrophe
      out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
      ++pos;
      continue;
    }
    const DecodedChar c = decode_utf8(text, pos);
    pos += c.length;
    if (is_ignorable(c.code_point)) continue;
    append_utf8(out, is_apostrophe(c.code_point) ? U'\'' : to_lower(c.code_point));
  }
  return out;
}

}  // namespace precis::detail
