#include "detail/ner_features.h"

#include <algorithm>
#include <limits>
#include <string>

#include "detail/entity_lexicon.h"
#include "detail/shouting.h"
#include "detail/text_class.h"
#include "precis/utf8.h"

namespace precis::detail {
namespace {

constexpr std::string_view kLabelNames[kNerLabels] = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                                      "B-ORG", "I-ORG", "B-MISC", "I-MISC"};

// FNV-1a over a template tag and its parts, with a separator so "ab"+"c" != "a"+"bc".
class FeatureHash {
 public:
  explicit FeatureHash(char tag) { add_byte(static_cast<unsigned char>(tag)); }
  FeatureHash& add(std::string_view part) {
    for (const char c : part) add_byte(static_cast<unsigned char>(c));
    add_byte(0x1F);
    return *this;
  }
  FeatureHash& add(int value) {
    add_byte(static_cast<unsigned char>(value & 0xFF));
    add_byte(0x1F);
    return *this;
  }
  std::uint32_t value() const { return h_; }

 private:
  void add_byte(unsigned char b) { h_ = (h_ ^ b) * 16777619u; }
  std::uint32_t h_ = 2166136261u;
};

// "Putin" -> "Xx", "U.S" -> "X.X", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx": character
// classes with runs collapsed, at most 6 symbols.
std::string word_shape(std::string_view raw) {
  std::string shape;
  for (std::size_t pos = 0; pos < raw.size() && shape.size() < 6;) {
    const DecodedChar c = decode_utf8(raw, pos);
    pos += c.length;
    char symbol = 'o';
    if (is_upper(c.code_point)) {
      symbol = 'X';
    } else if (is_letter(c.code_point)) {
      symbol = 'x';
    } else if (is_digit(c.code_point)) {
      symbol = 'd';
    } else if (c.code_point < 0x80) {
      symbol = static_cast<char>(c.code_point);
    }
    if (shape.empty() || shape.back() != symbol) shape += symbol;
  }
  return shape;
}

// The first / last k characters of a folded word (whole UTF-8 characters).
std::string_view prefix_chars(std::string_view s, int k) {
  std::size_t pos = 0;
  for (int n = 0; n < k && pos < s.size(); ++n) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
  }
  return s.substr(0, pos);
}

std::string_view suffix_chars(std::string_view s, int k) {
  std::size_t pos = s.size();
  for (int n = 0; n < k && pos > 0; ++n) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  }
  return s.substr(pos);
}

class SentenceView {
 public:
  SentenceView(const Document& doc, std::size_t begin, std::size_t end)
      : doc_(doc), begin_(begin), end_(end) {}

  // The folded word at i + offset, or a boundary marker outside the sentence.
  std::string_view word(std::size_t i, int offset) const {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    if (j < static_cast<std::ptrdiff_t>(begin_)) return offset == -1 ? "<s>" : "<s2>";
    if (j >= static_cast<std::ptrdiff_t>(end_)) return offset == 1 ? "</s>" : "</s2>";
    return doc_.tokens[static_cast<std::size_t>(j)].norm;
  }

  std::string shape(std::size_t i, int offset) const {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    if (j < static_cast<std::ptrdiff_t>(begin_) || j >= static_cast<std::ptrdiff_t>(end_)) {
      return "#";
    }
    const Token& t = doc_.tokens[static_cast<std::size_t>(j)];
    return word_shape(doc_.text.substr(t.start, t.end - t.start));
  }

  int lexicon(std::size_t i, int offset) const {
    const std::string_view w = word(i, offset);
    return w.front() == '<' && w.size() > 2 ? -1 : static_cast<int>(lexicon_class(w));
  }

  // The first word of the sentence, after any leading punctuation, or a word after a quote.
  bool is_initial(std::size_t i) const {
    std::size_t first = begin_;
    while (first < i && doc_.tokens[first].kind == TokenKind::kPunct) ++first;
    return i == first;
  }

  // Headlines in capitals ("LEICESTERSHIRE TAKE OVER AT TOP") make capitals uninformative.
  bool shouted() const { return detail::shouted(doc_, begin_, end_); }

