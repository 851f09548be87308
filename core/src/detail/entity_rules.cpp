#include "detail/entity_rules.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "detail/english_hints.h"
#include "detail/entity_lexicon.h"
#include "detail/shouting.h"
#include "detail/text_class.h"
#include "precis/language.h"
#include "precis/utf8.h"

namespace precis::detail {
namespace {

bool is_capitalized_word(const Token& token) {
  return token.kind == TokenKind::kWord && token.capitalized;
}

bool is_quote_or_colon(const Token& token) {
  return token.norm == ":" || token.norm == "\"" || token.norm == "'" ||
         token.norm == "\xe2\x80\x9c" || token.norm == "\xc2\xab" || token.norm == "(";
}

class SpanFinder {
 public:
  explicit SpanFinder(const Document& doc) : doc_(doc), declines_(declines_names(*doc.language)) {
    learn_capitalization();
  }

  std::vector<EntityCandidate> run() {
    for (std::size_t s = 0; s + 1 < doc_.sentence_tokens.size(); ++s) {
      sentence_begin_ = doc_.sentence_tokens[s];
      const std::size_t end = doc_.sentence_tokens[s + 1];
      if (shouted(doc_, sentence_begin_, end)) {
        scan_shouted_sentence(sentence_begin_, end);
      } else {
        scan_sentence(sentence_begin_, end);
      }
    }
    return std::move(found_);
  }

 private:
  const Token& tok(std::size_t i) const { return doc_.tokens[i]; }

  bool known(std::size_t i) const {
    return known_names_.count(std::string(name_word(doc_, i, declines_))) > 0;
  }
  // The word's lexicon class; where names decline, its stem's when the word itself is not
  // listed ("президента", "prezydentem" are the titles "президент", "prezydent").
  LexiconClass cls(std::size_t i) const {
    const LexiconClass c = lexicon_class(tok(i).norm);
    return c != LexiconClass::kNone || !declines_ ? c : lexicon_class(name_word(doc_, i, true));
  }

  bool is_initial(std::size_t i) const {
    std::size_t first_word = sentence_begin_;
    while (first_word < i && tok(first_word).kind == TokenKind::kPunct) ++first_word;
    return i == first_word || (i > sentence_begin_ && is_quote_or_colon(tok(i - 1)));
  }

  // In a sentence in capitals, only names known from the gazetteer, the country names or the
  // article's other sentences are names ("ITALY", "EUROPEAN UNION"); "GIORGIA MELONI VISITED"
  // is not one run of name.
  void scan_shouted_sentence(std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end;) {
      std::size_t last = 0;
      for (std::size_t j = std::min(end, i + 4); j > i && last == 0; --j) {
        const LexiconClass c = phrase_class(i, j);
        const bool name = c == LexiconClass::kCountryOrCity || c == LexiconClass::kOrgName ||
                          c == LexiconClass::kDemonym;
        if (name) last = j;
      }
      if (last == 0 && tok(i).kind == TokenKind::kWord && known(i)) {
        last = i + 1;
        while (last < end && known(last)) ++last;
      }
      if (last == 0) {
        ++i;
        continue;
      }
      classify(i, last);
      i = last;
    }
  }

  // Words seen capitalised where capitals are not forced (not sentence-initial, not in a sentence
  // in capitals): these are names.
  void learn_capitalization() {
    for (std::size_t s = 0; s + 1 < doc_.sentence_tokens.size(); ++s) {
      sentence_begin_ = doc_.sentence_tokens[s];
      if (shouted(doc_, sentence_begin_, doc_.sentence_tokens[s + 1])) continue;
      for (std::size_t i = sentence_begin_; i < doc_.sentence_tokens[s + 1]; ++i) {
        if (is_capitalized_word(tok(i)) && !is_initial(i))
          known_names_.insert(std::string(name_word(doc_, i, declines_)));
      }
    }
  }

