#include "detail/acronyms.h"

#include <string>
#include <string_view>

namespace precis::detail {
namespace {

constexpr std::size_t kMinLetters = 2;
constexpr std::size_t kMaxLetters = 5;  // the longest key phrase

bool is_punct(const Document& doc, std::size_t t, char c) {
  const Token& token = doc.tokens[t];
  return token.kind == TokenKind::kPunct && token.end == token.start + 1 &&
         doc.text[token.start] == c;
}

// The acronym's letters, lowercase, without a plural "s" ("PDEs"); empty when it is not one.
std::string letters_of(const Document& doc, std::size_t t) {
  const Token& token = doc.tokens[t];
  if (token.kind != TokenKind::kWord) return {};
  std::string_view text = doc.text.substr(token.start, token.end - token.start);
  if (text.size() > kMinLetters && text.back() == 's') text.remove_suffix(1);
  if (text.size() < kMinLetters || text.size() > kMaxLetters) return {};
  std::string letters;
  for (const char c : text) {
    if (c < 'A' || c > 'Z') return {};
    letters.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return letters;
}

// The initials a word gives: its first letter, or with `parts` the first letter of each
// hyphenated part ("signed-digit" gives "sd", as in "modified signed-digit (MSD)").
std::string initials_of(const std::string& word, bool parts) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i == 0 || (parts && word[i - 1] == '-')) out.push_back(word[i]);
  }
  return out;
}

// How many words just before token `end` spell `letters` with their initials (0: none).
// Stopwords count ("initial value problems (IVPs)": the acronym still names that phrase, even
// though the phrase cannot be a key phrase with the stoplist cutting it).
std::size_t spelling_words(const Document& doc, std::size_t end, const std::string& letters) {
  for (const bool parts : {false, true}) {
    std::string spelled;
    std::size_t t = end;
    while (spelled.size() < letters.size() && t > 0) {
      --t;
      const Token& word = doc.tokens[t];
      if (word.kind != TokenKind::kWord) break;
      spelled.insert(0, initials_of(word.norm, parts));
    }
    if (spelled == letters) return end - t;
  }
  return 0;
}

}  // namespace

Acronyms find_acronyms(const Document& doc) {
  const std::size_t n = doc.tokens.size();
  Acronyms out{{}, std::vector<int>(n, -1)};
  std::vector<int> definition_of_term(doc.term_stems.size(), -1);
  for (std::size_t t = 1; t + 1 < n; ++t) {
    if (doc.terms[t] < 0 || !is_punct(doc, t - 1, '(') || !is_punct(doc, t + 1, ')')) continue;
    const std::string letters = letters_of(doc, t);
    const std::size_t words = letters.empty() ? 0 : spelling_words(doc, t - 1, letters);
    if (words == 0) continue;
    int& definition = definition_of_term[static_cast<std::size_t>(doc.terms[t])];
    if (definition != -1) continue;
    definition = static_cast<int>(out.definitions.size());
    out.definitions.push_back({t - 1 - words, t - 1, t});
  }
  for (std::size_t t = 0; t < n; ++t) {
    if (doc.terms[t] >= 0 && !letters_of(doc, t).empty()) {
      out.definition_of[t] = definition_of_term[static_cast<std::size_t>(doc.terms[t])];
    }
  }
  return out;
}

}  // namespace precis::detail
