#include "precis/segment.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "detail/line_shape.h"
#include "detail/text_class.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::is_upper;

struct Block {
  std::size_t start;
  std::size_t end;
};

// A lowercase letter of a script with capitals: what continues a sentence after a full stop.
// Arabic, Hebrew or Devanagari letters begin sentences as well as continue them.
bool is_lowercase_letter(char32_t c) {
  return detail::is_letter(c) && !is_upper(c) && detail::is_cased_script(c);
}

// Body lines become blocks; a line ending in a lowercase letter or comma that continues with a
// lowercase letter is a hard-wrapped line and joins the next.
std::vector<Block> body_blocks(std::string_view text, const CleanedArticle& article) {
  std::vector<Block> blocks;
  bool joinable = false;
  for (const Line& line : article.lines) {
    if (line.kind != LineKind::kBody) {
      joinable = false;
      continue;
    }
    if (line.body_start >= line.body_end) continue;
    const DecodedChar first = decode_utf8(text, line.body_start);
    if (joinable && is_lowercase_letter(first.code_point)) {
      blocks.back().end = line.body_end;
    } else {
      blocks.push_back({line.body_start, line.body_end});
    }
    const char last = text[line.body_end - 1];
    joinable = (last >= 'a' && last <= 'z') || last == ',';
  }
  return blocks;
}

// Where the word right before byte `pos` starts.
std::size_t word_start(std::string_view text, std::size_t begin, std::size_t pos) {
  std::size_t start = pos;
  while (start > begin && pos - start < 40) {
    const char ch = text[start - 1];
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '(' || ch == '"' || ch == '\'') break;
    --start;
  }
  return start;
}

// The word right before byte `pos`, folded ("Mr" -> "mr", "U.S" -> "u.s").
std::string word_before(std::string_view text, std::size_t begin, std::size_t pos) {
  const std::size_t start = word_start(text, begin, pos);
  return detail::fold_for_matching(text.substr(start, pos - start));
}

// The word starting at byte `pos`, folded, up to a space or punctuation.
std::string word_at(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t stop = pos;
  while (stop < end && stop - pos < 40) {
    const DecodedChar c = decode_utf8(text.substr(0, end), stop);
    if (!detail::is_letter(c.code_point)) break;
    stop += c.length;
  }
  return detail::fold_for_matching(text.substr(pos, stop - pos));
}

bool is_fullwidth_terminal(char32_t c) { return c == 0x3002 || c == 0xFF01 || c == 0xFF1F; }

