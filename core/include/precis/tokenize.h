// Word tokenization with byte offsets into the original text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/language.h"

namespace precis {

enum class TokenKind {
  kWord,    // letters (and digits / inner apostrophes / hyphens mixed in)
  kNumber,  // digits with inner , . : / as in "6,700", "2.5", "12:30"
  kPunct,   // one punctuation or symbol character
};

struct Token {
  std::size_t start = 0;  // byte offset into the original text
  std::size_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool capitalized = false;  // first letter is uppercase ("Putin", "NATO", "U.S")
  bool all_caps = false;     // two or more letters, none lowercase ("NATO", "U.S")
  std::string norm;          // folded form for matching: lowercase, apostrophes as '
};

// Tokenizes text[begin, end). Words keep inner hyphens ("full-scale") and dots between single
// letters ("U.S"); English possessive "'s" becomes its own token; with
// language.splits_elisions, "l'aggressione" becomes "l'" + "aggressione". Characters of scripts
// written without spaces (CJK, kana) are one token each. Invalid UTF-8 is skipped as punctuation.
// O(end - begin).
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end,
                            const LanguageData& language);

// tokenize, appending to `out`: a document's sentences share one token array.
void append_tokens(std::string_view text, std::size_t begin, std::size_t end,
                   const LanguageData& language, std::vector<Token>& out);

// True for a token that is one character of a script written without spaces (CJK, kana, Thai):
// documents index runs of them as character bigrams. O(1).
bool is_unspaced_character(std::string_view text, const Token& token) noexcept;

}  // namespace precis
