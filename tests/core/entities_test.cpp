#include "precis/entities.h"

#include <catch2/catch.hpp>

#include "precis/entity_keys.h"
#include "test_support.h"

using precis::Entity;
using precis::EntityType;
using precis::test::document_of;
using precis::test::find_entity;

TEST_CASE("entities merge full names, surnames and titled mentions", "[entities]") {
  const std::string text =
      "Russian President Vladimir Putin arrived on Tuesday. Putin was greeted at the airport. "
      "Later, Mr. Putin met officials.";
  const auto entities = precis::extract_entities(document_of(text), 50);
  const Entity* putin = find_entity(entities, "Vladimir Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->type == EntityType::kPerson);
  CHECK(putin->mentions.size() == 3);
  for (const auto& m : putin->mentions) {
    const std::string mention = text.substr(m.start, m.end - m.start);
    CHECK((mention == "Vladimir Putin" || mention == "Putin"));
  }
  const Entity* russian = find_entity(entities, "Russian");
  REQUIRE(russian != nullptr);
  CHECK(russian->type == EntityType::kMisc);
}

TEST_CASE("entities type places, organisations and people by evidence", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("The talks in Pyongyang were criticised by the National Security Council. "
                  "Spokesman John Kirby said the Kremlin and NATO disagreed. A parade in Kim "
                  "Il Sung Square followed."),
      50);
  const auto type_of = [&](const std::string& name) {
    const Entity* e = find_entity(entities, name);
    return e == nullptr ? std::string("missing") : std::string(precis::entity_type_name(e->type));
  };
  CHECK(type_of("Pyongyang") == "LOC");
  CHECK(type_of("National Security Council") == "ORG");
  CHECK(type_of("John Kirby") == "PER");
  CHECK(type_of("Kremlin") == "ORG");
  CHECK(type_of("NATO") == "ORG");
  CHECK(type_of("Kim Il Sung Square") == "LOC");
}

TEST_CASE("entities skip sentence-initial common words, weekdays and pronouns", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Meanwhile, I saw nothing on Tuesday. Furthermore, the meeting ended. "
                  "Accompanying Mr. Gray, officials left. Reports say the talks ended; other "
                  "reports disagree."),
      50);
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].text == "Gray");
  CHECK(entities[0].type == EntityType::kPerson);
}

TEST_CASE("entities join multi-word names with connectors only where they belong", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("He visited the Orthodox Church of the Life-Giving Trinity with John "
                  "Nilsson-Wright of Cambridge University. La Corea del Nord ha risposto."),
      50);
  CHECK(find_entity(entities, "Orthodox Church of the Life-Giving Trinity") != nullptr);
  CHECK(find_entity(entities, "John Nilsson-Wright") != nullptr);
  CHECK(find_entity(entities, "Cambridge University") != nullptr);
}

TEST_CASE("entities find Italian places", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Putin dovrebbe atterrare in Corea del Nord domenica. Putin ha elogiato la "
                  "Corea del Nord.",
                  "it"),
      50);
  const Entity* korea = find_entity(entities, "Corea del Nord");
  REQUIRE(korea != nullptr);
  CHECK(korea->type == EntityType::kLocation);
  CHECK(korea->mentions.size() == 2);
}

TEST_CASE("entities respect the limit and survive hostile input", "[entities]") {
  CHECK(precis::extract_entities(document_of("Anna met Bob. Carl met Dana. Eve met Fred."), 2)
            .size() == 2);
  CHECK(precis::extract_entities(document_of(precis::test::megabyte_without_punctuation()), 50)
            .empty());
  CHECK_NOTHROW(precis::extract_entities(document_of(precis::test::html_soup()), 50));
  CHECK_NOTHROW(precis::extract_entities(document_of("Bad \xff Bytes \xe2\x80 Here."), 50));
}

