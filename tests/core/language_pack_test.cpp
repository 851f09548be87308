#include "precis/language_pack.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "precis/api.h"
#include "precis/entity_keys.h"
#include "precis/language.h"
#include "precis/resources.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

std::string pack_path(const std::string& code) {
  return std::string(PRECIS_SOURCE_DIR) + "/data/lang/" + code + ".lang";
}

bool same_words(const precis::WordList& a, const precis::WordList& b) {
  if (a.size != b.size) return false;
  for (std::size_t i = 0; i < a.size; ++i) {
    if (a.words[i] != b.words[i]) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("every language pack holds exactly the built-in data", "[language_pack]") {
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(std::string(PRECIS_SOURCE_DIR) + "/data/lang")) {
    if (entry.path().extension() != ".lang") continue;
    INFO(entry.path().string());
    auto pack = precis::parse_language_pack(precis::test::read_file(entry.path().string()));
    REQUIRE(pack);
    const precis::LanguageData& loaded = pack.value().data();
    const precis::LanguageData* built_in = precis::find_language(loaded.code);
    REQUIRE(built_in != nullptr);
    CHECK(loaded.name == built_in->name);
    CHECK(loaded.stemmer == built_in->stemmer);
    CHECK(same_words(loaded.stopwords, built_in->stopwords));
    CHECK(same_words(loaded.abbreviations, built_in->abbreviations));
    CHECK(same_words(loaded.countries, built_in->countries));
    CHECK(same_words(loaded.exonyms, built_in->exonyms));
    CHECK(loaded.splits_elisions == built_in->splits_elisions);
    CHECK(loaded.capitalizes_nouns == built_in->capitalizes_nouns);
    CHECK(loaded.sentence_case_names == built_in->sentence_case_names);
    ++checked;
  }
  CHECK(checked == precis::all_languages().size);
}

TEST_CASE("a moved language pack keeps its data", "[language_pack]") {
  auto pack = precis::parse_language_pack(precis::test::read_file(pack_path("it")));
  REQUIRE(pack);
  const precis::LanguagePack moved = std::move(pack).value();
  CHECK(moved.data().code == "it");
  CHECK(moved.data().stopwords.contains("il"));
  CHECK(moved.data().splits_elisions);
}

TEST_CASE("a language pack is found by resources under its code and subtags", "[language_pack]") {
  auto pack = precis::parse_language_pack(
      "precis-language-pack 3\ncode qq\nname Test\nstemmer \nelisions 0\ncapitalized-nouns "
      "0\nsentence-case-names 0\n"
      "stopwords 2\nand\nthe\nabbreviations 1\ndr\ncountries 1\nwonderland\tQQ\n"
      "exonyms 1\nciudad esmeralda\temerald city\n");
  REQUIRE(pack);
  precis::Resources resources;
  CHECK(resources.language("qq") == nullptr);
  resources.languages.push_back(&pack.value().data());
  CHECK(resources.language("qq") == &pack.value().data());
  CHECK(resources.language("QQ-x") == &pack.value().data());
  CHECK(resources.language("en") == precis::find_language("en"));
  const auto out = nlohmann::json::parse(precis::run_json(precis::Verb::kSummarize,
                                                          "Dr. Who and the cat sat. The end came.",
                                                          R"({"lang":"qq"})", resources));
  CHECK(out["lang"] == "qq");
  CHECK(out["sentences"][0]["text"] == "Dr. Who and the cat sat.");
  // The pack's country names give canonical keys, as the built-in languages' do.
  const auto tags = nlohmann::json::parse(precis::run_json(
      precis::Verb::kTag, "The army arrived in Wonderland. In Wonderland the army stayed.",
      R"({"lang":"qq","ner":false})", resources));
  CHECK(tags.dump().find("\"LOC:QQ\"") != std::string::npos);
  // Its exonyms too: the pack's name for a place keys it by the place's English name.
  CHECK(precis::entity_key("Ciudad Esmeralda", precis::EntityType::kLocation,
                           pack.value().data()) == "LOC:emerald city");
}

TEST_CASE("a malformed language pack is a typed error", "[language_pack]") {
  const std::string good =
      "precis-language-pack 3\ncode qq\nname Test\nstemmer english\nelisions 0\n"
      "capitalized-nouns 0\nsentence-case-names 0\nstopwords 1\nthe\nabbreviations 0\ncountries "
      "1\nqueensland\tQQ\nexonyms 1\nbrisbane\tbrisvegas\n";
  REQUIRE(precis::parse_language_pack(good));
  const auto code = [](std::string bytes) {
    auto pack = precis::parse_language_pack(std::move(bytes));
    return pack ? std::string("OK") : std::string(precis::error_code_name(pack.error().code));
  };
  CHECK(code("") == "INVALID_OPTIONS");
  CHECK(code("precis-language-pack 1\n") == "INVALID_OPTIONS");
  CHECK(code(good + "extra\n") == "INVALID_OPTIONS");
  std::string no_code = good;
  no_code.replace(no_code.find("\tQQ"), 3, " QQ");
  CHECK(code(no_code) == "INVALID_OPTIONS");
  std::string lower_code = good;
  lower_code.replace(lower_code.find("\tQQ"), 3, "\tqq");
  CHECK(code(lower_code) == "INVALID_OPTIONS");
  std::string unsorted = good;
  unsorted.replace(unsorted.find("stopwords 1\nthe"), 15, "stopwords 2\nthe\nand");
  CHECK(code(unsorted) == "INVALID_OPTIONS");
  std::string stemmer = good;
  stemmer.replace(stemmer.find("english"), 7, "klingon");
  CHECK(code(stemmer) == "INVALID_OPTIONS");
  std::string exonym_without_key = good;
  exonym_without_key.replace(exonym_without_key.find("\tbrisvegas"), 10, " brisvegas");
  CHECK(code(exonym_without_key) == "INVALID_OPTIONS");
  std::string version_2 = good;  // packs before exonyms
  version_2.replace(version_2.find(" 3\n"), 3, " 2\n");
  CHECK(code(version_2) == "INVALID_OPTIONS");
  CHECK(code(good.substr(0, good.size() - 14)) == "INVALID_OPTIONS");
  CHECK(code("precis-language-pack 3\ncode Q!\n") == "INVALID_OPTIONS");
  CHECK(code(std::string("precis-language-pack 3\ncode qq\nname \0x\n", 40)) == "INVALID_OPTIONS");
}