  void scan_sentence(std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end;) {
      if (!is_capitalized_word(tok(i))) {
        ++i;
        continue;
      }
      if (const std::size_t country = dotted_country_end(i, end)) {
        found_.push_back({i, country, EntityType::kLocation, kLexicon});
        i = country;
        continue;
      }
      std::size_t j = i + 1;
      while (j < end && dotted_country_end(j, end) == 0) {
        if (is_capitalized_word(tok(j))) {
          ++j;
        } else if (const std::size_t next = joined_by_connector(i, j, end)) {
          j = next;
        } else if (const std::size_t past = joined_by_possessive(i, j, end)) {
          j = past;
        } else {
          break;
        }
      }
      j = with_lowercase_tail(j, end);
      classify(i, j);
      i = j;
    }
  }

  // "Church of the Life-Giving Trinity", "Corea del Nord": one or two lowercase connectors join
  // capitalised words only after an organisation or place head word, or when the phrase ending
  // at the next capitalised word is in the gazetteer, from any word of the run on ("La Corea del
  // Nord" at the start of a sentence), so "John Nilsson-Wright of Cambridge University" stays
  // two names. Returns the index after the next capitalised word, or 0.
  std::size_t joined_by_connector(std::size_t begin, std::size_t j, std::size_t end) const {
    std::size_t k = j;
    while (k < end && k - j < 2 && !tok(k).capitalized && cls(k) == LexiconClass::kConnector) ++k;
    if (k == j || k >= end || !is_capitalized_word(tok(k))) return 0;
    const LexiconClass head = cls(j - 1);
    if (head == LexiconClass::kOrgKeyword || head == LexiconClass::kLocKeyword ||
        head == LexiconClass::kPersonTitle) {
      return k + 1;
    }
    for (std::size_t from = begin; from < j; ++from) {
      if (phrase_class(from, k + 1) != LexiconClass::kNone) return k + 1;
    }
    // "Ursula von der Leyen", "Marcelo Rebelo de Sousa": a first name, the particles of a
    // surname and its last word close the run. Not in Italian, whose particles are capitalised
    // ("Di Maio") while "di", "da" are "of", "from"; nor in Dutch, where joining measured lower
    // (rules F1 on the dev sets: es +1.95, en +0.22, it -0.50, nl -0.17).
    const bool last_word = k + 1 >= end || !is_capitalized_word(tok(k + 1));
    const bool particles_join = doc_.language->code != "it" && doc_.language->code != "nl";
    if (particles_join && last_word && j - begin <= 3 && surname_particles(j, k) &&
        first_names(begin, j)) {
      return k + 1;
    }
    return 0;
  }

  // Whether tokens [begin, j) can be a person's first names: no function word ("Según la
  // Secretaría" is no name).
  bool first_names(std::size_t begin, std::size_t j) const {
    for (std::size_t t = begin; t < j; ++t) {
      if (doc_.language->stopwords.contains(tok(t).norm)) return false;
    }
    return true;
  }

  // Whether tokens [j, k) are particles that begin surnames ("von der", "de", "van", "da").
  bool surname_particles(std::size_t j, std::size_t k) const {
    for (std::size_t t = j; t < k; ++t) {
      if (!is_surname_particle(tok(t).norm)) return false;
    }
    return true;
  }

  // "Vallmouth Fishermen's Association", "McDonald's Corporation": a possessive inside an
  // organisation's name, which ends in an organisation keyword. Not after a known place, group or
  // title ("Russia's Foreign Ministry" is a place and a ministry). Returns the index after the
  // keyword, or 0.
  std::size_t joined_by_possessive(std::size_t begin, std::size_t j, std::size_t end) const {
    if (tok(j).norm != "'s" || j + 1 >= end || !is_capitalized_word(tok(j + 1))) return 0;
    std::size_t k = j + 1;
    while (k < end && is_capitalized_word(tok(k))) ++k;
    if (cls(k - 1) != LexiconClass::kOrgKeyword) return 0;
    const LexiconClass before = phrase_class(begin, j);
    if (before != LexiconClass::kNone || titled_before(begin)) return 0;
    return k;
  }

