// Character classes and case folding for the scripts news is written in. Deliberately small:
// exact for ASCII, Latin-1, Latin Extended-A/B, Greek and Cyrillic; a sensible default elsewhere.
#pragma once

#include <string>
#include <string_view>

namespace precis::detail {

bool is_space(char32_t c);        // includes NBSP, line/paragraph separators, ideographic space
bool is_letter(char32_t c);       // alphabetic in any script (CJK ideographs and kana included)
bool is_digit(char32_t c);        // ASCII and other decimal digits
bool is_upper(char32_t c);        // has a lowercase mapping that differs
bool is_apostrophe(char32_t c);   // ' and its typographic forms
bool is_hyphen(char32_t c);       // - and Unicode hyphens (not dashes)
bool is_dash(char32_t c);         // en/em dashes, used as clause separators
bool is_open_quote(char32_t c);   // " ' and typographic openers, guillemets
bool is_close_quote(char32_t c);  // " ' and typographic closers, guillemets
bool is_open_bracket(char32_t c);
bool is_close_bracket(char32_t c);
bool is_sentence_terminal(char32_t c);  // . ! ? and their fullwidth / ellipsis forms
bool is_ignorable(char32_t c);          // zero-width and bidi controls, soft hyphen, BOM
// Ideographic / syllabic scripts written without spaces (CJK, kana, Thai, Lao, Khmer, Myanmar).
bool is_unspaced_script(char32_t c);

char32_t to_lower(char32_t c);

// Lowercases UTF-8 (invalid bytes become U+FFFD), folds typographic apostrophes to ', and drops
// ignorable characters: the form used for matching, never for output.
std::string fold_for_matching(std::string_view text);

}  // namespace precis::detail
