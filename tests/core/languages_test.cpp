// One summary/tag smoke test per script family: the language is detected, sentences are found
// and every offset slices the input, whatever the script.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "precis/api.h"
#include "test_support.h"

namespace {

struct Family {
  const char* lang;
  const char* script;
  const char* text;
};

const Family kFamilies[] = {
    {"it", "Latin",
     "Il presidente russo \u00e8 arrivato a Pyongyang marted\u00ec. La visita durer\u00e0 due "
     "giorni."},
    {"ru", "Cyrillic",
     "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0420\u043e\u0441\u0441\u0438\u0438 "
     "\u043f\u0440\u0438\u0431\u044b\u043b \u0432 \u041f\u0445\u0435\u043d\u044c\u044f\u043d "
     "\u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a. \u0412\u0438\u0437\u0438\u0442 "
     "\u043f\u0440\u043e\u0434\u043b\u0438\u0442\u0441\u044f \u0434\u0432\u0430 "
     "\u0434\u043d\u044f."},
    {"el", "Greek",
     "\u039f \u03c0\u03c1\u03cc\u03b5\u03b4\u03c1\u03bf\u03c2 \u03ad\u03c6\u03c4\u03b1\u03c3\u03b5 "
     "\u03c3\u03c4\u03b7\u03bd \u0391\u03b8\u03ae\u03bd\u03b1 \u03c4\u03b7\u03bd "
     "\u03a4\u03c1\u03af\u03c4\u03b7. \u0397 \u03b5\u03c0\u03af\u03c3\u03ba\u03b5\u03c8\u03b7 "
     "\u03b8\u03b1 \u03b4\u03b9\u03b1\u03c1\u03ba\u03ad\u03c3\u03b5\u03b9 \u03b4\u03cd\u03bf "
     "\u03b7\u03bc\u03ad\u03c1\u03b5\u03c2."},
    {"ar", "Arabic",
     "\u0648\u0635\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0627\u0644\u0631\u0648\u0633\u064a "
     "\u0625\u0644\u0649 \u0627\u0644\u0639\u0627\u0635\u0645\u0629 \u064a\u0648\u0645 "
     "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621. \u0648\u0633\u062a\u0633\u062a\u0645\u0631 "
     "\u0627\u0644\u0632\u064a\u0627\u0631\u0629 \u064a\u0648\u0645\u064a\u0646."},
    {"he", "Hebrew",
     "\u05e0\u05e9\u05d9\u05d0 \u05e8\u05d5\u05e1\u05d9\u05d4 \u05d4\u05d2\u05d9\u05e2 "
     "\u05dc\u05d1\u05d9\u05e8\u05d4 \u05d1\u05d9\u05d5\u05dd \u05e9\u05dc\u05d9\u05e9\u05d9. "
     "\u05d4\u05d1\u05d9\u05e7\u05d5\u05e8 \u05d9\u05d9\u05de\u05e9\u05da "
     "\u05d9\u05d5\u05de\u05d9\u05d9\u05dd."},
    {"zh", "CJK (Chinese)",
     "\u4fc4\u7f57\u65af\u603b\u7edf\u5468\u4e8c\u62b5\u8fbe\u9996\u90fd\u3002\u8bbf\u95ee\u5c06"
     "\u6301\u7eed\u4e24\u5929\u3002"},
    {"ja", "CJK (Japanese)",
     "\u30ed\u30b7\u30a2\u306e\u5927\u7d71\u9818\u304c\u706b\u66dc\u65e5\u306b\u9996\u90fd\u306b"
     "\u5230\u7740\u3057\u305f\u3002\u8a2a\u554f\u306f\u4e8c\u65e5\u9593\u7d9a\u304f\u3002"},
    {"th", "Thai",
     "\u0e1b\u0e23\u0e30\u0e18\u0e32\u0e19\u0e32\u0e18\u0e34\u0e1a\u0e14\u0e35\u0e23\u0e31\u0e2a"
     "\u0e40\u0e0b\u0e35\u0e22\u0e40\u0e14\u0e34\u0e19\u0e17\u0e32\u0e07\u0e16\u0e36\u0e07\u0e40"
     "\u0e21\u0e37\u0e2d\u0e07\u0e2b\u0e25\u0e27\u0e07\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e27\u0e31"
     "\u0e19\u0e2d\u0e31\u0e07\u0e04\u0e32\u0e23 "
     "\u0e01\u0e32\u0e23\u0e40\u0e22\u0e37\u0e2d\u0e19\u0e08\u0e30\u0e43\u0e0a\u0e49\u0e40\u0e27"
     "\u0e25\u0e32\u0e2a\u0e2d\u0e07\u0e27\u0e31\u0e19"},
    {"hi", "Devanagari",
     "\u0930\u0942\u0938 \u0915\u0947 \u0930\u093e\u0937\u094d\u091f\u094d\u0930\u092a\u0924\u093f "
     "\u092e\u0902\u0917\u0932\u0935\u093e\u0930 \u0915\u094b "
     "\u0930\u093e\u091c\u0927\u093e\u0928\u0940 \u092a\u0939\u0941\u0902\u091a\u0947\u0964 "
     "\u092f\u0939 \u092f\u093e\u0924\u094d\u0930\u093e \u0926\u094b \u0926\u093f\u0928 "
     "\u091a\u0932\u0947\u0917\u0940\u0964"},
};

}  // namespace

TEST_CASE("every script family is detected, summarized and tagged with exact offsets",
          "[languages]") {
  for (const Family& family : kFamilies) {
    INFO(family.script);
    const std::string text = family.text;
    const auto out = nlohmann::json::parse(precis::run_json(
        precis::Verb::kAnalyze, text, R"({"sentences": 2})", precis::test::data_resources()));
    REQUIRE_FALSE(out.contains("error"));
    CHECK(out["lang"] == family.lang);
    REQUIRE(out["sentences"].size() >= 1);
    for (const auto& s : out["sentences"]) {
      const std::size_t start = s["start"];
      const std::size_t end = s["end"];
      CHECK(text.substr(start, end - start) == s["text"]);
    }
    CHECK(out["keyphrases"].is_array());
  }
}