  // "la Corte penale internazionale (ICC)", "la Banque centrale européenne,": where the language
  // writes institutions' names in sentence case (LanguageData::sentence_case_names: Italian and
  // French; Spanish and Portuguese capitalise them throughout, and the rule cost Spanish F1),
  // after a run ending in a capitalised organisation keyword, one or two
  // lowercase content words join it when a punctuation mark or a function word follows them (a
  // verb, "la Corte decide il ...", would go on). Returns the new end of the run.
  std::size_t with_lowercase_tail(std::size_t end, std::size_t stop) const {
    if (!doc_.language->sentence_case_names || cls(end - 1) != LexiconClass::kOrgKeyword) {
      return end;
    }
    std::size_t k = end;
    while (k < stop && k < end + 2 && tok(k).kind == TokenKind::kWord && !tok(k).capitalized &&
           !doc_.language->stopwords.contains(tok(k).norm)) {
      ++k;
    }
    if (k == end) return end;
    const bool closed = k == stop || tok(k).kind == TokenKind::kPunct ||
                        doc_.language->stopwords.contains(tok(k).norm);
    return closed ? k : end;
  }

  std::string key_of(std::size_t begin, std::size_t end) const {
    return span_key(doc_, begin, end);
  }

  // The gazetteer class of tokens [begin, end): the lexicon's, else that of a country name in the
  // text's language or English (CLDR, in every language pack: "Corée du Nord", "Verenigde
  // Staten").
  LexiconClass phrase_class(std::size_t begin, std::size_t end) const {
    const std::string key = key_of(begin, end);
    const LexiconClass c = lexicon_class(key);
    if (c != LexiconClass::kNone || country_code(*doc_.language, key).empty()) return c;
    return LexiconClass::kCountryOrCity;
  }

  bool starts_known_phrase(std::size_t i, std::size_t end) const {
    for (std::size_t last = i + 2; last <= end && last <= i + 4; ++last) {
      if (phrase_class(i, last) != LexiconClass::kNone) return true;
    }
    return false;
  }

  // A capitalised article or particle that begins a name: "in Las Vegas", "said De Gaulle", or a
  // known name at the start of a sentence ("Los Angeles police said"). English "The", "Of" and
  // "For" are capitalised by titles, not names.
  bool name_article(std::size_t i, std::size_t end) const {
    if (!tok(i).capitalized) return false;
    if (starts_known_phrase(i, end)) return true;
    const std::string_view w = tok(i).norm;
    if (is_initial(i) || w == "the" || w == "of" || w == "for" || w == "upon") return false;
    return i + 1 < end && is_capitalized_word(tok(i + 1)) && !tok(i).all_caps;
  }

  // Leading words that are not part of the name: weekdays, elided articles, connectors, and
  // sentence-initial words never seen capitalised elsewhere ("Accompanying", "Furthermore").
  bool droppable_start(std::size_t i, std::size_t end) const {
    const LexiconClass c = cls(i);
    // "L'Allemagne" opening a sentence: the elided article is no part of the name. "D'" may
    // begin a surname ("D'Alema").
    const bool article = is_elided_word(*doc_.language, tok(i).norm) && tok(i).norm != "d'";
    if (c == LexiconClass::kCalendar || article) return true;
    if (c == LexiconClass::kConnector) return !name_article(i, end);
    if (!is_initial(i) || known(i)) return false;
    if (doc_.language->stopwords.contains(tok(i).norm)) return true;
    if (c == LexiconClass::kCountryOrCity || c == LexiconClass::kDemonym ||
        c == LexiconClass::kOrgName || tok(i).all_caps || starts_known_phrase(i, end)) {
      return false;
    }
    // "Accompanying Putin", "Speaking to Reuters": an English "-ing" form opening a sentence
    // is a verb, not a first name.
    if (doc_.language->code == "en" && tok(i).norm.size() > 5 && ends_with(tok(i).norm, "ing")) {
      return true;
    }
    // "Делегация России": where names decline, an unknown word before a country in the
    // genitive is the noun the country completes.
    if (declines_ && i + 1 < end && phrase_class(i + 1, i + 2) == LexiconClass::kCountryOrCity) {
      return true;
    }
    // "John Smith left": a capitalised word follows, so this is the start of a name; a lone
    // unknown word ("Reports", "Yesterday") is capitalised only because it starts the sentence.
    return !(i + 1 < end && is_capitalized_word(tok(i + 1)));
  }

  // Token t is the "of" of a Romance language: "de", "di", "du", "da", "do", "del", "della".
  bool romance_of(std::size_t t) const {
    const std::string_view code = doc_.language->code;
    if (code != "fr" && code != "es" && code != "it" && code != "pt" && code != "ca") return false;
    const std::string_view w = tok(t).norm;
    return w == "de" || w == "di" || w == "du" || w == "da" || w == "do" || w == "del" ||
           w == "della";
  }