TEST_CASE("entity keys name a country the same way in every language", "[entities][keys]") {
  using precis::entity_key;
  const auto key = [](std::string_view text, EntityType type, std::string_view lang) {
    return entity_key(text, type, *precis::find_language(lang));
  };
  CHECK(key("North Korea", EntityType::kLocation, "en") == "LOC:KP");
  CHECK(key("Corea del Nord", EntityType::kLocation, "it") == "LOC:KP");
  CHECK(key("Nordkorea", EntityType::kLocation, "de") == "LOC:KP");
  CHECK(key("Cor\xc3\xa9"
            "e du Nord",
            EntityType::kLocation, "fr") == "LOC:KP");
  CHECK(key("Korea P\xc3\xb3\xc5\x82nocna", EntityType::kLocation, "pl") == "LOC:KP");
  CHECK(key("U.S.", EntityType::kLocation, "en") == "LOC:US");
  CHECK(key("the United States", EntityType::kOrganization, "en") == "LOC:US");
  CHECK(key("\xc3\x89tats-Unis", EntityType::kLocation, "fr") == "LOC:US");
  // English names are known in every language, the neutral one included.
  CHECK(key("North Korea", EntityType::kLocation, "it") == "LOC:KP");
  CHECK(entity_key("North Korea", EntityType::kLocation, precis::neutral_language()) == "LOC:KP");
  // A name is looked up in its text's language: "Nordkorea" is not Italian.
  CHECK(key("Nordkorea", EntityType::kLocation, "it") == "LOC:nordkorea");
  // A person is never a country: "Jordan" the surname stays a person.
  CHECK(key("Michael Jordan", EntityType::kPerson, "en") == "PER:jordan");
  // The country part alone, as story key phrases use it.
  CHECK(precis::country_key("Corea del Nord", *precis::find_language("it")) == "LOC:KP");
  CHECK(precis::country_key("Kim Jong Un", *precis::find_language("it")).empty());
}

TEST_CASE("entity keys name a city or an organisation the same way in every language",
          "[entities][keys]") {
  const auto key = [](std::string_view text, EntityType type, std::string_view lang) {
    return precis::entity_key(text, type, *precis::find_language(lang));
  };
  // The samples' Italian article writes "Mosca" and "Casa Bianca" for Moscow and the White House.
  CHECK(key("Mosca", EntityType::kLocation, "it") == "LOC:moscow");
  CHECK(key("Moscow", EntityType::kLocation, "en") == "LOC:moscow");
  CHECK(key("Casa Bianca", EntityType::kOrganization, "it") == "ORG:white house");
  CHECK(key("Mosc\xc3\xba", EntityType::kLocation, "es") == "LOC:moscow");
  CHECK(key("Moscou", EntityType::kLocation, "pt") == "LOC:moscow");  // Brazil; Portugal "Moscovo"
  CHECK(key("Moscovo", EntityType::kLocation, "pt") == "LOC:moscow");
  CHECK(key("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", EntityType::kLocation, "ru") ==
        "LOC:moscow");
  // Where names decline, in any case: the Russian accusative (to Moscow), the Polish locative.
  CHECK(key("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd1\x83", EntityType::kLocation, "ru") ==
        "LOC:moscow");
  CHECK(key("Moskwie", EntityType::kLocation, "pl") == "LOC:moscow");
  // Organisations key by the acronym news uses; the English full name is an exonym too.
  CHECK(key("Nazioni Unite", EntityType::kOrganization, "it") == "ORG:un");
  CHECK(key("United Nations", EntityType::kOrganization, "en") == "ORG:un");
  CHECK(key("ONU", EntityType::kOrganization, "fr") == "ORG:un");
  CHECK(key("United Nations", EntityType::kOrganization, "it") == "ORG:un");  // English anywhere
  // A name is looked up in its text's language: "Roma" is Rome in Italian, not in English.
  CHECK(key("Roma", EntityType::kLocation, "it") == "LOC:rome");
  CHECK(key("Roma", EntityType::kLocation, "en") == "LOC:roma");
}

