// One article, analysed once: cleaned, segmented, tokenized and stemmed. Summaries and tags are
// both computed from a Document, so `analyze` does the expensive part only once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/clean.h"
#include "precis/error.h"
#include "precis/language.h"
#include "precis/limits.h"
#include "precis/resources.h"
#include "precis/segment.h"
#include "precis/tokenize.h"

namespace precis {

struct DocumentOptions {
  // ISO 639-1 code; empty or "auto" detects it. A code without data (no stopwords, no stemmer)
  // is processed with neutral rules and reported as given.
  std::string lang;
  std::string title;  // optional title given by the caller
  std::size_t max_input_bytes = kDefaultMaxInputBytes;
  bool truncate_too_large = false;       // past max_input_bytes: cut at a character boundary
  const Resources* resources = nullptr;  // the language-ID model, when loaded
};

struct Document {
  std::string_view text;  // the input, or its truncated prefix; all offsets index it
  std::string lang;       // the language used ("und" when unknown)
  double lang_score = 1.0;
  const LanguageData* language = nullptr;  // never null: neutral_language() when unknown
  CleanedArticle article;
  std::string title;  // the caller's title, or the headline line's text (valid UTF-8)
  bool truncated = false;

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;                 // the tokens of all sentences, in order
  std::vector<std::size_t> sentence_tokens;  // sentence i owns tokens [st[i], st[i + 1])
  // Per token: the id of its stem, or -1 for stopwords, punctuation and over-long tokens.
  std::vector<int> terms;
  std::vector<std::string> term_stems;  // id -> stem
  std::vector<int> title_terms;         // sorted, unique term ids of the title / headline
};

// Errors: kInputTooLarge (unless truncate_too_large), kEmptyInput when no sentence is found,
// kInvalidOptions for a malformed lang code. O(n) in the input size.
Result<Document> build_document(std::string_view text, const DocumentOptions& options);

}  // namespace precis
