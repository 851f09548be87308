// Character classes and case folding for the scripts news is written in. Deliberately small:
// exact for ASCII, Latin-1, Latin Extended-A/B, Greek and Cyrillic; a sensible default elsewhere.
#pragma once

#include <string>
#include <string_view>

namespace precis::detail {

// The classes every pass over the text asks about are inline for ASCII; the rest of Unicode is
// answered by the *_beyond_ascii functions (c >= 0x80).
bool is_space_beyond_ascii(char32_t c);
bool is_letter_beyond_ascii(char32_t c);
bool is_digit_beyond_ascii(char32_t c);
bool is_ignorable_beyond_ascii(char32_t c);
char32_t to_lower_beyond_ascii(char32_t c);

// Includes NBSP, line/paragraph separators, ideographic space.
inline bool is_space(char32_t c) {
  return c < 0x80 ? c == ' ' || (c >= 0x09 && c <= 0x0D) : is_space_beyond_ascii(c);
}
// Alphabetic in any script (CJK ideographs and kana included).
inline bool is_letter(char32_t c) {
  return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : is_letter_beyond_ascii(c);
}
// ASCII and other decimal digits.
inline bool is_digit(char32_t c) {
  return c < 0x80 ? c >= '0' && c <= '9' : is_digit_beyond_ascii(c);
}
// Zero-width and bidi controls, soft hyphen, BOM: none is ASCII.
inline bool is_ignorable(char32_t c) { return c >= 0x80 && is_ignorable_beyond_ascii(c); }
inline char32_t to_lower(char32_t c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : to_lower_beyond_ascii(c);
}
// Has a lowercase mapping that differs.
inline bool is_upper(char32_t c) { return to_lower(c) != c; }
// Latin, Greek, Cyrillic and Armenian (and their extensions) write capitals; Arabic, Hebrew,
// Georgian, the Indic scripts, Thai and CJK do not, so their letters are neither upper nor lower.
inline bool is_cased_script(char32_t c) {
  return c < 0x0590 || (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0x2C00 && c <= 0x2C7F) ||
         (c >= 0x2DE0 && c <= 0x2DFF) || (c >= 0xA640 && c <= 0xA69F) ||
         (c >= 0xA720 && c <= 0xA7FF) || (c >= 0xFF21 && c <= 0xFF5A);
}

// Small comparisons asked about every character: inline.

// ' and its typographic forms.
inline bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

// - and Unicode hyphens (not dashes).
inline bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// En/em dashes, used as clause separators.
inline bool is_dash(char32_t c) { return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015; }

// " ' and typographic openers, guillemets.
inline bool is_open_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x00AB ||
         c == 0x2039 || c == 0x300C || c == 0x300E;
}

// " ' and typographic closers, guillemets.
inline bool is_close_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x203A ||
         c == 0x300D || c == 0x300F;
}

inline bool is_open_bracket(char32_t c) { return c == '(' || c == '[' || c == '{' || c == 0xFF08; }

inline bool is_close_bracket(char32_t c) { return c == ')' || c == ']' || c == '}' || c == 0xFF09; }

// . ! ? and their fullwidth / ellipsis forms.
inline bool is_sentence_terminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F || c == 0xFF0E || c == 0x061F || c == 0x06D4 || c == 0x0964 || c == 0x0965;
}

// Ideographic / syllabic scripts written without spaces (CJK, kana, Thai, Lao, Khmer, Myanmar).
inline bool is_unspaced_script(char32_t c) {
  return (c >= 0x0E00 && c <= 0x0EFF) ||  // Thai, Lao
         (c >= 0x1000 && c <= 0x109F) ||  // Myanmar
         (c >= 0x1780 && c <= 0x17FF) ||  // Khmer
         (c >= 0x3040 && c <= 0x30FF) ||  // Hiragana, Katakana
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// Lowercases UTF-8 (invalid bytes become U+FFFD), folds typographic apostrophes to ', and drops
// ignorable characters: the form used for matching, never for output.
std::string fold_for_matching(std::string_view text);

}  // namespace precis::detail