  // A person title shortly before: "Mr. Kim", "President Putin", "ministro ucraino Kuleba".
  bool titled_before(std::size_t i) const {
    for (std::size_t back = 1; back <= 3 && i >= sentence_begin_ + back; ++back) {
      const std::size_t t = i - back;
      const LexiconClass c = cls(t);
      if (c == LexiconClass::kPersonTitle) return true;
      if (tok(t).norm != "." && c != LexiconClass::kDemonym) return false;
    }
    return false;
  }

  void classify(std::size_t begin, std::size_t end) {
    while (begin < end && droppable_start(begin, end)) ++begin;
    while (end > begin && cls(end - 1) == LexiconClass::kConnector) --end;
    if (begin >= end) return;
    // "il ministro degli Esteri Antonio Tajani", "el presidente del Gobierno Pedro S\u00e1nchez": a
    // lowercase title and a connector before the run make its first word the office and the
    // rest the person.
    // "il portavoce del Consiglio di Sicurezza Nazionale": a connector after the first word
    // joins it to the rest, one name.
    if (begin >= sentence_begin_ + 2 && end - begin >= 3 &&
        cls(begin - 1) == LexiconClass::kConnector &&
        cls(begin - 2) == LexiconClass::kPersonTitle && !tok(begin - 2).capitalized &&
        cls(begin + 1) != LexiconClass::kConnector && is_person_name(begin + 1, end)) {
      return person_with_title(begin + 1, end);
    }
    // "le ministre des Transports", "la ministra de Vivienda": with no name after it, the word
    // after a lowercase title and a connector is the office's portfolio, no entity.
    if (begin >= sentence_begin_ + 2 && end - begin == 1 &&
        cls(begin - 1) == LexiconClass::kConnector &&
        cls(begin - 2) == LexiconClass::kPersonTitle && !tok(begin - 2).capitalized) {
      return;
    }
    // "Russian President Vladimir Putin": a run of titles splits a prefix (typed on its own)
    // from the person. "Ministro degli Esteri", "Defense Ministry" have no person after it.
    std::size_t first_title = begin;
    while (first_title < end && cls(first_title) != LexiconClass::kPersonTitle) ++first_title;
    std::size_t after_titles = first_title;
    bool title_phrase = false;  // "Secretary of State", "Ministro degli Esteri"
    while (after_titles < end && (cls(after_titles) == LexiconClass::kPersonTitle ||
                                  cls(after_titles) == LexiconClass::kConnector)) {
      title_phrase |= cls(after_titles) == LexiconClass::kConnector;
      ++after_titles;
    }
    if (title_phrase) {
      classify_prefix(begin, first_title);
      // "Secretary of State Antony Blinken", "Ministro degli Esteri Antonio Tajani": past the
      // connector, one word and any titles name the office; two words or more after them are the
      // person.
      std::size_t person = std::min(after_titles + 1, end);
      while (person < end && cls(person) == LexiconClass::kPersonTitle) ++person;
      if (end - person >= 2 && is_person_name(person, end)) person_with_title(person, end);
      return;
    }
    if (first_title < end && (after_titles == end || !is_person_name(after_titles, end))) {
      if (after_titles == end) return classify_prefix(begin, first_title);
      return type_span(begin, end, false);
    }
    if (first_title < end) {
      classify_prefix(begin, first_title);
      // "Президент России Владимир Путин" (President of Russia): a country after the title
      // belongs to the office, when two words or more follow it.
      if (end - after_titles >= 3 &&
          phrase_class(after_titles, after_titles + 1) == LexiconClass::kCountryOrCity) {
        type_span(after_titles, after_titles + 1, false);
        ++after_titles;
      }
      return person_with_title(after_titles, end);
    }
    const bool titled = titled_before(begin);
    // "z prezydentem Ukrainy Wołodymyrem Zełenskim": after a lowercase title, a country then two
    // words or more are the office's country and the person.
    if (titled && end - begin >= 3 && is_country(begin, begin + 1)) {
      type_span(begin, begin + 1, false);
      return type_span(begin + 1, end, true);
    }
    // "Według Tuska Polska nadal ...": where names decline, a known name and a country side by
    // side are two names, not one.
    if (declines_ && !titled && end - begin >= 2 && is_country(end - 1, end) && known(end - 2)) {
      type_span(begin, end - 1, false);
      return type_span(end - 1, end, false);
    }
    type_span(begin, end, titled);
  }