TEST_CASE("entity keys name people by surname and others by folded text", "[entities][keys]") {
  const auto key = [](std::string_view text, EntityType type) {
    return precis::entity_key(text, type, *precis::find_language("en"));
  };
  CHECK(key("Vladimir Putin", EntityType::kPerson) == "PER:putin");
  CHECK(key("Putin", EntityType::kPerson) == "PER:putin");
  CHECK(key("Martin Luther King Jr.", EntityType::kPerson) == "PER:king");
  CHECK(key("U.N.", EntityType::kOrganization) == "ORG:un");
  CHECK(key("Kim Il Sung  Square", EntityType::kLocation) == "LOC:kim il sung square");
  CHECK(key("", EntityType::kMisc) == "MISC:");
  CHECK(key("\xff\xfe", EntityType::kMisc) == "MISC:\xef\xbf\xbd\xef\xbf\xbd");
}

TEST_CASE("people who share a surname but not a given name are two entities", "[entities][keys]") {
  // KPCrowd article art_and_culture-20906308 merged the two into one "David Collins".
  const std::string text =
      "Gulliver McGrath will play David Collins in the film. David Collins is a boy. Michael "
      "Sheen will play his father, Roger Collins. Collins, the boy, is twelve.";
  const auto entities = precis::extract_entities(document_of(text), 50);
  const Entity* david = find_entity(entities, "David Collins");
  const Entity* roger = find_entity(entities, "Roger Collins");
  REQUIRE(david != nullptr);
  REQUIRE(roger != nullptr);
  CHECK(david->mentions.size() == 3);  // the lone "Collins" goes to the one named most
  CHECK(david->key == "PER:david collins");
  CHECK(roger->mentions.size() == 1);
  CHECK(roger->key == "PER:roger collins");
}

TEST_CASE("a title, an initial or a surname's particle does not make two people",
          "[entities][keys]") {
  const std::string text =
      "Denise Van Outen arrived in Dubai. Miss Van Outen said she was happy. J. Smith wrote the "
      "book. John Smith signed it.";
  const auto entities = precis::extract_entities(document_of(text), 50);
  const Entity* denise = find_entity(entities, "Denise Van Outen");
  REQUIRE(denise != nullptr);
  CHECK(denise->mentions.size() == 2);
  const Entity* smith = find_entity(entities, "John Smith");
  REQUIRE(smith != nullptr);
  CHECK(smith->mentions.size() == 2);
}

TEST_CASE("a Romance 'de' before a lone name makes it a place, a portfolio is no entity",
          "[entities]") {
  // A README-only review found "Lyon" and "Transports" typed as people.
  const auto fr = precis::extract_entities(
      document_of("Un incendie dans un entrepôt de Lyon a fait 12 morts. Les pompiers de Lyon "
                  "sont intervenus. Le ministre des Transports a visité le site.",
                  "fr"),
      50);
  const Entity* lyon = find_entity(fr, "Lyon");
  REQUIRE(lyon != nullptr);
  CHECK(lyon->type == EntityType::kLocation);
  CHECK(find_entity(fr, "Transports") == nullptr);
  // An office's name joined by a connector is one organisation, not an office and a person (the
  // samples' Italian article).
  const auto it = precis::extract_entities(
      document_of("Lo ha detto il portavoce del Consiglio di Sicurezza Nazionale, John Kirby.",
                  "it"),
      50);
  const Entity* council = find_entity(it, "Consiglio di Sicurezza Nazionale");
  REQUIRE(council != nullptr);
  CHECK(council->type == EntityType::kOrganization);
  // English "of" is no such sign: "the speech of Obama" names a person.
  const auto en = precis::extract_entities(document_of("The speech of Obama was long."), 50);
  const Entity* obama = find_entity(en, "Obama");
  REQUIRE(obama != nullptr);
  CHECK(obama->type == EntityType::kPerson);
}

