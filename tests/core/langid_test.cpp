#include "precis/langid.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>

#include "test_support.h"

using precis::detect_language;
using precis::LanguageIdModel;

namespace {

const std::string& model_bytes() {
  static const std::string bytes =
      precis::test::read_file(std::string(PRECIS_SOURCE_DIR) + "/data/langid/langid.bin");
  return bytes;
}

const LanguageIdModel& model() {
  static const LanguageIdModel m = [] {
    auto parsed = precis::parse_language_id_model(model_bytes());
    REQUIRE(parsed.has_value());
    return std::move(parsed).value();
  }();
  return m;
}

std::string lang(std::string_view text) { return detect_language(text, model()).code; }

}  // namespace

TEST_CASE("langid model file in data/langid parses and lists its languages", "[langid]") {
  REQUIRE(!model_bytes().empty());
  const std::vector<std::string> langs = model().languages();
  CHECK(langs.size() >= 60);
  for (const char* code : {"en", "it", "es", "pt", "fr", "ru", "uk", "bg", "ar", "fa", "hi"}) {
    CHECK(std::find(langs.begin(), langs.end(), code) != langs.end());
  }
}

TEST_CASE("langid decides unique scripts directly", "[langid]") {
  CHECK(
      lang("\u0397 \u03ba\u03c5\u03b2\u03ad\u03c1\u03bd\u03b7\u03c3\u03b7 \u03b1\u03bd\u03b1\u03ba"
           "\u03bf\u03af\u03bd\u03c9\u03c3\u03b5") == "el");
  CHECK(lang("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd") == "he");
  // Kanji with kana is Japanese, even when the kanji outnumber the kana.
  CHECK(lang("\u653f\u5e9c\u306f\u65b0\u3057\u3044\u6cd5\u5f8b\u3092\u767a\u8868\u3057\u305f") ==
        "ja");
  CHECK(lang("\u653f\u5e9c\u5ba3\u5e03\u4e86\u65b0\u7684\u6cd5\u5f8b") == "zh");
  CHECK(lang("\uc815\ubd80\ub294 \uc0c8\ub85c\uc6b4 \ubc95\uc744 \ubc1c\ud45c\ud588\ub2e4") ==
        "ko");
  CHECK(lang("\u0e23\u0e31\u0e10\u0e1a\u0e32\u0e25\u0e1b\u0e23\u0e30\u0e01\u0e32\u0e28") == "th");
  const auto greek = detect_language("\u0391\u03b8\u03ae\u03bd\u03b1", model());
  CHECK(greek.score == Approx(1.0));
}

TEST_CASE("langid tells apart languages that share a non-Latin script", "[langid]") {
  CHECK(lang("\u092d\u093e\u0930\u0924 \u0938\u0930\u0915\u093e\u0930 \u0928\u0947 \u0906\u091c "
             "\u0928\u0908 \u0928\u0940\u0924\u093f \u0915\u0940 \u0918\u094b\u0937\u0923\u093e "
             "\u0915\u0940 \u0939\u0948") == "hi");
  CHECK(lang("\u0642\u0627\u0644\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0625\u0646 "
             "\u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a"
             "\u0623\u0646\u0641 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646") ==
        "ar");
  // Russian, Ukrainian (i, yi, ye) and Bulgarian (hard sign, "che", "shte") by their letters.
  CHECK(lang("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432"
             "\u0438\u043b, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e"
             "\u0440\u044b \u0432\u043e\u0437\u043e\u0431\u043d\u043e\u0432\u044f\u0442\u0441"
             "\u044f \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a.") ==
        "ru");
  CHECK(lang("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432"
             "\u0438\u0432, \u0449\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440"
             "\u0438 \u0432\u0456\u0434\u043d\u043e\u0432\u043b\u044f\u0442\u044c\u0441\u044f "
             "\u0443 \u043f\u043e\u043d\u0435\u0434\u0456\u043b\u043e\u043a \u0456 \u0431\u0443"
             "\u0434\u0443\u0442\u044c \u0442\u0440\u0438\u0432\u0430\u0442\u0438.") == "uk");
  CHECK(lang("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u044a\u0442 \u0437\u0430"
             "\u044f\u0432\u0438, \u0447\u0435 \u043f\u0440\u0435\u0433\u043e\u0432\u043e\u0440"
             "\u0438\u0442\u0435 \u0449\u0435 \u0431\u044a\u0434\u0430\u0442 \u0432\u044a\u0437"
             "\u043e\u0431\u043d\u043e\u0432\u0435\u043d\u0438 \u0432 \u043f\u043e\u043d\u0435"
             "\u0434\u0435\u043b\u043d\u0438\u043a.") == "bg");
}

