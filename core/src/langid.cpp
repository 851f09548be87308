#include "precis/langid.h"

#include <array>
#include <vector>

#include "detail/text_class.h"
#include "precis/language.h"
#include "precis/limits.h"
#include "precis/utf8.h"

namespace precis {
namespace {

// Scripts that name their language outright, by Unicode block. Shared scripts (Latin, Cyrillic,
// Arabic, Devanagari) fall through to the stopword vote.
struct ScriptRange {
  char32_t first;
  char32_t last;
  std::string_view code;  // the language, or "" for a shared script
};

constexpr std::array<ScriptRange, 27> kScripts = {{
    {0x0041, 0x024F, ""},  // Latin
    {0x0370, 0x03FF, "el"},
    {0x1F00, 0x1FFF, "el"},  // Greek
    {0x0400, 0x052F, ""},    // Cyrillic
    {0x0530, 0x058F, "hy"},
    {0x0590, 0x05FF, "he"},
    {0x0600, 0x06FF, ""},  // Arabic script: Arabic,
                           // Persian, Urdu
    {0x0900, 0x097F, ""},  // Devanagari: Hindi, Marathi, Nepali
    {0x0980, 0x09FF, "bn"},
    {0x0A00, 0x0A7F, "pa"},
    {0x0A80, 0x0AFF, "gu"},
    {0x0B80, 0x0BFF, "ta"},
    {0x0C00, 0x0C7F, "te"},
    {0x0C80, 0x0CFF, "kn"},
    {0x0D00, 0x0D7F, "ml"},
    {0x0D80, 0x0DFF, "si"},
    {0x0E00, 0x0E7F, "th"},
    {0x0E80, 0x0EFF, "lo"},
    {0x10A0, 0x10FF, "ka"},
    {0x1200, 0x137F, "am"},
    {0x1780, 0x17FF, "km"},
    {0x3040, 0x30FF, "ja"},  // kana: Japanese even among kanji
    {0x1100, 0x11FF, "ko"},
    {0xAC00, 0xD7AF, "ko"},
    {0x3400, 0x4DBF, "zh"},
    {0x4E00, 0x9FFF, "zh"},
    {0x1000, 0x109F, "my"},
}};

constexpr std::size_t kMinWords = 1;

int script_of(char32_t c) {
  for (std::size_t i = 0; i < kScripts.size(); ++i) {
    if (c >= kScripts[i].first && c <= kScripts[i].last) return static_cast<int>(i);
  }
  return -1;
}

// Folded words of the sample, split at anything that is not a letter or apostrophe.
std::vector<std::string> sample_words(std::string_view sample) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t pos = 0; pos < sample.size();) {
    const DecodedChar c = decode_utf8(sample, pos);
    pos += c.length;
    if (detail::is_letter(c.code_point) || detail::is_apostrophe(c.code_point)) {
      append_utf8(word,
                  detail::is_apostrophe(c.code_point) ? U'\'' : detail::to_lower(c.code_point));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The stopword vote: each word counts for every language that lists it, weighted down when many
// languages list it ("a", "de"), so shared function words do not decide.
LanguageGuess vote(const std::vector<std::string>& words) {
  const LanguageTable table = all_languages();
  std::vector<double> score(table.size, 0.0);
  for (const std::string& word : words) {
    std::size_t listed = 0;
    for (std::size_t i = 0; i < table.size; ++i) {
      listed += table.languages[i].stopwords.contains(word) ? 1 : 0;
    }
    if (listed == 0) continue;
    for (std::size_t i = 0; i < table.size; ++i) {
      if (table.languages[i].stopwords.contains(word))
        score[i] += 1.0 / static_cast<double>(listed);
    }
  }
  std::size_t best = 0;
  double total = 0.0;
  for (std::size_t i = 0; i < table.size; ++i) {
    total += score[i];
    if (score[i] > score[best]) best = i;
  }
  if (score[best] <= 0.0) return {"und", 0.0};
  return {std::string(table.languages[best].code), score[best] / total};
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
  std::string_view sample = text.substr(0, kLanguageIdSampleBytes);
  while (!sample.empty() && (static_cast<unsigned char>(sample.back()) & 0x80) != 0 &&
         sample.size() < text.size()) {
    sample.remove_suffix(1);  // never decode a character cut in half by the sample's end
  }
  std::array<std::size_t, kScripts.size()> letters{};
  std::size_t total_letters = 0;
  for (std::size_t pos = 0; pos < sample.size();) {
    const DecodedChar c = decode_utf8(sample, pos);
    pos += c.length;
    if (!detail::is_letter(c.code_point)) continue;
    const int script = script_of(c.code_point);
    if (script < 0) continue;
    ++letters[static_cast<std::size_t>(script)];
    ++total_letters;
  }
  if (total_letters == 0) return {"und", 0.0};
  // Kana anywhere means Japanese, even when kanji (Han) letters outnumber it.
  std::size_t top = 0;
  for (std::size_t i = 0; i < kScripts.size(); ++i) {
    if (letters[i] > letters[top]) top = i;
  }
  for (std::size_t i = 0; i < kScripts.size(); ++i) {
    if (kScripts[top].code == "zh" && kScripts[i].code == "ja" && letters[i] > 0) top = i;
  }
  const double share = static_cast<double>(letters[top]) / static_cast<double>(total_letters);
  if (!kScripts[top].code.empty()) return {std::string(kScripts[top].code), share};
  const std::vector<std::string> words = sample_words(sample);
  if (words.size() < kMinWords) return {"und", 0.0};
  LanguageGuess guess = vote(words);
  guess.score *= share;
  return guess;
}

}  // namespace precis