TEST_CASE("extracted entities carry their canonical key", "[entities][keys]") {
  const auto it = precis::extract_entities(
      document_of("La Corea del Nord ha lanciato un missile. Il missile della Corea del Nord e "
                  "caduto in mare.",
                  "it"),
      10);
  const Entity* korea = find_entity(it, "Corea del Nord");
  REQUIRE(korea != nullptr);
  CHECK(korea->key == "LOC:KP");
  const auto en = precis::extract_entities(
      document_of("Russian President Vladimir Putin arrived on Tuesday. Putin was greeted."), 10);
  const Entity* putin = find_entity(en, "Vladimir Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->key == "PER:putin");
}

TEST_CASE("analyze_entities gives the spans and entities of the two separate calls", "[entities]") {
  const std::string text =
      "Russian President Vladimir Putin arrived in Pyongyang on Tuesday. Putin met Kim Jong Un "
      "at Kim Il Sung Square, state media KCNA said. The United Nations condemned the visit.";
  const precis::Document doc = document_of(text);
  const precis::EntityAnalysis both = precis::analyze_entities(doc, 3);
  const std::vector<precis::EntitySpan> spans = precis::find_entity_spans(doc);
  REQUIRE(both.spans.size() == spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    CHECK(both.spans[i].token_begin == spans[i].token_begin);
    CHECK(both.spans[i].token_end == spans[i].token_end);
    CHECK(both.spans[i].type == spans[i].type);
  }
  const std::vector<Entity> entities = precis::extract_entities(doc, 3);
  REQUIRE(both.entities.size() == 3);
  REQUIRE(both.entities.size() == entities.size());
  for (std::size_t i = 0; i < entities.size(); ++i) {
    CHECK(both.entities[i].text == entities[i].text);
    CHECK(both.entities[i].key == entities[i].key);
    CHECK(both.entities[i].mentions.size() == entities[i].mentions.size());
  }
}

TEST_CASE("a gazetteer phrase with a connector is one entity at the start of a sentence",
          "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Putin arriva oggi. La Corea del Nord raramente riceve visite.", "it"), 50);
  const Entity* korea = find_entity(entities, "Corea del Nord");
  REQUIRE(korea != nullptr);
  CHECK(korea->type == EntityType::kLocation);
  CHECK(find_entity(entities, "Corea") == nullptr);
  CHECK(find_entity(entities, "Nord") == nullptr);
}

TEST_CASE("a lone unknown capitalised word after 'the' is not a person", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Moscow blames the West for the war. Putin will stay at the Kumsusan "
                  "guesthouse, officials said."),
      50);
  for (const char* name : {"West", "Kumsusan"}) {
    const Entity* e = find_entity(entities, name);
    REQUIRE(e != nullptr);
    CHECK(e->type != EntityType::kPerson);
  }
}

TEST_CASE("an English -ing word opening a sentence is not part of a name", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Accompanying Putin on the trip were two ministers. Putin arrived late."), 50);
  CHECK(find_entity(entities, "Accompanying Putin") == nullptr);
  const Entity* putin = find_entity(entities, "Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->mentions.size() == 2);
}

TEST_CASE("a dotted abbreviation keeps its final dot in an entity", "[entities]") {
  const std::string text =
      "U.S. National Security Council spokesman John Kirby spoke on Monday. The U.S. said no.";
  const auto entities = precis::extract_entities(document_of(text), 50);
  const Entity* us = find_entity(entities, "U.S.");
  REQUIRE(us != nullptr);
  REQUIRE(us->mentions.size() == 2);
  for (const precis::Mention& m : us->mentions) {
    CHECK(text.substr(m.start, m.end - m.start) == "U.S.");
  }
}

TEST_CASE("an appositive noun types the name after it", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("The environmental group Blue Coast Watch welcomed the plan. Nobody lives in "
                  "the city of Vallmouth any more, officials said."),
      50);
  const Entity* watch = find_entity(entities, "Blue Coast Watch");
  REQUIRE(watch != nullptr);
  CHECK(watch->type == EntityType::kOrganization);
  const Entity* city = find_entity(entities, "Vallmouth");
  REQUIRE(city != nullptr);
  CHECK(city->type == EntityType::kLocation);
}

