#include "detail/line_shape.h"

#include "detail/text_class.h"
#include "precis/utf8.h"

namespace precis::detail {

LineShape measure_line(std::string_view line, std::size_t word_limit) {
  LineShape shape;
  bool in_word = false;
  bool word_has_alnum = false;
  bool word_capitalized = false;
  std::size_t word_letters = 0;
  bool after_terminal_space = false;  // saw a terminal and then whitespace
  bool after_terminal = false;
  char32_t last_visible = 0;
  auto end_word = [&] {
    if (in_word && word_has_alnum) ++shape.words;
    if (in_word && word_letters >= 4) {
      ++shape.long_words;
      shape.capitalized_long += word_capitalized ? 1 : 0;
    }
    in_word = false;
  };
  for (std::size_t pos = 0; pos < line.size();) {
    const DecodedChar c = decode_utf8(line, pos);
    pos += c.length;
    const char32_t cp = c.code_point;
    if (is_ignorable(cp)) continue;
    if (is_space(cp)) {
      end_word();
      if (shape.words > word_limit && shape.has_letter) return shape;
      after_terminal_space = after_terminal;
      continue;
    }
    if (after_terminal_space && is_upper(cp)) ++shape.sentence_breaks;
    after_terminal_space = false;
    if (!is_close_quote(cp) && !is_close_bracket(cp)) after_terminal = is_sentence_terminal(cp);
    if (!in_word) {
      in_word = true;
      word_has_alnum = false;
      word_letters = 0;
      word_capitalized = is_upper(cp);
    }
    const bool letter = is_letter(cp);
    word_has_alnum |= letter || is_digit(cp);
    word_letters += letter ? 1 : 0;
    shape.has_letter |= letter;
    if (!is_close_quote(cp) && !is_close_bracket(cp)) last_visible = cp;
  }
  end_word();
  shape.ends_with_terminal = is_sentence_terminal(last_visible);
  return shape;
}

std::pair<std::size_t, std::size_t> trim_span(std::string_view text, std::size_t begin,
                                              std::size_t end) {
  std::size_t first = begin;
  while (first < end) {
    const DecodedChar c = decode_utf8(text.substr(0, end), first);
    if (!is_space(c.code_point) && !is_ignorable(c.code_point)) break;
    first += c.length;
  }
  // Backwards from the end, so a line or sentence costs its trailing whitespace, not its length.
  // Every byte that is not a continuation byte starts a character in the forward decoding (the
  // decoder never swallows one into the sequence before it), so the character ending at `last`
  // starts at the nearest such byte, provided decoding from there ends exactly at `last`;
  // otherwise the bytes before `last` are an invalid subpart, a visible U+FFFD.
  std::size_t last = end;
  while (last > first) {
    std::size_t start = last - 1;
    while (start > first && last - start < 4 &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
      --start;
    }
    const DecodedChar c = decode_utf8(text.substr(0, last), start);
    if (start + c.length != last || !c.valid) break;
    if (!is_space(c.code_point) && !is_ignorable(c.code_point)) break;
    last = start;
  }
  return {first, last};
}

}  // namespace precis::detail
