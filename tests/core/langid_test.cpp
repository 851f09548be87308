#include "precis/langid.h"

#include <catch2/catch.hpp>

#include "test_support.h"

using precis::detect_language;

TEST_CASE("langid tells English from Italian by their function words", "[langid]") {
  CHECK(detect_language("The president said that the talks would resume on Monday.").code == "en");
  CHECK(detect_language("Il presidente ha detto che i colloqui riprenderanno lunedì.").code ==
        "it");
  CHECK(detect_language("El presidente dijo que las conversaciones se reanudarán.").code == "es");
}

TEST_CASE("langid decides unique scripts directly", "[langid]") {
  CHECK(detect_language("\xce\x97 \xce\xb5\xcf\x80\xce\xaf\xcf\x83\xce\xba\xce\xb5\xcf\x88\xce\xb7")
            .code == "el");
  CHECK(detect_language("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d").code ==
        "he");
  CHECK(detect_language("\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf\xe4\xb8\x96")
            .code == "ja");
  CHECK(detect_language("\xe4\xbd\xa0\xe5\xa5\xbd\xe4\xb8\x96\xe7\x95\x8c").code == "zh");
  CHECK(detect_language("\xe0\xb8\xaa\xe0\xb8\xa7\xe0\xb8\xb1\xe0\xb8\xaa\xe0\xb8\x94\xe0\xb8\xb5")
            .code == "th");
}

TEST_CASE("langid says und when there is no evidence", "[langid]") {
  CHECK(detect_language("").code == "und");
  CHECK(detect_language("   ").code == "und");
  CHECK(detect_language("12345 67 89").code == "und");
  CHECK(detect_language("Xyzzy").code == "und");
  CHECK(detect_language("\xff\xfe\xfd").code == "und");
}

TEST_CASE("langid scores between 0 and 1 and reads a bounded sample", "[langid]") {
  const auto guess = detect_language(precis::test::megabyte_without_punctuation() + " the and of");
  CHECK(guess.score >= 0.0);
  CHECK(guess.score <= 1.0);
  const auto en = detect_language("The cat and the dog are in the house with the children.");
  CHECK(en.score > 0.5);
}