TEST_CASE("a word typed by its context is not folded into a person it starts", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Nobody lives in the city of Vallmouth any more. The Vallmouth Fishermen "
                  "opposed the plan, and talks with Vallmouth Fishermen lasted a year."),
      50);
  const Entity* city = find_entity(entities, "Vallmouth");
  REQUIRE(city != nullptr);
  CHECK(city->type == EntityType::kLocation);
  CHECK(city->mentions.size() == 1);
}

TEST_CASE("an organisation noun before a name outvotes the guess of a person", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("The farm was built by the engineering firm Nordhavn Power last year. Nordhavn "
                  "Power said it would monitor the floats through the winter."),
      50);
  const Entity* firm = find_entity(entities, "Nordhavn Power");
  REQUIRE(firm != nullptr);
  CHECK(firm->type == EntityType::kOrganization);
  CHECK(firm->mentions.size() == 2);
}

TEST_CASE("an entity is named as written, not as a dateline's capitals", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Energy\n\nHarbour city opens its first floating solar farm\n\nVALLMOUTH "
                  "\xE2\x80\x94 The city of Vallmouth switched on a floating solar farm in its "
                  "disused north harbour on Tuesday. NATO was not involved.\n\nThe installation "
                  "covers eleven hectares of water with panels on floats."),
      50);
  const auto named = [&](std::string_view text) {
    return std::count_if(entities.begin(), entities.end(),
                         [&](const precis::Entity& e) { return e.text == text; });
  };
  CHECK(named("Vallmouth") == 1);
  CHECK(named("VALLMOUTH") == 0);
  CHECK(named("NATO") == 1);  // a name only ever in capitals keeps them
}

TEST_CASE("a possessive inside an organisation's name keeps it whole", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("The council moved the site after talks with the Vallmouth Fishermen's "
                  "Association. Russia's Foreign Ministry said nothing."),
      50);
  const Entity* association = find_entity(entities, "Vallmouth Fishermen's Association");
  REQUIRE(association != nullptr);
  CHECK(association->type == EntityType::kOrganization);
  // After a known place the possessive is the place's: two entities.
  CHECK(find_entity(entities, "Russia") != nullptr);
  CHECK(find_entity(entities, "Foreign Ministry") != nullptr);
}

TEST_CASE("an Italian or French institution keeps its lowercase words", "[entities]") {
  const auto names = [](const char* text, const std::string& lang) {
    std::vector<std::string> out;
    for (const auto& e : precis::extract_entities(document_of(text, lang), 50)) {
      out.push_back(e.text);
    }
    return out;
  };
  const auto it = names(
      "Il presidente ha parlato. La Corte penale internazionale (ICC) ha emesso un mandato. "
      "La Corte decide domani.",
      "it");
  CHECK(std::count(it.begin(), it.end(), "Corte penale internazionale") == 1);
  const auto fr = names(
      "Le taux a baiss\xC3\xA9. La Banque centrale europ\xC3\xA9"
      "enne a d\xC3\xA9"
      "cid\xC3\xA9 hier.",
      "fr");
  CHECK(std::count(fr.begin(), fr.end(),
                   "Banque centrale europ\xC3\xA9"
                   "enne") == 1);
}

