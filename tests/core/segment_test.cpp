#include "precis/segment.h"

#include <catch2/catch.hpp>

#include "test_support.h"

using precis::test::document_of;
using precis::test::sentence_texts;
using Texts = std::vector<std::string>;

TEST_CASE("segment keeps Mr. inside a sentence", "[segment]") {
  const auto doc =
      document_of("During his visit, Mr. Putin will meet Mr. Kim. They last met in 2023.");
  CHECK(sentence_texts(doc) ==
        Texts{"During his visit, Mr. Putin will meet Mr. Kim.", "They last met in 2023."});
}

TEST_CASE("segment keeps U.S. inside a sentence but ends one before The", "[segment]") {
  CHECK(sentence_texts(document_of("U.S. officials met. The talks went well.")) ==
        Texts{"U.S. officials met.", "The talks went well."});
  CHECK(sentence_texts(document_of("He lives in the U.S. The weather is fine there.")) ==
        Texts{"He lives in the U.S.", "The weather is fine there."});
  CHECK(sentence_texts(document_of("The U.S. National Security Council spoke.")).size() == 1);
}

TEST_CASE("segment keeps initials inside a name", "[segment]") {
  CHECK(sentence_texts(document_of("John F. Kennedy was president. He was young.")) ==
        Texts{"John F. Kennedy was president.", "He was young."});
}

TEST_CASE("segment keeps numbers and units whole", "[segment]") {
  const auto texts = sentence_texts(document_of(
      "Pyongyang sent over 6,700 containers. They held 152 mm shells worth $50 billion. "
      "Growth was 2.5 percent."));
  CHECK(texts == Texts{"Pyongyang sent over 6,700 containers.",
                       "They held 152 mm shells worth $50 billion.", "Growth was 2.5 percent."});
}

TEST_CASE("segment ends a sentence after closing quotes and brackets", "[segment]") {
  const auto texts = sentence_texts(document_of(
      "The Kremlin called it a \xe2\x80\x9c"
      "friendly state visit.\xe2\x80\x9d The White House "
      "disagreed. Kirby said: \"We are concerned.\" Experts agree. (Talks resume today.) Good."));
  CHECK(texts == Texts{"The Kremlin called it a \xe2\x80\x9c"
                       "friendly state visit.\xe2\x80\x9d",
                       "The White House disagreed.", "Kirby said: \"We are concerned.\"",
                       "Experts agree.", "(Talks resume today.)", "Good."});
}

TEST_CASE("segment splits sentences glued without a space", "[segment]") {
  CHECK(sentence_texts(document_of("The report came at the end.The leaders met later.")) ==
        Texts{"The report came at the end.", "The leaders met later."});
  CHECK(sentence_texts(document_of(
            "He will visit, according to report,This will be his first visit in years.")) ==
        Texts{"He will visit, according to report", "This will be his first visit in years."});
  // A sentence never ends with a comma: one at the end of the text is left out too.
  CHECK(sentence_texts(document_of("The talks went on. Both sides agreed, then left,")) ==
        Texts{"The talks went on.", "Both sides agreed, then left"});
  CHECK(sentence_texts(document_of("He flew to Washington,DC on Monday.")).size() == 1);
  // After an acronym, and after a closing quotation mark (OrangeSum's scraped articles).
  CHECK(sentence_texts(document_of("Il l'a dit \u00e0 l'AFP.Revue de tendances ici.", "fr")) ==
        Texts{"Il l'a dit \u00e0 l'AFP.", "Revue de tendances ici."});
  CHECK(sentence_texts(document_of(
            "Il n'y a jamais eu de probl\u00e8me\"C'est dans ce bunker qu'il est all\u00e9.",
            "fr")) == Texts{"Il n'y a jamais eu de probl\u00e8me\"",
                            "C'est dans ce bunker qu'il est all\u00e9."});
  CHECK(sentence_texts(document_of("He joined the U.S.Army in 1990.")).size() == 1);
  CHECK(sentence_texts(document_of("The film \"Meet the Parents\" was a hit.")).size() == 1);
}