  // 0 outside quotes and brackets; else 1 + (kind: quote 0, bracket 1) * 4 + min(distance to
  // the opener, 3). Quoted capitalised spans in news are titles (MISC) more often than not.
  int enclosure(std::size_t i) const {
    int quote_at = -1;
    int bracket_at = -1;
    for (std::size_t k = begin_; k < i; ++k) {
      const std::string_view n = doc_.tokens[k].norm;
      if (n == "\"" || n == "\u00ab" || n == "\u201c") {
        quote_at = quote_at < 0 ? static_cast<int>(k) : -1;
      } else if (n == "\u00bb" || n == "\u201d") {
        quote_at = -1;
      } else if (n == "(") {
        bracket_at = static_cast<int>(k);
      } else if (n == ")") {
        bracket_at = -1;
      }
    }
    const int at = std::max(quote_at, bracket_at);
    if (at < 0) return 0;
    const int distance = std::min(static_cast<int>(i) - at - 1, 3);
    return 1 + (at == bracket_at ? 4 : 0) + distance;
  }

  // Gazetteer phrases of 2-4 words covering token i: class and where i sits in the phrase.
  void gazetteer(std::size_t i, std::vector<std::uint32_t>& out) const {
    const std::size_t first = i >= begin_ + 3 ? i - 3 : begin_;
    for (std::size_t b = first; b <= i; ++b) {
      std::string key(doc_.tokens[b].norm);
      for (std::size_t e = b + 1; e < end_ && e < b + 4; ++e) {
        key += ' ';
        key += doc_.tokens[e].norm;
        if (e < i) continue;
        const LexiconClass c = lexicon_class(key);
        if (c == LexiconClass::kNone) continue;
        const int where = b == i ? 0 : (e == i ? 2 : 1);
        out.push_back(FeatureHash('g').add(static_cast<int>(c)).add(where).value());
      }
    }
  }

 private:
  const Document& doc_;
  std::size_t begin_;
  std::size_t end_;
};

}  // namespace

int ner_label_of(std::string_view iob2) noexcept {
  for (int l = 0; l < kNerLabels; ++l) {
    if (kLabelNames[l] == iob2) return l;
  }
  return -1;
}

std::string_view ner_label_name(int label) noexcept {
  return label >= 0 && label < kNerLabels ? kLabelNames[label] : "O";
}

bool ner_transition_allowed(int from, int to) noexcept {
  if (to == 0 || to % 2 == 1) return true;  // O and B-X may follow anything
  return from == to || from == to - 1;      // I-X after B-X or I-X
}

std::uint32_t ner_vocabulary_key(std::string_view folded) noexcept {
  return FeatureHash('V').add(folded).value() & ((1u << kNerVocabularyBits) - 1);
}