TEST_CASE("a country name from the language's CLDR names is one place", "[entities]") {
  // Neither name is in the hand-written lexicon: the French and Dutch language data has them.
  const auto french = precis::extract_entities(document_of("Les diplomates partiront en Cor\xC3\xA9"
                                                           "e du Nord mardi matin.",
                                                           "fr"),
                                               10);
  const Entity* korea = find_entity(french,
                                    "Cor\xC3\xA9"
                                    "e du Nord");
  REQUIRE(korea != nullptr);
  CHECK(korea->type == EntityType::kLocation);
  CHECK(find_entity(french, "Nord") == nullptr);
  const auto dutch = precis::extract_entities(
      document_of("De diplomaten vertrekken dinsdag naar de Dominicaanse Republiek.", "nl"), 10);
  const Entity* republic = find_entity(dutch, "Dominicaanse Republiek");
  REQUIRE(republic != nullptr);
  CHECK(republic->type == EntityType::kLocation);
}

TEST_CASE("a known name in capitals is not taken for a stopword", "[entities]") {
  const auto entities = precis::extract_entities(
      document_of("Officials said the talks between the US and China would resume. It is up to "
                  "us now."),
      10);
  const Entity* us = find_entity(entities, "US");
  REQUIRE(us != nullptr);
  CHECK(us->type == EntityType::kLocation);
  CHECK(us->mentions.size() == 1);  // not the pronoun
}

TEST_CASE("a person after a titled office is a person, the office is not", "[entities]") {
  const auto person_of = [](const char* text, const std::string& lang) {
    const auto entities = precis::extract_entities(document_of(text, lang), 10);
    for (const Entity& e : entities) {
      if (e.type == EntityType::kPerson) return e.text;
    }
    return std::string();
  };
  CHECK(person_of("US Secretary of State Antony Blinken is set to travel to Beijing.", "en") ==
        "Antony Blinken");
  CHECK(person_of("Il ministro degli Esteri Antonio Tajani arriva oggi a Roma.", "it") ==
        "Antonio Tajani");
  CHECK(person_of("El presidente del Gobierno Pedro S\xC3\xA1nchez viajar\xC3\xA1 a Bruselas.",
                  "es") == "Pedro S\xC3\xA1nchez");
}

TEST_CASE("a capitalised article or saint's name begins a place", "[entities]") {
  // "Las" and "Los" had been dropped as connectors and "San" read as a saint's title, leaving
  // "Vegas", "Angeles" and "Diego" as people.
  const auto entities = precis::extract_entities(
      document_of("Police in Las Vegas arrested a man. Los Angeles police said San Diego was "
                  "calm. The jury met in Santa Monica."),
      50);
  for (const char* place : {"Las Vegas", "Los Angeles", "San Diego", "Santa Monica"}) {
    INFO(place);
    const Entity* e = find_entity(entities, place);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kLocation);
  }
  for (const char* part : {"Vegas", "Angeles", "Diego", "Monica"}) {
    CHECK(find_entity(entities, part) == nullptr);
  }
  // A sentence's capitalised article is still no part of a name.
  const auto italian = precis::extract_entities(
      document_of("Il vertice si apre oggi. La Russia ha inviato Lavrov a Roma.", "it"), 50);
  CHECK(find_entity(italian, "La Russia") == nullptr);
  CHECK(find_entity(italian, "Russia") != nullptr);
}

TEST_CASE("rules know German, Portuguese and French institutions and titles", "[entities]") {
  const auto german = precis::extract_entities(
      document_of("Die Bundesregierung hat ein Paket in H\u00f6he von 3,5 Mrd. Euro beschlossen. "
                  "Bundeskanzler Olaf Scholz sprach von einem historischen Schritt.",
                  "de"),
      50);
  const Entity* scholz = find_entity(german, "Olaf Scholz");
  REQUIRE(scholz != nullptr);
  CHECK(scholz->type == EntityType::kPerson);
  CHECK(find_entity(german, "H\u00f6he") == nullptr);  // a noun after "in", not a place
  const auto portuguese = precis::extract_entities(
      document_of("O primeiro-ministro falou com a Comiss\u00e3o Europeia em Lisboa.", "pt"), 50);
  const Entity* commission = find_entity(portuguese, "Comiss\u00e3o Europeia");
  REQUIRE(commission != nullptr);
  CHECK(commission->type == EntityType::kOrganization);
}