TEST_CASE("langid tells English, Italian, Spanish, Portuguese and French apart", "[langid]") {
  CHECK(lang("The president said that the talks would resume on Monday.") == "en");
  CHECK(lang("Il presidente ha detto che i colloqui riprenderanno luned\u00ec.") == "it");
  CHECK(lang("El presidente dijo que las conversaciones se reanudar\u00e1n el lunes.") == "es");
  CHECK(lang("O presidente disse que as negocia\u00e7\u00f5es ser\u00e3o retomadas na "
             "segunda-feira.") == "pt");
  CHECK(lang("Le pr\u00e9sident a d\u00e9clar\u00e9 que les discussions reprendront lundi.") ==
        "fr");
}

TEST_CASE("langid weighs names inside a sentence less than the words around them",
          "[langid]") {
  // "Las Vegas" twice had outweighed nine English words (es, 0.83).
  CHECK(lang("Police in Las Vegas arrested a man on Monday. Las Vegas is busy.") == "en");
  // Sentence-initial capitals still count in full.
  CHECK(lang("Der Bundestag hat am Montag das Gesetz beschlossen.") == "de");
}

TEST_CASE("langid says und when there is no evidence", "[langid]") {
  for (const char* text : {"", "   ", "12345 67 89", "a", "\xc3\xa9", "\xff\xfe\xfd", "!?... --"}) {
    const auto guess = detect_language(text, model());
    CHECK(guess.code == "und");
    CHECK(guess.score == 0.0);
  }
  // Latin, Cyrillic and Greek in equal parts: no script holds half of the letters.
  CHECK(lang("abcde \u0430\u0431\u0432\u0433\u0434 \u03b1\u03b2\u03b3\u03b4\u03b5") == "und");
  // Under half letters: figures, and binary data (bytes from a fixed linear congruential
  // generator), which once read as Slovenian at 0.77.
  CHECK(lang("Revenue 1,234.5 6,789.0 12.5% 45.6% 2024-05-06") == "und");
  std::string binary;
  std::uint32_t state = 12345;
  for (int i = 0; i < 4096; ++i) {
    state = state * 1103515245u + 12345u;
    binary += static_cast<char>(state >> 24);
  }
  CHECK(lang(binary) == "und");
  // A results table is still mostly letters.
  CHECK(lang("Arsenal 3 Chelsea 1, Liverpool 2 Everton 2, Leeds 0 Spurs 4.") == "en");
}

TEST_CASE("langid scores are calibrated into 0..1 and read a bounded sample", "[langid]") {
  const auto big = detect_language(precis::test::megabyte_without_punctuation(), model());
  CHECK(big.score >= 0.0);
  CHECK(big.score <= 1.0);
  const auto clear =
      detect_language("The cat and the dog are in the house with the children.", model());
  CHECK(clear.code == "en");
  CHECK(clear.score > 0.8);
  CHECK(clear.score <= 1.0);
  // Two ambiguous words: a guess, but a less confident one.
  const auto pair = detect_language("banka grad", model());
  CHECK(pair.score < clear.score);
  CHECK(pair.score >= 0.0);
}

TEST_CASE("langid model parser rejects malformed bytes", "[langid]") {
  const std::string& good = model_bytes();
  CHECK(!precis::parse_language_id_model(""));
  CHECK(!precis::parse_language_id_model("PLID"));
  CHECK(!precis::parse_language_id_model(good + "x"));  // trailing bytes
  std::string version = good;
  version[4] = 9;
  CHECK(!precis::parse_language_id_model(version));
  std::string magic = good;
  magic[0] = 'X';
  CHECK(!precis::parse_language_id_model(magic));
  std::string count = good;
  count[16 + 3 * static_cast<unsigned char>(good[5]) + 3] = '\x7f';  // feature count too large
  CHECK(!precis::parse_language_id_model(count));
  // Every truncation fails cleanly (ASan/UBSan builds check there is no overread).
  for (std::size_t n = 0; n < good.size(); n += 1 + n / 7) {
    const auto parsed = precis::parse_language_id_model(good.substr(0, n));
    CHECK(!parsed);
    if (parsed) break;
  }
  // Flipped bytes either fail or give a model that still answers within 0..1.
  for (std::size_t i = 0; i < good.size(); i += 997) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x5a);
    const auto parsed = precis::parse_language_id_model(bad);
    if (!parsed) continue;
    const auto guess =
        detect_language("Il governo ha approvato la legge di bilancio.", parsed.value());
    CHECK(guess.score >= 0.0);
    CHECK(guess.score <= 1.0);
  }
}

TEST_CASE("langid without a model still decides unique scripts", "[langid]") {
  const LanguageIdModel empty;
  CHECK(detect_language("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", empty).code == "he");
  CHECK(detect_language("The talks resume on Monday.", empty).code == "und");
  CHECK(detect_language("\u05e9\u05dc\u05d5\u05dd", nullptr).code == "he");
  CHECK(detect_language("The talks resume on Monday.", nullptr).code == "und");
}
