#include "precis/language_pack.h"

#include <algorithm>
#include <utility>

#include "precis/stem.h"

namespace precis {
namespace {

constexpr std::size_t kMaxPackBytes = 4u << 20;  // the largest real pack is under 32 KB

Error bad_pack(const std::string& what) {
  return Error{ErrorCode::kInvalidOptions, "language pack: " + what};
}

// Reads lines off the front of a text, without copying.
class Lines {
 public:
  explicit Lines(std::string_view text) : rest_(text) {}
  bool next(std::string_view& line) {
    if (rest_.empty()) return false;
    const std::size_t end = rest_.find('\n');
    line = rest_.substr(0, end);
    rest_ = end == std::string_view::npos ? std::string_view() : rest_.substr(end + 1);
    return true;
  }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

// "key value": the value, or an error naming the key.
Result<std::string_view> field(Lines& lines, std::string_view key) {
  std::string_view line;
  if (!lines.next(line) || line.substr(0, key.size()) != key || line.size() <= key.size() ||
      line[key.size()] != ' ') {
    return bad_pack("expected \"" + std::string(key) + "\"");
  }
  return line.substr(key.size() + 1);
}

Result<bool> flag(Lines& lines, std::string_view key) {
  Result<std::string_view> value = field(lines, key);
  if (!value) return value.error();
  if (value.value() != "0" && value.value() != "1") {
    return bad_pack(std::string(key) + " must be 0 or 1");
  }
  return value.value() == "1";
}

// "key N" then N words, strictly increasing bytewise (binary search relies on it).
Result<bool> word_list(Lines& lines, std::string_view key, std::vector<std::string_view>& out) {
  Result<std::string_view> count = field(lines, key);
  if (!count) return count.error();
  std::size_t n = 0;
  for (const char c : count.value()) {
    if (c < '0' || c > '9' || n > kMaxPackBytes) return bad_pack(std::string(key) + " count");
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (n > kMaxPackBytes) return bad_pack(std::string(key) + " count");
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view word;
    if (!lines.next(word) || word.empty()) return bad_pack(std::string(key) + " list is short");
    if (!out.empty() && !(out.back() < word)) return bad_pack(std::string(key) + " not sorted");
    out.push_back(word);
  }
  return true;
}

// "name\tCC": a non-empty name and two capital letters.
bool is_country_line(std::string_view line) {
  const std::size_t tab = line.find('\t');
  return tab != 0 && tab != std::string_view::npos && line.size() == tab + 3 &&
         std::all_of(line.begin() + tab + 1, line.end(),
                     [](char x) { return x >= 'A' && x <= 'Z'; });
}

// "name\tkey": a non-empty name and a non-empty key without a tab.
bool is_exonym_line(std::string_view line) {
  const std::size_t tab = line.find('\t');
  return tab != 0 && tab != std::string_view::npos && tab + 1 < line.size() &&
         line.find('\t', tab + 1) == std::string_view::npos;
}

}  // namespace

Result<LanguagePack> parse_language_pack(std::string bytes) noexcept {
  if (bytes.size() > kMaxPackBytes) return bad_pack("larger than 4 MiB");
  LanguagePack pack;
  pack.storage_ = std::make_unique<LanguagePack::Storage>();
  LanguagePack::Storage& s = *pack.storage_;
  s.text = std::move(bytes);
  Lines lines(s.text);
  std::string_view header;
  if (!lines.next(header) || header != "precis-language-pack 3") return bad_pack("bad header");
  Result<std::string_view> code = field(lines, "code");
  if (!code) return code.error();
  const std::string_view c = code.value();
  if (c.size() < 2 || c.size() > 3 ||
      !std::all_of(c.begin(), c.end(), [](char x) { return x >= 'a' && x <= 'z'; })) {
    return bad_pack("code must be two or three lowercase letters");
  }
  Result<std::string_view> name = field(lines, "name");
  if (!name) return name.error();
  // "stemmer " with an empty value is a language without a Snowball stemmer.
  Result<std::string_view> stemmer = field(lines, "stemmer");
  if (!stemmer) return stemmer.error();
  const std::string_view algorithm = stemmer.value();
  if (!algorithm.empty() && Stemmer(algorithm).is_identity()) return bad_pack("unknown stemmer");
  Result<bool> elisions = flag(lines, "elisions");
  if (!elisions) return elisions.error();
  Result<bool> nouns = flag(lines, "capitalized-nouns");
  if (!nouns) return nouns.error();
  Result<bool> sentence_case = flag(lines, "sentence-case-names");
  if (!sentence_case) return sentence_case.error();
  std::vector<std::string_view> stopwords, abbreviations, countries, exonyms;
  Result<bool> read = word_list(lines, "stopwords", stopwords);
  if (!read) return read.error();
  read = word_list(lines, "abbreviations", abbreviations);
  if (!read) return read.error();
  read = word_list(lines, "countries", countries);
  if (!read) return read.error();
  if (!std::all_of(countries.begin(), countries.end(), is_country_line)) {
    return bad_pack("a countries line is not \"name<TAB>code\"");
  }
  read = word_list(lines, "exonyms", exonyms);
  if (!read) return read.error();
  if (!std::all_of(exonyms.begin(), exonyms.end(), is_exonym_line)) {
    return bad_pack("an exonyms line is not \"name<TAB>key\"");
  }
  if (!lines.done()) return bad_pack("text after the exonyms");
  s.stopwords = IndexedWords(std::move(stopwords));
  s.abbreviations = IndexedWords(std::move(abbreviations));
  s.countries = IndexedWords(std::move(countries));
  s.exonyms = IndexedWords(std::move(exonyms));
  s.data = LanguageData{c,
                        name.value(),
                        algorithm,
                        s.stopwords.list(),
                        s.abbreviations.list(),
                        s.countries.list(),
                        s.exonyms.list(),
                        elisions.value(),
                        nouns.value(),
                        sentence_case.value()};
  return pack;
}

}  // namespace precis
