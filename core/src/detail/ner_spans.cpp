#include "detail/ner_spans.h"

#include <algorithm>
#include <string>

#include "detail/entity_lexicon.h"
#include "detail/entity_rules.h"
#include "detail/light_stem.h"
#include "detail/ordering.h"
#include "detail/sentence_start.h"

namespace precis::detail {
namespace {

// Whether token t, right after a person's name, is a capitalised function word the name may end
// with: "Kim Jong Un", "Kim Jong Il", whose "Un" and "Il" the Italian model reads as the articles
// "un" and "il". One space after the name; not a single letter or capitals ("IBARRA Y GUERRA", a
// headline's conjunction).
bool name_function_word(const Document& doc, std::size_t t) {
  const Token& word = doc.tokens[t];
  return word.kind == TokenKind::kWord && word.capitalized && !word.all_caps &&
         word.norm.size() >= 2 && word.start == doc.tokens[t - 1].end + 1 &&
         doc.text[word.start - 1] == ' ' && doc.language->stopwords.contains(word.norm);
}

// Completes the person names that stop short of such a word. Where the word ends the sentence or
// a clause ("Kim Jong Un, Kim Jong Il."), it is part of the name; so it is wherever else the text
// writes the same name with it ("Kim Jong Un lo ha accolto"). Not otherwise: "Claude Monet Le
// point" is a name and a title. O(spans x names so completed).
void complete_person_names(const Document& doc, std::vector<EntitySpan>& spans) {
  std::vector<std::size_t> open;       // spans followed by such a word
  std::vector<std::string> confirmed;  // a handful at most
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const std::size_t end = spans[k].token_end;
    const std::size_t next = k + 1 < spans.size() ? spans[k + 1].token_begin : doc.tokens.size();
    if (spans[k].type != EntityType::kPerson || end >= next || !name_function_word(doc, end)) {
      continue;
    }
    open.push_back(k);
    const bool closes =
        end + 1 >= doc.tokens.size() || doc.tokens[end + 1].kind == TokenKind::kPunct;
    if (closes) confirmed.push_back(span_key(doc, spans[k].token_begin, end + 1));
  }
  for (const std::size_t k : open) {
    EntitySpan& span = spans[k];
    const std::string key = span_key(doc, span.token_begin, span.token_end + 1);
    if (std::find(confirmed.begin(), confirmed.end(), key) != confirmed.end()) ++span.token_end;
  }
}

// Whether the span is one capitalised word opening its sentence that only the sentence's capital
// makes look like a name: a function word ("Furthermore, on the 19th...", which the English model
// read as a place) or, in English, an adverb in "-ly" set off by a comma ("Conversely, the White
// House...", read as a person). Every such adverb opening a sentence in CoNLL-2003's train and
// dev splits is tagged O; from seven letters, so "Italy," and "Rally," stay names. Dropping such
// spans leaves dev F1 unchanged in en, es, nl and it.
bool sentence_opening_connective(const Document& doc, std::size_t sentence_begin,
                                 const EntitySpan& span) {
  const std::size_t t = span.token_begin;
  const Token& word = doc.tokens[t];
  if (!opens_sentence(doc, sentence_begin, t) || span.token_end != t + 1 || word.all_caps) {
    return false;
  }
  if (doc.language->stopwords.contains(word.norm)) return true;
  const bool adverb = doc.language->code == "en" && ends_with_stem(word.norm, "ly", 5);
  return adverb && t + 1 < doc.tokens.size() && doc.tokens[t + 1].norm == ",";
}

// The folded words, sorted, of the tokens written with a capital inside a sentence, as the
// particles and articles of names are ("Marine Le Pen", "in Los Angeles"). O(n log n).
std::vector<std::string_view> capitalised_inside_sentences(const Document& doc) {
  std::vector<std::string_view> words;
  for (std::size_t s = 0; s + 1 < doc.sentence_tokens.size(); ++s) {
    bool opening = true;
    for (std::size_t t = doc.sentence_tokens[s]; t < doc.sentence_tokens[s + 1]; ++t) {
      const Token& token = doc.tokens[t];
      if (token.capitalized && !opening) words.push_back(token.norm);
      opening = opening && token.kind == TokenKind::kPunct;
    }
  }
  stable_sort_items(words);
  return words;
}

// Function words that begin names: surname particles ("Van Gaal"), and English stopwords that
// are first names too ("Will Smith" beside "Jada Pinkett Smith").
bool may_begin_name(std::string_view folded) {
  constexpr std::string_view kFirstNames[] = {"al", "bill", "don", "ed", "jo", "may", "will"};
  return is_surname_particle(folded) ||
         std::find(std::begin(kFirstNames), std::end(kFirstNames), folded) != std::end(kFirstNames);
}

// Drops the function word opening a sentence from the spans that begin with it, where it is
// written with a capital nowhere else in the document and the rest of the span ends like another
// of its names: the capital is the sentence's ("Then Lopilato, 23, tossed" beside "Luisana
// Lopilato"; "Because Stringer" beside "Howard Stringer"). Where the document says no more, the
// word stays: "De Telegraaf", "Los Angeles" open sentences too. O(n log n).
void drop_opening_function_words(const Document& doc, const std::vector<std::size_t>& sentence_of,
                                 std::vector<EntitySpan>& spans) {
  std::vector<std::size_t> opening;  // the spans that begin with such a word
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const Token& word = doc.tokens[spans[k].token_begin];
    if (spans[k].token_end > spans[k].token_begin + 1 && !word.all_caps &&
        opens_sentence(doc, sentence_of[k], spans[k].token_begin) &&
        doc.language->stopwords.contains(word.norm) && !may_begin_name(word.norm)) {
      opening.push_back(k);
    }
  }
  if (opening.empty()) return;
  std::vector<std::string_view> last_words;
  for (const EntitySpan& span : spans) last_words.push_back(doc.tokens[span.token_end - 1].norm);
  stable_sort_items(last_words);
  const std::vector<std::string_view> capitalised = capitalised_inside_sentences(doc);
  for (const std::size_t k : opening) {
    const auto named = std::equal_range(last_words.begin(), last_words.end(),
                                        doc.tokens[spans[k].token_end - 1].norm);
    const std::string_view word = doc.tokens[spans[k].token_begin].norm;
    if (named.second - named.first > 1 &&
        !std::binary_search(capitalised.begin(), capitalised.end(), word)) {
      ++spans[k].token_begin;
    }
  }
}

// A person the model found whose first word names a kind of organisation ("Istituto Hudson",
// "University of Tokyo" read as people) is that organisation.
EntityType settled_type(const Document& doc, const EntitySpan& span) {
  if (span.type != EntityType::kPerson || span.token_end - span.token_begin < 2) return span.type;
  const bool org_word =
      lexicon_class(doc.tokens[span.token_begin].norm) == LexiconClass::kOrgKeyword;
  return org_word ? EntityType::kOrganization : span.type;
}

}  // namespace

void settle_model_spans(const Document& doc, std::vector<std::size_t>& sentence_of,
                        std::vector<EntitySpan>& spans) {
  std::size_t kept = 0;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    EntitySpan span = spans[k];
    span.type = settled_type(doc, span);
    if (sentence_opening_connective(doc, sentence_of[k], span)) continue;
    spans[kept] = span;
    sentence_of[kept++] = sentence_of[k];
  }
  spans.resize(kept);
  sentence_of.resize(kept);
  drop_opening_function_words(doc, sentence_of, spans);
  complete_person_names(doc, spans);
}

}  // namespace precis::detail
