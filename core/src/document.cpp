#include "precis/document.h"

#include <algorithm>
#include <deque>
#include <iterator>

#include "detail/word_ids.h"
#include "precis/langid.h"
#include "precis/stem.h"
#include "precis/utf8.h"

namespace precis {
namespace {

bool is_language_code(std::string_view code) {
  const std::size_t primary = std::min(code.find_first_of("-_"), code.size());
  if (primary < 2 || primary > 3 || code.size() > 16) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
  });
}

// Cuts at most max_bytes of text at a UTF-8 character boundary.
std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes) {
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

bool is_hiragana(std::string_view character) {
  const char32_t c = decode_utf8(character, 0).code_point;
  return c >= 0x3040 && c <= 0x309F;
}

// Maps folded words to term ids, stemming each distinct word once. The tokens it is given must
// outlive it.
class TermTable {
  static constexpr std::size_t kPresizedWords = 4096;

 public:
  // `tokens`: how many the table will see. A text of n tokens has fewer than n / 2 distinct
  // words past a few hundred tokens; the cap keeps a huge text from sizing for its worst case.
  TermTable(const LanguageData& language, std::size_t tokens)
      : language_(language),
        stemmer_(language.stemmer),
        by_word_(std::min<std::size_t>(tokens / 2, kPresizedWords)),
        by_stem_(std::min<std::size_t>(tokens / 2, kPresizedWords)) {}

  int term_of(const Token& token) {
    if (token.kind == TokenKind::kPunct || token.norm.size() > kMaxTermBytes) return -1;
    // Stopwords are cached too (as -1): most tokens are repeats, and a hash lookup is cheaper
    // than the stopword list's binary search. Elided articles ("l'") stay terms: the summary
    // weights were tuned with them, and without them OrangeSum fell below LEAD-3.
    if (const int* cached = by_word_.find(token.norm)) return *cached;
    int id = -1;
    if (!language_.stopwords.contains(token.norm)) {
      id = id_of_stem(token.kind == TokenKind::kWord ? stemmer_.stem(token.norm) : token.norm);
    }
    by_word_.insert(token.norm, id);
    return id;
  }

  // A character bigram of a script written without spaces: a stopword when it or either of its
  // characters is one ("我们", or anything with "的"), or when it holds hiragana, which in
  // Japanese spells particles and endings while names and nouns are kanji and katakana.
  int term_of_bigram(std::string_view first, std::string_view second) {
    const std::string bigram = std::string(first) + std::string(second);
    if (language_.stopwords.contains(bigram) || language_.stopwords.contains(first) ||
        language_.stopwords.contains(second) || is_hiragana(first) || is_hiragana(second)) {
      return -1;
    }
    return id_of_stem(bigram);
  }

  // The stems by id. The table is not used after this.
  std::vector<std::string> take_stems() {
    return {std::make_move_iterator(stems_.begin()), std::make_move_iterator(stems_.end())};
  }

 private:
  int id_of_stem(std::string stem) {
    if (const int* known = by_stem_.find(stem)) return *known;
    const int id = static_cast<int>(stems_.size());
    stems_.push_back(std::move(stem));
    by_stem_.insert(stems_.back(), id);
    return id;
  }

  const LanguageData& language_;
  Stemmer stemmer_;
  detail::WordIds by_word_;  // views of the tokens' norms: the tokens outlive the table
  detail::WordIds by_stem_;  // views of stems_, which a deque never moves
  std::deque<std::string> stems_;
};

// The term of each of tokens[begin, end). Scripts written without spaces have no words to stem:
// a run of their characters becomes overlapping character bigrams, the usual unit for Chinese,
// Japanese and Thai retrieval. A character stands for the bigram it starts; the last of a run
// has none, unless the run is that one character.
void add_terms(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
               std::size_t end, TermTable& terms, std::vector<int>& out) {
  for (std::size_t t = begin; t < end; ++t) {
    const Token& token = tokens[t];
    if (!is_unspaced_character(text, token)) {
      out.push_back(terms.term_of(token));
      continue;
    }
    const bool next = t + 1 < end && tokens[t + 1].start == token.end &&
                      is_unspaced_character(text, tokens[t + 1]);
    const bool previous =
        t > begin && tokens[t - 1].end == token.start && is_unspaced_character(text, tokens[t - 1]);
    if (next) {
      out.push_back(terms.term_of_bigram(token.norm, tokens[t + 1].norm));
    } else {
      out.push_back(previous ? -1 : terms.term_of(token));
    }
  }
}

std::vector<int> title_terms(std::string_view title, const std::vector<Token>& tokens,
                             TermTable& terms) {
  std::vector<int> ids;
  add_terms(title, tokens, 0, tokens.size(), terms, ids);
  ids.erase(std::remove(ids.begin(), ids.end(), -1), ids.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Result<bool> resolve_language(std::string_view text, const DocumentOptions& options,
                              Document& doc) {
  if (options.lang.empty() || options.lang == "auto") {
    LanguageGuess guess = detect_language(
        text, options.resources != nullptr ? options.resources->language_id : nullptr);
    doc.lang = std::move(guess.code);
    doc.lang_score = guess.score;
  } else if (is_language_code(options.lang)) {
    doc.lang = primary_language_code(options.lang);
  } else {
    return Error{ErrorCode::kInvalidOptions,
                 "lang must be an ISO 639-1 code such as \"en\", or \"auto\""};
  }
  const LanguageData* data = options.resources != nullptr ? options.resources->language(doc.lang)
                                                          : find_language(doc.lang);
  doc.language = data != nullptr ? data : &neutral_language();
  return true;
}

// Binary data (an image, an archive, a program) or text in an encoding other than UTF-8 (UTF-16
// is half NUL bytes): more than one in ten of the first 64 KiB's characters are invalid UTF-8 or
// control characters, and more than a few. A page of U+FFFD is no article; real text, even
// Latin-1 read as UTF-8 ("caf\xe9"), stays far below. Returns that share in percent, or 0.
int non_text_percent(std::string_view text) {
  const std::string_view head = text.substr(0, std::size_t{64} << 10);
  std::size_t characters = 0;
  std::size_t bad = 0;
  for (std::size_t pos = 0; pos < head.size();) {
    const DecodedChar c = decode_utf8(head, pos);
    pos += c.length;
    ++characters;
    const bool control = c.code_point < 0x20 && c.code_point != '\t' && c.code_point != '\n' &&
                         c.code_point != '\r' && c.code_point != '\f';
    bad += !c.valid || control || c.code_point == 0x7F ? 1 : 0;
  }
  // A few stray bytes in a short text ("Bad \xff Bytes") are a damaged article, not binary.
  constexpr std::size_t kFewBadCharacters = 16;
  if (bad <= kFewBadCharacters || bad * 10 <= characters) return 0;
  return static_cast<int>(bad * 100 / characters);
}

}  // namespace

Result<Document> build_document(std::string_view text, const DocumentOptions& options) {
  Document doc;
  if (text.size() > options.max_input_bytes) {
    if (!options.truncate_too_large) {
      return Error{ErrorCode::kInputTooLarge, "input is " + std::to_string(text.size()) +
                                                  " bytes; maxInputBytes is " +
                                                  std::to_string(options.max_input_bytes)};
    }
    text = truncate_utf8(text, options.max_input_bytes);
    doc.truncated = true;
  }
  if (const int percent = non_text_percent(text); percent > 0) {
    return Error{ErrorCode::kEmptyInput,
                 "the input looks like binary data, not text: " + std::to_string(percent) +
                     "% of its characters are control characters or bytes that are not UTF-8"};
  }
  doc.text = text;
  const Result<bool> resolved = resolve_language(text, options, doc);
  if (!resolved) return resolved.error();
  const LanguageData& language = *doc.language;

  doc.article = clean(text, CleanOptions{options.title});
  doc.sentences = segment(text, doc.article, language);
  if (doc.sentences.empty()) {
    return Error{ErrorCode::kEmptyInput, "the input has no sentence to work on"};
  }
  doc.sentence_tokens.reserve(doc.sentences.size() + 1);
  for (const Sentence& sentence : doc.sentences) {
    doc.sentence_tokens.push_back(doc.tokens.size());
    append_tokens(text, sentence.start, sentence.end, language, doc.tokens);
  }
  doc.sentence_tokens.push_back(doc.tokens.size());

  TermTable terms(language, doc.tokens.size());
  doc.terms.reserve(doc.tokens.size());
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    add_terms(text, doc.tokens, doc.sentence_tokens[s], doc.sentence_tokens[s + 1], terms,
              doc.terms);
  }

  if (!options.title.empty()) {
    doc.title = to_valid_utf8(options.title);
  } else if (doc.article.headline_line != static_cast<std::size_t>(-1)) {
    const Line& line = doc.article.lines[doc.article.headline_line];
    doc.title = to_valid_utf8(text.substr(line.body_start, line.body_end - line.body_start));
  }
  const std::vector<Token> title_tokens = tokenize(doc.title, 0, doc.title.size(), language);
  doc.title_terms = title_terms(doc.title, title_tokens, terms);
  doc.term_stems = terms.take_stems();
  return doc;
}

}  // namespace precis
