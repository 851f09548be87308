#include "precis/tokenize.h"

#include "detail/text_class.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::is_apostrophe;
using detail::is_digit;
using detail::is_letter;

struct Cursor {
  std::string_view text;
  std::size_t end;
  // The character at pos, or U+0000 at the end of the range.
  DecodedChar at(std::size_t pos) const {
    if (pos >= end) return {0, 0, true};
    return decode_utf8(text.substr(0, end), pos);
  }
};

bool is_word_char(char32_t c) {
  return (is_letter(c) || is_digit(c)) && !detail::is_unspaced_script(c);
}

// Where the word starting at `start` ends, and where a possessive "'s" or an elided article
// splits it. Words are letters and digits, joined by inner hyphens, apostrophes, and by the
// separators of numbers ("6,700") and dotted acronyms ("U.S").
struct WordScan {
  std::size_t end;
  bool has_letter;
  bool possessive_follows;  // "'s" right after `end`
};

WordScan scan_word(const Cursor& cur, std::size_t start, bool split_elisions) {
  WordScan scan{start, false, false};
  std::size_t pos = start;
  std::size_t segment_letters = 0;  // letters since the last dot, for acronyms
  bool dotted_acronym = true;
  while (pos < cur.end) {
    const DecodedChar c = cur.at(pos);
    if (is_word_char(c.code_point) || (c.code_point >= 0x300 && c.code_point <= 0x36F)) {
      scan.has_letter |= is_letter(c.code_point);
      segment_letters += is_letter(c.code_point) ? 1 : 0;
      if (segment_letters > 1) dotted_acronym = false;
      pos += c.length;
      continue;
    }
    const DecodedChar next = cur.at(pos + c.length);
    const bool next_word = is_word_char(next.code_point);
    const DecodedChar prev = decode_utf8(cur.text, pos - 1 < start ? start : pos - 1);
    if (is_apostrophe(c.code_point) && next_word) {
      const DecodedChar after = cur.at(pos + c.length + next.length);
      if ((next.code_point == 's' || next.code_point == 'S') && !is_word_char(after.code_point)) {
        scan.possessive_follows = true;
        break;
      }
      if (split_elisions) {
        pos += c.length;  // "l'" keeps its apostrophe
        break;
      }
      pos += c.length;
      continue;
    }
    if (detail::is_hyphen(c.code_point) && next_word) {
      dotted_acronym = false;
      pos += c.length;
      continue;
    }
    const bool between_digits = is_digit(prev.code_point) && is_digit(next.code_point);
    if ((c.code_point == ',' || c.code_point == '.' || c.code_point == ':' ||
         c.code_point == '/') &&
        between_digits) {
      pos += c.length;
      continue;
    }
    if (c.code_point == '.' && dotted_acronym && segment_letters == 1 &&
        is_letter(next.code_point)) {
      const DecodedChar after = cur.at(pos + c.length + next.length);
      if (!is_word_char(after.code_point)) {
        segment_letters = 0;
        pos += c.length;
        continue;
      }
    }
    break;
  }
  scan.end = pos;
  return scan;
}

Token make_token(std::string_view text, std::size_t start, std::size_t end, TokenKind kind) {
  Token token;
  token.start = start;
  token.end = end;
  token.kind = kind;
  token.norm = detail::fold_for_matching(text.substr(start, end - start));
  if (kind != TokenKind::kWord) return token;
  int letters = 0;
  int upper = 0;
  bool first_letter_seen = false;
  for (std::size_t pos = start; pos < end;) {
    const DecodedChar c = decode_utf8(text.substr(0, end), pos);
    pos += c.length;
    if (!is_letter(c.code_point)) continue;
    ++letters;
    const bool up = detail::is_upper(c.code_point);
    upper += up ? 1 : 0;
    if (!first_letter_seen) token.capitalized = up;
    first_letter_seen = true;
  }
  token.all_caps = letters >= 2 && upper == letters;
  return token;
}

// Vowel signs and tone marks of Thai, Lao, Khmer and Myanmar, which Unicode counts as marks, not
// letters (checked against UnicodeData: categories Mn and Mc in these blocks).
bool is_combining_mark(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E) ||  // Thai
         c == 0x0EB1 || (c >= 0x0EB4 && c <= 0x0EBC) || (c >= 0x0EC8 && c <= 0x0ECE) ||  // Lao
         (c >= 0x17B4 && c <= 0x17D3) || c == 0x17DD ||                                  // Khmer
         (c >= 0x102B && c <= 0x103E) || (c >= 0x1056 && c <= 0x1059) ||                 // Myanmar
         (c >= 0x105E && c <= 0x1060) || (c >= 0x1062 && c <= 0x1064) ||
         (c >= 0x1067 && c <= 0x106D) || (c >= 0x1071 && c <= 0x1074) ||
         (c >= 0x1082 && c <= 0x108D) || c == 0x108F || (c >= 0x109A && c <= 0x109D) ||
         c == 0x3099 || c == 0x309A;  // kana voicing marks
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end,
                            const LanguageData& language) {
  std::vector<Token> tokens;
  append_tokens(text, begin, end, language, tokens);
  return tokens;
}

void append_tokens(std::string_view text, std::size_t begin, std::size_t end,
                   const LanguageData& language, std::vector<Token>& tokens) {
  const Cursor cur{text, end};
  std::size_t pos = begin;
  while (pos < end) {
    const DecodedChar c = cur.at(pos);
    if (detail::is_space(c.code_point) || detail::is_ignorable(c.code_point)) {
      pos += c.length;
      continue;
    }
    if (is_word_char(c.code_point)) {
      const WordScan scan = scan_word(cur, pos, language.splits_elisions);
      tokens.push_back(
          make_token(text, pos, scan.end, scan.has_letter ? TokenKind::kWord : TokenKind::kNumber));
      pos = scan.end;
      if (scan.possessive_follows) {
        const DecodedChar apostrophe = cur.at(pos);
        const std::size_t clitic_end = pos + apostrophe.length + 1;
        tokens.push_back(make_token(text, pos, clitic_end, TokenKind::kPunct));
        pos = clitic_end;
      }
      continue;
    }
    const bool unspaced_letter =
        detail::is_unspaced_script(c.code_point) && is_letter(c.code_point);
    std::size_t token_end = pos + c.length;
    // Thai, Lao, Khmer and Myanmar write vowel signs and tone marks after the letter they belong
    // to: they stay with it (ม่, a consonant and its tone mark, is one token).
    while (unspaced_letter && token_end < end) {
      const DecodedChar mark = cur.at(token_end);
      if (!is_combining_mark(mark.code_point)) break;
      token_end += mark.length;
    }
    tokens.push_back(
        make_token(text, pos, token_end, unspaced_letter ? TokenKind::kWord : TokenKind::kPunct));
    pos = token_end;
  }
}

bool is_unspaced_character(std::string_view text, const Token& token) noexcept {
  if (token.kind != TokenKind::kWord || token.start >= text.size()) return false;
  const DecodedChar c = decode_utf8(text, token.start);
  // One letter, with the marks written after it (tokenize keeps them together).
  if (!detail::is_unspaced_script(c.code_point)) return false;
  for (std::size_t pos = token.start + c.length; pos < token.end;) {
    const DecodedChar mark = decode_utf8(text.substr(0, token.end), pos);
    if (!is_combining_mark(mark.code_point)) return false;
    pos += mark.length;
  }
  return true;
}

}  // namespace precis