TEST_CASE("segment knows initials, ordinals and quotation marks in other languages", "[segment]") {
  // Cyrillic initials; an initial before a function word ends the sentence.
  CHECK(sentence_texts(document_of("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
                                   "\u0412. \u0412. \u041f\u0443\u0442\u0438\u043d "
                                   "\u0432\u044b\u0441\u0442\u0443\u043f\u0438\u043b.",
                                   "ru"))
            .size() == 1);
  CHECK(sentence_texts(
            document_of("Les lignes de RER A et B. Les syndicats ont appel\u00e9.", "fr")) ==
        Texts{"Les lignes de RER A et B.", "Les syndicats ont appel\u00e9."});
  // German ordinals; a year before a function word still ends the sentence.
  CHECK(sentence_texts(document_of(
            "Das Geld soll bis zum 31. Dezember flie\u00dfen. Die Firma wurde 1990. Der Chef ging.",
            "de")) == Texts{"Das Geld soll bis zum 31. Dezember flie\u00dfen.",
                            "Die Firma wurde 1990.", "Der Chef ging."});
  CHECK(
      sentence_texts(document_of("Die Arbeiten sollen z. B. in Mannheim beginnen.", "de")).size() ==
      1);
  // German closing quotation marks, and French guillemets set apart by a space.
  CHECK(sentence_texts(document_of(
            "Er sagte: \u201eWir sind bereit.\u201c Dann ging er. Il a dit : \u00ab Nous "
            "verrons. \u00bb Puis il est parti.",
            "de")) == Texts{"Er sagte: \u201eWir sind bereit.\u201c", "Dann ging er.",
                            "Il a dit : \u00ab Nous verrons. \u00bb", "Puis il est parti."});
  CHECK(sentence_texts(
            document_of("Los EE. UU. anunciaron sanciones. El presidente habl\u00f3.", "es"))
            .size() == 2);
  CHECK(sentence_texts(
            document_of("Deficyt wyniesie ok. 5,5 proc. Premier Donald Tusk m\u00f3wi.", "pl"))
            .size() == 2);
}

TEST_CASE("segment ends sentences in scripts without capitals", "[segment]") {
  // Arabic, Hebrew and Devanagari letters are neither upper nor lower case: a full stop (or a
  // danda) before one ends the sentence. They had all read as lowercase, so nothing split.
  CHECK(sentence_texts(
            document_of("\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633. "
                        "\u0648\u0623\u0636\u0627\u0641 \u0627\u0644\u0648\u0632\u064a\u0631.",
                        "ar"))
            .size() == 2);
  CHECK(sentence_texts(document_of("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd. "
                                   "\u05d6\u05d4 \u05de\u05e9\u05e4\u05d8.",
                                   "he"))
            .size() == 2);
  CHECK(sentence_texts(document_of("\u0938\u0930\u0915\u093e\u0930 \u0915\u093e\u092e "
                                   "\u0915\u0930\u0947\u0917\u0940\u0964 \u092e\u0926\u0926 "
                                   "\u092a\u0939\u0941\u0902\u091a\u0940\u0964",
                                   "hi"))
            .size() == 2);
}

TEST_CASE("segment does not end a sentence before a lowercase word", "[segment]") {
  CHECK(sentence_texts(document_of("Some sanctions, e.g. on oil, remain. Others ended.")) ==
        Texts{"Some sanctions, e.g. on oil, remain.", "Others ended."});
  CHECK(sentence_texts(document_of("He paused... then went on. Done.")).size() == 2);
}

TEST_CASE("segment treats line breaks as sentence ends unless a line is wrapped", "[segment]") {
  // (The first line would be a headline, so each case starts with a sentence.)
  CHECK(sentence_texts(document_of("It began.\nA line without a stop\nAnother line here.")) ==
        Texts{"It began.", "A line without a stop", "Another line here."});
  CHECK(sentence_texts(document_of("It began.\nA sentence that wraps\nonto the next line. End.")) ==
        Texts{"It began.", "A sentence that wraps\nonto the next line.", "End."});
}

TEST_CASE("segment uses Italian abbreviations for Italian text", "[segment]") {
  CHECK(sentence_texts(document_of("Il sig. Rossi parla. Poi esce.", "it")) ==
        Texts{"Il sig. Rossi parla.", "Poi esce."});
}

TEST_CASE("segment splits at fullwidth CJK punctuation", "[segment]") {
  const auto doc = document_of(
      "\xe6\x99\xae\xe4\xba\xac\xe8\xae\xbf\xe9\x97\xae\xe6\x9c\x9d\xe9\xb2\x9c\xe3\x80\x82"
      "\xe4\xbb\x96\xe5\xb0\x86\xe5\x8e\xbb\xe8\xb6\x8a\xe5\x8d\x97\xe3\x80\x82",
      "zh");
  CHECK(doc.sentences.size() == 2);
}

TEST_CASE("segment cuts a megabyte without punctuation into bounded sentences", "[segment]") {
  const std::string text = precis::test::megabyte_without_punctuation();
  const auto doc = document_of(text);
  REQUIRE(doc.sentences.size() > 400);
  for (const auto& s : doc.sentences) CHECK(s.end - s.start <= precis::kMaxSentenceBytes);
}

TEST_CASE("segment survives hostile input", "[segment]") {
  CHECK(sentence_texts(document_of(std::string("One\0two. Three.", 15))).size() == 2);
  CHECK(sentence_texts(document_of("Bad \xff\xfe bytes here. And more.")).size() == 2);
  CHECK_FALSE(sentence_texts(document_of(precis::test::html_soup())).empty());
  CHECK(sentence_texts(document_of("... !!! ??? Real words at last.")) ==
        Texts{"Real words at last."});
}
