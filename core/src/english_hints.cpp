#include "detail/english_hints.h"

#include <algorithm>
#include <iterator>

namespace precis::detail {

bool ends_with(const std::string& word, std::string_view suffix) {
  if (word.size() <= suffix.size() + 2) return false;
  // A byte loop: suffixes are a few bytes, and word_ids asks about every token several times.
  const char* tail = word.data() + (word.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (tail[i] != suffix[i]) return false;
  }
  return true;
}

bool after_verb_marker(const Document& doc, std::size_t t) {
  if (t == 0 || doc.tokens[t - 1].kind != TokenKind::kWord) return false;
  const std::string_view prev = doc.tokens[t - 1].norm;
  constexpr std::string_view kMarkers[] = {"we",     "they",  "it",  "can",   "cannot",
                                           "will",   "would", "may", "might", "must",
                                           "should", "could", "also"};
  return std::find(std::begin(kMarkers), std::end(kMarkers), prev) != std::end(kMarkers);
}

bool third_person_verb(const Document& doc, std::size_t t) {
  const std::string& word = doc.tokens[t].norm;
  if (!ends_with(word, "s") || ends_with(word, "ss") || ends_with(word, "us")) return false;
  if (t == 0 || t + 1 >= doc.tokens.size()) return false;
  const Token& prev = doc.tokens[t - 1];
  const Token& next = doc.tokens[t + 1];
  if (prev.kind != TokenKind::kWord || doc.terms[t - 1] < 0 || next.kind != TokenKind::kWord) {
    return false;
  }
  for (const char* determiner : {"the", "a", "an", "this", "these", "its", "their", "our"}) {
    if (next.norm == determiner) return true;
  }
  // "This paper addresses robust ...": the subject of a sentence is its opening determiner and
  // noun, so the -s word after them is its verb.
  if (t >= 2 && (t == 2 || doc.tokens[t - 3].kind == TokenKind::kPunct)) {
    const std::string& first = doc.tokens[t - 2].norm;
    if (first == "this" || first == "the" || first == "our") return true;
  }
  return false;
}

bool adjective(const std::string& word) {
  for (const char* suffix : {"ous", "ful", "ive", "able", "ible", "al", "ic"}) {
    if (ends_with(word, suffix)) return true;
  }
  return false;
}

}  // namespace precis::detail