TEST_CASE("a sentence in capitals names only known names", "[entities]") {
  // Capitals say nothing there: "GIORGIA MELONI VISITED" had been one name, "OFFICIALS" another.
  const auto entities = precis::extract_entities(
      document_of("HEAVY RAIN CAUSED SEVERE FLOODING IN NORTHERN ITALY ON TUESDAY, OFFICIALS "
                  "SAID. PRIME MINISTER GIORGIA MELONI VISITED THE AREA. THE EUROPEAN UNION "
                  "OFFERED HELP."),
      50);
  std::vector<std::string> names;
  for (const Entity& e : entities) names.push_back(e.text);
  INFO(::Catch::Detail::stringify(names));
  CHECK(find_entity(entities, "ITALY") != nullptr);
  CHECK(find_entity(entities, "EUROPEAN UNION") != nullptr);
  for (const Entity& e : entities) {
    CHECK(e.text.find("VISITED") == std::string::npos);
    CHECK(e.text.find("OFFICIALS") == std::string::npos);
  }
}

TEST_CASE("where names decline, their cases are one entity and a country in any case is one",
          "[entities]") {
  // Путин / Путина / Путину, Tusk / Tuska / Tuskiem; России (genitive of Россия), Polsce
  // (locative of Polska); "Президент России" is the office, not part of the name.
  const auto russian = precis::extract_entities(
      document_of(
          "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d "
          "\u043f\u0440\u0438\u0431\u044b\u043b \u0432 "
          "\u041c\u043e\u0441\u043a\u0432\u0443. \u0416\u0443\u0440\u043d\u0430\u043b\u0438"
          "\u0441\u0442\u044b \u0441\u043f\u0440\u043e\u0441\u0438\u043b\u0438 "
          "\u041f\u0443\u0442\u0438\u043d\u0430 \u043e \u0432\u0438\u0437\u0438\u0442\u0435. "
          "\u0412\u043e\u043f\u0440\u043e\u0441 \u0437\u0430\u0434\u0430\u043b\u0438 "
          "\u041f\u0443\u0442\u0438\u043d\u0443. \u041f\u0440\u0435\u0437\u0438\u0434\u0435"
          "\u043d\u0442 \u0420\u043e\u0441\u0441\u0438\u0438 \u0412\u043b\u0430\u0434\u0438"
          "\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d \u043e\u0442\u0432\u0435\u0442"
          "\u0438\u043b.",
          "ru"),
      50);
  const Entity* putin = find_entity(
      russian, "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d");
  REQUIRE(putin != nullptr);
  CHECK(putin->mentions.size() == 4);
  const Entity* russia = find_entity(russian, "\u0420\u043e\u0441\u0441\u0438\u0438");
  REQUIRE(russia != nullptr);
  CHECK(russia->key == "LOC:RU");
  const auto polish = precis::extract_entities(
      document_of("Premier Donald Tusk przyjecha\u0142 w poniedzia\u0142ek. Opozycja "
                  "skrytykowa\u0142a Tuska. Z Tuskiem spotka\u0142 si\u0119 prezydent. Tusk "
                  "m\u00f3wi\u0142 o sytuacji w Polsce.",
                  "pl"),
      50);
  const Entity* tusk = find_entity(polish, "Donald Tusk");
  REQUIRE(tusk != nullptr);
  CHECK(tusk->mentions.size() == 4);
  const Entity* poland = find_entity(polish, "Polsce");
  REQUIRE(poland != nullptr);
  CHECK(poland->key == "LOC:PL");
}

