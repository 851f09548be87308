// What a headline may leave out of its sentence: asides, attributions, subordinate clauses, a
// person's opening titles, a "said he" and an appositive. headline.cpp decides what goes and
// where the text is cut.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/document.h"
#include "precis/entities.h"

namespace precis::detail {

// One sentence of a document: tokens [first, last).
struct HeadlineSentence {
  const Document& doc;
  std::size_t first;
  std::size_t last;
  const Token& token(std::size_t t) const { return doc.tokens[t]; }
  bool is(std::size_t t, std::string_view text) const {
    const Token& k = token(t);
    return doc.text.substr(k.start, k.end - k.start) == text;
  }
  bool clause_break(std::size_t t) const {
    return is(t, ",") || is(t, ";") || is(t, ":") || is(t, "\uff0c") || is(t, "\u3001");
  }
};

// Tokens [first, second) that may go; empty when first == second.
using TokenStretch = std::pair<std::size_t, std::size_t>;

// Each drop_* sets keep[t] = false for the tokens it removes; `keep` covers the sentence.
// Parentheses, brackets and dash asides ("-- who ... --", "\u2014 ... \u2014"). O(sentence).
void drop_asides(const HeadlineSentence& s, std::vector<bool>& keep);

// ", officials said." at the end; "According to police," / "Selon la police," at the start;
// ", according to Reuters," in the middle. O(sentence).
void drop_attributions(const HeadlineSentence& s, std::vector<bool>& keep);

// ", who was 88," and ", which ..." up to the next clause break, right to left, then an opening
// subordinate clause, while more than max_words words are kept. O(sentence^2) at worst.
void drop_subordinates(const HeadlineSentence& s, std::vector<bool>& keep, std::size_t max_words);

// The words (not punctuation) still kept. O(sentence).
std::size_t kept_words(const HeadlineSentence& s, const std::vector<bool>& keep);

// Whether kept token i opens a clause: "that" or a subordinating word right after a content word
// that is not a reporting verb ("visit that may", not "said that" or "so that"). O(1).
bool opens_clause(const HeadlineSentence& s, const std::vector<std::size_t>& kept, std::size_t i);

// "Russian President Vladimir Putin is set to ...", "Il presidente russo Vladimir Putin ...": where
// the full name begins when what is kept of the sentence opens with a person's titles (an
// article, titles, demonyms and capitalised words, one of them a title) right before it; else
// s.first. O(names).
std::size_t name_after_opening_titles(const HeadlineSentence& s,
                                      const std::vector<EntitySpan>& names,
                                      const std::vector<bool>& keep);

// "Vladimir Putin confirmed he will be going ...": from the reporting verb after a person's name
// through a following "he" or "she" (the person again), with an optional "that". O(names).
TokenStretch reported_self(const HeadlineSentence& s, const std::vector<EntitySpan>& names,
                           const std::vector<bool>& keep);

// "Shares of Tesla, the electric car maker run by Elon Musk, fell ...": an appositive between
// commas right after a name, opened by an article, commas included. O(names).
TokenStretch appositive(const HeadlineSentence& s, const std::vector<EntitySpan>& names,
                        const std::vector<bool>& keep);

}  // namespace precis::detail