void ner_token_features(const Document& doc, std::size_t begin, std::size_t end, std::size_t i,
                        const NerFeatureConfig& config, std::vector<std::uint32_t>& out) {
  const int feature_set = config.feature_set;
  const SentenceView s(doc, begin, end);
  const Token& t = doc.tokens[i];
  const std::string_view w = t.norm;
  const std::string shape = s.shape(i, 0);
  const std::string prev_shape = s.shape(i, -1);
  const std::string next_shape = s.shape(i, 1);
  const bool shouted = s.shouted();
  const int flags = (t.capitalized ? 1 : 0) | (t.all_caps ? 2 : 0) | (s.is_initial(i) ? 4 : 0) |
                    (shouted ? 8 : 0) | (static_cast<int>(t.kind) << 4);
  out.push_back(FeatureHash('b').value());
  out.push_back(FeatureHash('f').add(flags).value());
  out.push_back(FeatureHash('w').add(w).value());
  out.push_back(FeatureHash('W').add(w).add(flags & 7).value());
  out.push_back(FeatureHash('p').add(s.word(i, -1)).value());
  out.push_back(FeatureHash('n').add(s.word(i, 1)).value());
  out.push_back(FeatureHash('P').add(s.word(i, -2)).value());
  out.push_back(FeatureHash('N').add(s.word(i, 2)).value());
  out.push_back(FeatureHash('x').add(s.word(i, -1)).add(w).value());
  out.push_back(FeatureHash('y').add(w).add(s.word(i, 1)).value());
  out.push_back(FeatureHash('s').add(shape).add(shouted ? 1 : 0).value());
  out.push_back(FeatureHash('q').add(prev_shape).value());
  out.push_back(FeatureHash('r').add(next_shape).value());
  out.push_back(FeatureHash('S').add(prev_shape).add(shape).value());
  out.push_back(FeatureHash('T').add(shape).add(next_shape).value());
  out.push_back(FeatureHash('u').add(s.word(i, -1)).add(shape).value());
  out.push_back(FeatureHash('v').add(shape).add(s.word(i, 1)).value());
  for (int k = 1; k <= 4; ++k) {
    out.push_back(FeatureHash('a').add(k).add(prefix_chars(w, k)).value());
    out.push_back(FeatureHash('z').add(k).add(suffix_chars(w, k)).value());
  }
  out.push_back(FeatureHash('l').add(s.lexicon(i, 0)).add(flags & 3).value());
  out.push_back(FeatureHash('L').add(s.lexicon(i, -1)).value());
  out.push_back(FeatureHash('M').add(s.lexicon(i, 1)).value());
  s.gazetteer(i, out);
  if (feature_set & kNerContextBigrams) {
    out.push_back(FeatureHash('B').add(s.word(i, -2)).add(s.word(i, -1)).value());
    out.push_back(FeatureHash('C').add(s.word(i, 1)).add(s.word(i, 2)).value());
  }
  if (feature_set & kNerContextSuffixes) {
    out.push_back(FeatureHash('d').add(suffix_chars(s.word(i, -1), 3)).value());
    out.push_back(FeatureHash('e').add(suffix_chars(s.word(i, 1), 3)).value());
  }
  if (feature_set & kNerQuoted) {
    const int quoted = s.enclosure(i);
    out.push_back(FeatureHash('Q').add(quoted).add(flags & 1).value());
  }
  if (feature_set & kNerLowercaseSeen && t.capitalized && config.lowercase_words != nullptr) {
    // "Stralsund ligt ..." or "Bovendien ligt ...": a sentence-initial capital says nothing,
    // but a word never written lowercase is likely a name (Ratinov & Roth 2009).
    const bool seen = std::binary_search(config.lowercase_words->begin(),
                                         config.lowercase_words->end(), ner_vocabulary_key(w));
    out.push_back(FeatureHash('V').add(seen ? 1 : 0).add(flags & 7).value());
  }
  if (feature_set & kNerLongAffixes) {
    for (int k = 5; k <= 6; ++k) {
      out.push_back(FeatureHash('a').add(k).add(prefix_chars(w, k)).value());
      out.push_back(FeatureHash('z').add(k).add(suffix_chars(w, k)).value());
    }
  }
}

std::vector<int> ner_viterbi(const std::vector<double>& emissions, const double* transitions) {
  const std::size_t n = emissions.size() / kNerLabels;
  std::vector<int> labels(n, 0);
  if (n == 0) return labels;
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  std::vector<double> best(n * kNerLabels, kNone);
  std::vector<int> back(n * kNerLabels, 0);
  for (int l = 0; l < kNerLabels; ++l) {
    if (!ner_transition_allowed(kNerStart, l)) continue;
    best[l] = transitions[kNerStart * kNerLabels + l] + emissions[l];
  }
  for (std::size_t i = 1; i < n; ++i) {
    for (int l = 0; l < kNerLabels; ++l) {
      for (int p = 0; p < kNerLabels; ++p) {
        const double prev = best[(i - 1) * kNerLabels + p];
        if (prev == kNone || !ner_transition_allowed(p, l)) continue;
        const double score = prev + transitions[p * kNerLabels + l];
        if (score > best[i * kNerLabels + l]) {
          best[i * kNerLabels + l] = score;
          back[i * kNerLabels + l] = p;
        }
      }
      if (best[i * kNerLabels + l] != kNone)
        best[i * kNerLabels + l] += emissions[i * kNerLabels + l];
    }
  }
  const double* last = &best[(n - 1) * kNerLabels];
  labels[n - 1] = static_cast<int>(std::max_element(last, last + kNerLabels) - last);
  for (std::size_t i = n - 1; i > 0; --i) labels[i - 1] = back[i * kNerLabels + labels[i]];
  return labels;
}

Document token_document(std::string_view text, const LanguageData& language) {
  Document doc;
  doc.text = text;
  doc.lang = std::string(language.code.empty() ? "und" : language.code);
  doc.language = &language;
  doc.sentences.push_back({0, text.size(), 0});
  doc.tokens = tokenize(text, 0, text.size(), language);
  doc.sentence_tokens = {0, doc.tokens.size()};
  doc.terms.assign(doc.tokens.size(), -1);
  return doc;
}

}  // namespace precis::detail