TEST_CASE("where names decline, titles, offices and agencies are read in any case", "[entities]") {
  const auto polish = precis::extract_entities(
      document_of("Premier Donald Tusk spotka\u0142 si\u0119 z prezydentem Ukrainy "
                  "Wo\u0142odymyrem Zele\u0144skim. Tuskowi towarzyszy\u0142 minister. "
                  "Wed\u0142ug Tuska Polska b\u0119dzie pomaga\u0107.",
                  "pl"),
      50);
  const Entity* tusk = find_entity(polish, "Donald Tusk");
  REQUIRE(tusk != nullptr);
  CHECK(tusk->mentions.size() == 3);
  const Entity* ukraine = find_entity(polish, "Ukrainy");
  REQUIRE(ukraine != nullptr);
  CHECK(ukraine->key == "LOC:UA");
  const Entity* zelensky = find_entity(polish, "Wo\u0142odymyrem Zele\u0144skim");
  REQUIRE(zelensky != nullptr);
  CHECK(zelensky->type == EntityType::kPerson);
  const Entity* poland = find_entity(polish, "Polska");
  REQUIRE(poland != nullptr);
  CHECK(poland->key == "LOC:PL");
  // Делегация России прибыла ... ТАСС: a delegation is no person, TASS an agency.
  const auto russian = precis::extract_entities(
      document_of(
          "\u0414\u0435\u043b\u0435\u0433\u0430\u0446\u0438\u044f "
          "\u0420\u043e\u0441\u0441\u0438\u0438 \u043f\u0440\u0438\u0431\u044b\u043b\u0430 "
          "\u0432 \u041f\u0435\u043a\u0438\u043d, \u0441\u043e\u043e\u0431\u0449\u0438\u043b "
          "\u0422\u0410\u0421\u0421.",
          "ru"),
      50);
  for (const Entity& e : russian) CHECK(e.type != EntityType::kPerson);
  const Entity* tass = find_entity(russian, "\u0422\u0410\u0421\u0421");
  REQUIRE(tass != nullptr);
  CHECK(tass->type == EntityType::kOrganization);
}

TEST_CASE("a surname's particles join it to the first name", "[entities]") {
  const auto portuguese = precis::extract_entities(
      document_of("O presidente Luiz In\u00e1cio Lula da Silva recebeu Ursula von der Leyen em "
                  "Bras\u00edlia. Segundo a Secretaria de Rela\u00e7\u00f5es Exteriores, a "
                  "Airbus e a Dassault Aviation assinaram.",
                  "pt"),
      50);
  std::vector<std::string> names;
  for (const Entity& e : portuguese) names.push_back(e.text);
  INFO(::Catch::Detail::stringify(names));
  const Entity* lula = find_entity(portuguese, "Luiz In\u00e1cio Lula da Silva");
  REQUIRE(lula != nullptr);
  CHECK(lula->type == EntityType::kPerson);
  const Entity* leyen = find_entity(portuguese, "Ursula von der Leyen");
  REQUIRE(leyen != nullptr);
  CHECK(leyen->type == EntityType::kPerson);
  for (const char* org : {"Airbus", "Dassault Aviation"}) {
    const Entity* e = find_entity(portuguese, org);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(find_entity(portuguese, "Segundo a Secretaria") == nullptr);
}

TEST_CASE("a country abbreviated with full stops is one place", "[entities]") {
  // "EE. UU." had been two organisations "EE" and "UU"; "EE.UU." a place with no country key.
  const auto spanish = precis::extract_entities(
      document_of("Los EE. UU. y M\u00e9xico firmaron un acuerdo. EE.UU. anunci\u00f3 sanciones "
                  "contra Rusia.",
                  "es"),
      50);
  const Entity* us = find_entity(spanish, "EE. UU");
  REQUIRE(us != nullptr);
  CHECK(us->key == "LOC:US");
  CHECK(us->mentions.size() == 2);
  CHECK(find_entity(spanish, "EE") == nullptr);
  CHECK(find_entity(spanish, "UU") == nullptr);
}