  // "EE. UU.", "EE.UU.": a country abbreviated with full stops, which the tokenizer keeps apart
  // from the words, as the CLDR names write it ("ee uu" folded). Returns the index after its last
  // word, or 0.
  std::size_t dotted_country_end(std::size_t i, std::size_t end) const {
    std::string key;
    std::size_t after = 0;
    for (std::size_t t = i; t < end && t < i + 6; ++t) {
      if (tok(t).kind == TokenKind::kWord && tok(t).all_caps) {
        for (const char c : tok(t).norm) key += c == '.' ? ' ' : c;
        key += ' ';
        after = t + 1;
      } else if (tok(t).norm != ".") {
        break;
      }
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    if (key.find(' ') == std::string::npos) return 0;  // one word without a stop: not this
    return country_code(*doc_.language, key).empty() ? 0 : after;
  }

  // Whether tokens [begin, end) name a country (a CLDR name, in any case where names decline).
  bool is_country(std::size_t begin, std::size_t end) const {
    return !country_code(*doc_.language, key_of(begin, end)).empty();
  }

  // The words before a title count only when they are known: "Russian", "North Korean",
  // "U.S." ("Accompanying Mr. Putin" has no entity before the title).
  void classify_prefix(std::size_t begin, std::size_t end) {
    if (begin >= end) return;
    const LexiconClass c = phrase_class(begin, end);
    if (c == LexiconClass::kCountryOrCity || c == LexiconClass::kDemonym ||
        c == LexiconClass::kOrgName) {
      type_span(begin, end, false);
    }
  }

  // No organisation or place keyword inside: the words can be a name ("Kim Jong Un" may
  // contain "Un", which alone would be the UN).
  bool is_person_name(std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end; ++i) {
      const LexiconClass c = cls(i);
      if (c == LexiconClass::kOrgKeyword || c == LexiconClass::kLocKeyword) return false;
    }
    return true;
  }

