#include "precis/ner.h"

#include <catch2/catch.hpp>

using Tags = std::vector<std::string>;

TEST_CASE("ner tags tokens in IOB2", "[ner]") {
  const auto tags = precis::tag_tokens(
      {"Russian", "President", "Vladimir", "Putin", "visited", "North", "Korea", "."}, "en");
  REQUIRE(tags);
  CHECK(tags.value() == Tags{"B-MISC", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"});
}

TEST_CASE("ner gives O for tokens without entities and for punctuation-only input", "[ner]") {
  CHECK(precis::tag_tokens({"the", "cat", "sat", "."}, "en").value() == Tags(4, "O"));
  CHECK(precis::tag_tokens({".", "-"}, "en").value() == Tags(2, "O"));
  CHECK(precis::tag_tokens({}, "en").value().empty());
}

TEST_CASE("ner rejects a malformed language code", "[ner]") {
  const auto tags = precis::tag_tokens({"Hello"}, "not a code!");
  REQUIRE_FALSE(tags);
  CHECK(tags.error().code == precis::ErrorCode::kInvalidOptions);
}
