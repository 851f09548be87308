#include "detail/polish_lemma.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "detail/light_stem.h"

namespace precis::detail {
namespace {

// The case of a head noun, which decides the ending of the adjectives agreeing with it.
enum class HeadCase { kFeminineOblique, kFeminineAccusative, kFeminineInstrumental, kNeuter };

struct Rewrite {
  std::string_view ending;
  std::string_view nominative;
};

struct HeadRule {
  Rewrite form;
  HeadCase head_case;
};

// Feminine "-cja", "-ia" and "-ość" nouns and any feminine "-a" noun in the accusative or
// instrumental; neuter verbal nouns in "-nie". Longer endings first.
constexpr HeadRule kHeadRules[] = {
    {{"ością", "ość"}, HeadCase::kFeminineInstrumental},
    {{"ości", "ość"}, HeadCase::kFeminineOblique},
    {{"niem", "nie"}, HeadCase::kNeuter},
    {{"niu", "nie"}, HeadCase::kNeuter},
    {{"cji", "cja"}, HeadCase::kFeminineOblique},
    {{"sji", "sja"}, HeadCase::kFeminineOblique},
    {{"zji", "zja"}, HeadCase::kFeminineOblique},
    {{"ii", "ia"}, HeadCase::kFeminineOblique},
    {{"ę", "a"}, HeadCase::kFeminineAccusative},
    {{"ą", "a"}, HeadCase::kFeminineInstrumental},  // see instrumental_of_a_noun
};

// Adjective endings in agreement with each head case, and their nominative singular. The
// feminine "-ej" is taken only after the consonants that end adjective stems ("-nej", "-owej",
// "-kiej"), since adverbs end in "-ej" too ("poniżej", "więcej", "wcześniej").
constexpr Rewrite kFeminineObliqueAdjective[] = {
    {"kiej", "ka"}, {"giej", "ga"}, {"nej", "na"}, {"wej", "wa"}, {"tej", "ta"},
    {"łej", "ła"},  {"rej", "ra"},  {"dej", "da"}, {"bej", "ba"}, {"pej", "pa"}};
constexpr Rewrite kFeminineAccusativeAdjective[] = {{"ą", "a"}};
constexpr Rewrite kNeuterAdjective[] = {{"iemu", "ie"}, {"emu", "e"}, {"im", "ie"}, {"ym", "e"}};

// A noun or adjective keeps at least this many letters before the rewritten ending.
constexpr std::size_t kMinStemLetters = 3;

bool ends_with(std::string_view word, std::string_view ending) {
  return ends_with_stem(word, ending, kMinStemLetters);
}

template <std::size_t N>
const Rewrite* find(const Rewrite (&rules)[N], std::string_view word) {
  for (const Rewrite& rule : rules) {
    if (ends_with(word, rule.ending)) return &rule;
  }
  return nullptr;
}

const Rewrite* agreeing_adjective(HeadCase head_case, std::string_view word) {
  switch (head_case) {
    case HeadCase::kFeminineOblique:
      return find(kFeminineObliqueAdjective, word);
    case HeadCase::kFeminineAccusative:
    case HeadCase::kFeminineInstrumental:
      return find(kFeminineAccusativeAdjective, word);
    case HeadCase::kNeuter:
      return find(kNeuterAdjective, word);
  }
  return nullptr;
}

// "-ą" is the instrumental of "-a" nouns ("metodą", "energią") but also of feminine nouns
// that end in a consonant ("pomocą", "siecią", "pamięcią"): it is taken only after a hard
// consonant, or after "i" that follows one.
bool instrumental_of_a_noun(std::string_view word) {
  std::string_view stem = word.substr(0, word.size() - std::string_view("ą").size());
  const bool soft = !stem.empty() && stem.back() == 'i';
  if (soft) stem.remove_suffix(1);
  if (stem.size() >= 2 && stem.substr(stem.size() - 2) == "ł") return !soft;
  // "-nią" is left out as well: "dłonią" is "dłoń".
  const std::string_view hard = soft ? "bdfgkmprstwz" : "bdfgkmnprstwz";
  return !stem.empty() && hard.find(stem.back()) != std::string_view::npos;
}

// A plural adjective right after the head ("właściwości podobne") shows that an ending shared
// by the singular and the plural ("-ości") is the plural here: it stays.
bool followed_by_plural_adjective(const std::vector<std::string>& words, std::size_t h) {
  return h + 1 < words.size() && words[h + 1].size() > 2 && words[h + 1].back() == 'e';
}

const HeadRule* head_rule(const std::vector<std::string>& words, std::size_t h) {
  const std::string& word = words[h];
  for (const HeadRule& rule : kHeadRules) {
    if (!ends_with(word, rule.form.ending)) continue;
    if (rule.form.ending == "ą" && !instrumental_of_a_noun(word)) return nullptr;
    if (rule.form.ending == "ości" && followed_by_plural_adjective(words, h)) return nullptr;
    return &rule;
  }
  return nullptr;
}

void rewrite(std::string& word, const Rewrite& form) {
  word.replace(word.size() - form.ending.size(), form.ending.size(), form.nominative);
}

std::vector<std::string> split_words(const std::string& phrase) {
  std::vector<std::string> words;
  std::size_t begin = 0;
  while (begin <= phrase.size()) {
    const std::size_t end = std::min(phrase.find(' ', begin), phrase.size());
    words.push_back(phrase.substr(begin, end - begin));
    begin = end + 1;
  }
  return words;
}

}  // namespace

std::string polish_nominative(const std::string& phrase) {
  std::vector<std::string> words = split_words(phrase);
  // The head is the last word that has a head ending while every word before it agrees with it
  // as an adjective ("numeryczną weryfikację": the head is "weryfikację", not "numeryczną").
  std::size_t head = words.size();
  const HeadRule* rule = nullptr;
  for (std::size_t h = 0; h < words.size(); ++h) {
    const HeadRule* candidate = head_rule(words, h);
    if (candidate == nullptr) continue;
    bool agrees = true;
    for (std::size_t a = 0; a < h && agrees; ++a) {
      agrees = agreeing_adjective(candidate->head_case, words[a]) != nullptr;
    }
    if (!agrees) break;
    head = h;
    rule = candidate;
  }
  if (rule == nullptr) return phrase;
  rewrite(words[head], rule->form);
  for (std::size_t a = 0; a < words.size(); ++a) {
    if (a == head) continue;
    const Rewrite* adjective = agreeing_adjective(rule->head_case, words[a]);
    if (adjective == nullptr) {
      if (a > head) break;  // the genitive complements start here
      continue;
    }
    rewrite(words[a], *adjective);
  }
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace precis::detail