  // "President Volodymyr Zelensky of Ukraine": a titled name ends at its first connector.
  void person_with_title(std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      if (cls(i) != LexiconClass::kConnector) continue;
      if (i > begin) found_.push_back({begin, i, EntityType::kPerson, kLexicon});
      std::size_t rest = i;
      while (rest < end && cls(rest) == LexiconClass::kConnector) ++rest;
      if (rest < end) type_span(rest, end, false);
      return;
    }
    found_.push_back({begin, end, EntityType::kPerson, kLexicon});
  }

  // The class of the lowercase noun just before a name, directly ("firm Nordhavn Power") or
  // through a connector ("city of Vallmouth"): kOrgKeyword (an organisation keyword or noun),
  // kLocKeyword, or kNone.
  LexiconClass appositive_kind(std::size_t begin) const {
    std::size_t noun = begin;
    if (noun > sentence_begin_ && cls(noun - 1) == LexiconClass::kConnector) --noun;
    if (noun == sentence_begin_ || tok(noun - 1).kind != TokenKind::kWord ||
        tok(noun - 1).capitalized) {
      return LexiconClass::kNone;
    }
    const LexiconClass c = cls(noun - 1);
    if (c == LexiconClass::kOrgKeyword || is_organisation_noun(tok(noun - 1).norm)) {
      return LexiconClass::kOrgKeyword;
    }
    return c == LexiconClass::kLocKeyword ? c : LexiconClass::kNone;
  }

  void type_span(std::size_t begin, std::size_t end, bool titled) {
    const LexiconClass whole = phrase_class(begin, end);
    const auto add = [&](EntityType type, int confidence) {
      found_.push_back({begin, end, type, confidence});
    };
    if (begin >= end) return;
    // "I", and stopwords capitalised for emphasis, are not names; a known name in capitals is
    // ("the US", not "us").
    if (end - begin == 1 && doc_.language->stopwords.contains(tok(begin).norm) &&
        !(tok(begin).all_caps && tok(begin).norm.size() >= 2 && whole != LexiconClass::kNone)) {
      return;
    }
    if (titled) return add(EntityType::kPerson, kLexicon);
    if (whole == LexiconClass::kCountryOrCity) return add(EntityType::kLocation, kLexicon);
    if (whole == LexiconClass::kDemonym) return add(EntityType::kMisc, kLexicon);
    if (whole == LexiconClass::kOrgName) return add(EntityType::kOrganization, kLexicon);
    if (whole == LexiconClass::kPersonTitle || whole == LexiconClass::kCalendar) return;
    for (std::size_t i = begin; i < end; ++i) {
      if (cls(i) == LexiconClass::kOrgKeyword) return add(EntityType::kOrganization, kKeyword);
    }
    if (end - begin == 1 && cls(begin) != LexiconClass::kNone) return;  // "Council", "Square"
    if (cls(end - 1) == LexiconClass::kLocKeyword || cls(end - 1) == LexiconClass::kCountryOrCity) {
      return add(EntityType::kLocation, kKeyword);  // "Kim Il Sung Square", "Far Eastern Russia"
    }
    if (end - begin == 1 && tok(begin).all_caps && code_point_count(tok(begin).norm) <= 6) {
      return add(EntityType::kOrganization, kContext);
    }
    // An appositive names the kind: "the engineering firm Nordhavn Power", "the environmental
    // group Blue Coast Watch", "the city of Vallmouth".
    if (const LexiconClass kind = appositive_kind(begin); kind == LexiconClass::kOrgKeyword) {
      return add(EntityType::kOrganization, kKeyword);
    } else if (kind == LexiconClass::kLocKeyword) {
      return add(EntityType::kLocation, kKeyword);
    }
    // German capitalises every noun: without other evidence a capital proves nothing there, not
    // even after a preposition ("in H\u00f6he von").
    if (doc_.language->capitalizes_nouns) return;
    if (begin > sentence_begin_ && end - begin <= 2 &&
        is_location_preposition(tok(begin - 1).norm)) {
      return add(EntityType::kLocation, kContext);
    }
    // "les pompiers de Lyon", "la polizia di Bergamo": in the Romance languages a lone word after
    // "de" or "di" (not joined to a name before it) is a place more often than a person.
    if (end - begin == 1 && begin > sentence_begin_ && romance_of(begin - 1)) {
      return add(EntityType::kLocation, kGuess);
    }
    // "the Pentagon", "the Bundesbank": a lone word after "the" names no person.
    if (end - begin == 1 && begin > sentence_begin_ && tok(begin - 1).norm == "the") {
      return add(EntityType::kOrganization, kGuess);
    }
    // Unknown capitalised words in news are mostly people: "Kim Jong Un", and surnames alone.
    add(EntityType::kPerson, end - begin >= 2 ? kContext : kGuess);
  }

  const Document& doc_;
  bool declines_ = false;  // the language declines names (declines_names)
  std::size_t sentence_begin_ = 0;
  std::unordered_set<std::string> known_names_;  // name_word()s seen capitalised mid-sentence
  std::vector<EntityCandidate> found_;
};

}  // namespace

bool is_surname_particle(std::string_view folded) {
  constexpr std::string_view kParticles[] = {"al",  "bin", "da",  "das", "de",  "del",
                                             "dos", "den", "der", "du",  "ibn", "la",
                                             "le",  "ten", "ter", "van", "von"};
  return std::find(std::begin(kParticles), std::end(kParticles), folded) != std::end(kParticles);
}

std::string span_key(const Document& doc, std::size_t begin, std::size_t end) {
  std::string key;
  for (std::size_t i = begin; i < end; ++i) key += (i > begin ? " " : "") + doc.tokens[i].norm;
  return key;
}

std::string_view name_word(const Document& doc, std::size_t t, bool by_stem) {
  const int term = doc.terms[t];
  if (by_stem && term >= 0) return doc.term_stems[static_cast<std::size_t>(term)];
  return doc.tokens[t].norm;
}

std::vector<EntityCandidate> find_rule_entities(const Document& doc) {
  return SpanFinder(doc).run();
}

}  // namespace precis::detail