// One to three digits: a day or an ordinal, not a year.
bool is_ordinal(std::string_view word) {
  return !word.empty() && word.size() <= 3 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class BlockSplitter {
 public:
  BlockSplitter(std::string_view text, Block block, const LanguageData& language)
      : text_(text.substr(0, block.end)), begin_(block.start), end_(block.end), lang_(language) {}

  // Where the sentence ends if the terminal (or glued comma) at `pos` closes it, else 0.
  std::size_t boundary_after(std::size_t pos, char32_t c, std::size_t length) const {
    std::size_t q = pos + length;
    while (q < end_ && detail::is_sentence_terminal(at(q).code_point)) q += at(q).length;
    std::size_t r = q;
    while (r < end_ && (closes_after_terminal(at(r).code_point) ||
                        detail::is_close_bracket(at(r).code_point))) {
      r += at(r).length;
    }
    if (r >= end_) return end_;
    if (is_fullwidth_terminal(c)) return r;
    r = past_spaced_guillemet(r);
    if (r >= end_) return end_;
    const DecodedChar next = at(r);
    const bool single_dot = c == '.' && q == pos + 1;
    if (!detail::is_space(next.code_point)) {
      return glued_boundary(pos, r, next, single_dot || c == ',') ? r : 0;
    }
    std::size_t n = r;
    while (n < end_ && detail::is_space(at(n).code_point)) n += at(n).length;
    if (n >= end_) return end_;
    const char32_t following = at(n).code_point;
    if (is_lowercase_letter(following)) return 0;
    if (c == ',') return 0;
    if (!single_dot) return r;
    const std::string word = word_before(text_, begin_, pos);
    const std::string next_word = word_at(text_, n, end_);
    // An initial ("John F. Kennedy", "\u0412. \u0412. \u041f\u0443\u0442\u0438\u043d")
    // ends no sentence, unless a function word follows it ("lignes de RER A et B. Les syndicats").
    const DecodedChar initial = at(word_start(text_, begin_, pos));
    if (is_upper(initial.code_point) && code_point_count(word) == 1) {
      const bool function_word =
          code_point_count(next_word) > 1 && lang_.stopwords.contains(next_word);
      return function_word ? r : 0;  // another initial may follow: "\u0412. \u0412."
    }
    // "bis zum 31. Dezember", "der 2. Weltkrieg": German writes ordinals with a full stop and
    // capitalises the noun after them; a year ("1990. Der") or a function word after it still
    // ends the sentence.
    if (lang_.capitalizes_nouns && is_ordinal(word) && !lang_.stopwords.contains(next_word)) {
      return 0;
    }
    if (lang_.abbreviations.contains(word)) {
      // "in the U.S. The" ends a sentence; "Mr. Putin" never does.
      const bool dotted = word.find('.') != std::string::npos;
      return dotted && lang_.stopwords.contains(next_word) ? r : 0;
    }
    return r;
  }

  DecodedChar at(std::size_t pos) const { return decode_utf8(text_, pos); }

  // Right after a full stop every quotation mark closes, German \u201c and \u2018 included
  // ("\u201eWir sind bereit.\u201c Dann").
  static bool closes_after_terminal(char32_t c) {
    return detail::is_close_quote(c) || c == 0x201C || c == 0x2018;
  }

  // French spacing sets a closing guillemet apart ("\u00ab Nous verrons. \u00bb Puis"): the
  // sentence ends after it. Returns the position after it, or `r` when none follows.
  std::size_t past_spaced_guillemet(std::size_t r) const {
    std::size_t g = r;
    while (g < end_ && detail::is_space(at(g).code_point)) g += at(g).length;
    if (g == r || g >= end_ || (at(g).code_point != 0xBB && at(g).code_point != 0x203A)) return r;
    return g + at(g).length;
  }

  // Where the sentence ends if the closing quotation mark at `pos` ends it with the next one
  // glued on ("il n'y avait de probl\u00e8me\"C'est dans ce bunker"), else 0: a word's last
  // letter before it and a capitalised word right after it.
  std::size_t glued_quote_boundary(std::size_t pos, std::size_t length) const {
    if (pos == begin_ || !is_lowercase_letter(decode_utf8(text_, pos - 1).code_point)) return 0;
    return capitalised_word_at(pos + length) ? pos + length : 0;
  }

 private:
  // "end.The", "l'AFP.Revue" and "report,This": scraped text that lost the space after a full
  // stop (or the full stop itself). Only a lowercase word or an acronym before and a capitalised
  // word after count, and after a comma only a capitalised stopword ("This", "The"), so
  // "Washington,DC" stays whole.
  bool glued_boundary(std::size_t pos, std::size_t r, DecodedChar next, bool dot_or_comma) const {
    if (!dot_or_comma || !is_upper(next.code_point) || pos == begin_) return false;
    const std::string word = word_before(text_, begin_, pos);
    if (word.size() < 2 || lang_.abbreviations.contains(word)) return false;
    if (!is_lowercase_letter(decode_utf8(text_, pos - 1).code_point) &&
        !is_acronym(pos - word.size(), pos)) {
      return false;
    }
    if (!capitalised_word_at(r)) return false;
    if (text_[pos] == ',') return lang_.stopwords.contains(word_at(text_, r, end_));
    return true;
  }

  // Bytes [from, to) are two or more capital letters and nothing else ("AFP", not "U.S").
  bool is_acronym(std::size_t from, std::size_t to) const {
    if (to < from + 2 || from < begin_) return false;
    for (std::size_t p = from; p < to;) {
      const DecodedChar c = at(p);
      if (!is_upper(c.code_point)) return false;
      p += c.length;
    }
    return true;
  }

  // A capital letter at `pos` followed by a lowercase one, or by an elision's apostrophe
  // ("C'est", "L\u2019homme"): the first word of a sentence.
  bool capitalised_word_at(std::size_t pos) const {
    if (pos >= end_ || !is_upper(at(pos).code_point)) return false;
    std::size_t after = pos + at(pos).length;
    if (after < end_ && (at(after).code_point == '\'' || at(after).code_point == 0x2019)) {
      after += at(after).length;
      return after < end_ && detail::is_letter(at(after).code_point);
    }
    return after < end_ && is_lowercase_letter(at(after).code_point);
  }

  std::string_view text_;
  std::size_t begin_;
  std::size_t end_;
  const LanguageData& lang_;
};

void emit(std::string_view text, std::size_t start, std::size_t end, std::size_t paragraph,
          std::vector<Sentence>& out) {
  auto [first, last] = detail::trim_span(text, start, end);
  // "according to report,This": a sentence that ends at a glued comma ends before it.
  if (last > first && text[last - 1] == ',') {
    std::tie(first, last) = detail::trim_span(text, first, last - 1);
  }
  for (std::size_t pos = first; pos < last;) {
    const DecodedChar c = decode_utf8(text.substr(0, last), pos);
    if (detail::is_letter(c.code_point) || detail::is_digit(c.code_point)) {
      out.push_back({first, last, paragraph});
      return;
    }
    pos += c.length;
  }
}

void split_block(std::string_view text, Block block, std::size_t paragraph,
                 const LanguageData& language, std::vector<Sentence>& out) {
  const BlockSplitter splitter(text, block, language);
  std::size_t sentence_start = block.start;
  std::size_t last_space = block.start;
  for (std::size_t pos = block.start; pos < block.end;) {
    const DecodedChar c = splitter.at(pos);
    if (detail::is_space(c.code_point)) last_space = pos;
    const bool closing_quote =
        c.code_point == '"' || c.code_point == 0x201D || c.code_point == 0xBB;
    if (detail::is_sentence_terminal(c.code_point) || c.code_point == ',' || closing_quote) {
      const std::size_t boundary = closing_quote
                                       ? splitter.glued_quote_boundary(pos, c.length)
                                       : splitter.boundary_after(pos, c.code_point, c.length);
      if (boundary != 0) {
        emit(text, sentence_start, boundary, paragraph, out);
        sentence_start = pos = boundary;
        continue;
      }
    }
    pos += c.length;
    if (pos - sentence_start > kMaxSentenceBytes) {
      const std::size_t cut =
          last_space > sentence_start + kMaxSentenceBytes / 2 ? last_space : pos;
      emit(text, sentence_start, cut, paragraph, out);
      sentence_start = pos = cut;
    }
  }
  emit(text, sentence_start, block.end, paragraph, out);
}

}  // namespace

std::vector<Sentence> segment(std::string_view text, const CleanedArticle& article,
                              const LanguageData& language) {
  std::vector<Sentence> sentences;
  const std::vector<Block> blocks = body_blocks(text, article);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    split_block(text, blocks[i], i, language, sentences);
  }
  return sentences;
}

}  // namespace precis
