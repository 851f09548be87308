#include "detail/polish_lemma.h"

#include <catch2/catch.hpp>

using precis::detail::polish_nominative;

TEST_CASE("a Polish phrase in an oblique case is shown in the nominative", "[polish]") {
  // "emisji akustycznej" -> "emisja akustyczna"
  CHECK(polish_nominative("emisji akustycznej") == "emisja akustyczna");
  // "adaptacyjnej filtracji zakłóceń": the adjective before the head agrees with it, the
  // genitive after it stays.
  CHECK(polish_nominative("adaptacyjnej filtracji zak\xC5\x82\xC3\xB3\x63\x65\xC5\x84") ==
        "adaptacyjna filtracja zak\xC5\x82\xC3\xB3\x63\x65\xC5\x84");
  // "skuteczności ekranowania" -> "skuteczność ekranowania"
  CHECK(polish_nominative("skuteczno\xC5\x9B\x63i ekranowania") ==
        "skuteczno\xC5\x9B\xC4\x87 ekranowania");
  // "numeryczną weryfikację" -> "numeryczna weryfikacja"
  CHECK(polish_nominative("numeryczn\xC4\x85 weryfikacj\xC4\x99") == "numeryczna weryfikacja");
  // "poprawnym wyznaczaniu danych" -> "poprawne wyznaczanie danych" (neuter)
  CHECK(polish_nominative("poprawnym wyznaczaniu danych") == "poprawne wyznaczanie danych");
  CHECK(polish_nominative("fotogrametrii") == "fotogrametria");
}

TEST_CASE("a Polish phrase keeps what its endings leave in doubt", "[polish]") {
  // The head "metody" may be nominative already; "emisji akustycznej" is its complement.
  CHECK(polish_nominative("metody emisji akustycznej") == "metody emisji akustycznej");
  // "poniżej" is an adverb, not an adjective in "-ej".
  CHECK(polish_nominative("niepewno\xC5\x9B\x63i pomiarowej poni\xC5\xBC\x65j") ==
        "niepewno\xC5\x9B\xC4\x87 pomiarowa poni\xC5\xBC\x65j");
  // "właściwości podobne" is plural: "-ości" stays.
  CHECK(polish_nominative("w\xC5\x82\x61\xC5\x9B\x63iwo\xC5\x9B\x63i podobne") ==
        "w\xC5\x82\x61\xC5\x9B\x63iwo\xC5\x9B\x63i podobne");
  // "pomocą" and "siecią" are instrumentals of nouns without "-a" ("pomoc", "sieć").
  CHECK(polish_nominative("pomoc\xC4\x85 stetoskopu") == "pomoc\xC4\x85 stetoskopu");
  CHECK(polish_nominative("sieci\xC4\x85") == "sieci\xC4\x85");
  // Masculine and plural forms are ambiguous and stay.
  CHECK(polish_nominative("pomiarach ha\xC5\x82\x61su") == "pomiarach ha\xC5\x82\x61su");
  CHECK(polish_nominative("") == "");
  CHECK(polish_nominative("a") == "a");
}
