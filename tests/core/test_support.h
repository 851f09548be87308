// Helpers shared by the Catch2 tests.
#pragma once

#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "precis/document.h"
#include "precis/entities.h"
#include "precis/langid.h"
#include "precis/ner_model.h"
#include "precis/resources.h"

namespace precis::test {

// The text of each sentence of a document.
inline std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    out.emplace_back(doc.text.substr(s.start, s.end - s.start));
  }
  return out;
}

// The entity whose text is `text`, or nullptr.
inline const Entity* find_entity(const std::vector<Entity>& entities, std::string_view text) {
  for (const Entity& e : entities) {
    if (e.text == text) return &e;
  }
  return nullptr;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The data files the CLI loads by default (data/langid, data/ner), loaded once: golden and API
// tests compare with the CLI's output.
inline const Resources& data_resources() {
  struct Loaded {
    LanguageIdModel language_id;
    std::deque<NerModel> ner;
    Resources resources;
  };
  static const Loaded* loaded = [] {
    auto* l = new Loaded;
    const std::string data = std::string(PRECIS_SOURCE_DIR) + "/data/";
    auto language_id = parse_language_id_model(read_file(data + "langid/langid.bin"));
    if (language_id) {
      l->language_id = std::move(language_id).value();
      l->resources.language_id = &l->language_id;
    }
    for (const auto& entry : std::filesystem::directory_iterator(data + "ner")) {
      if (entry.path().extension() != ".ner") continue;
      auto model = parse_ner_model(read_file(entry.path().string()));
      if (!model) continue;
      l->ner.push_back(std::move(model).value());
      l->resources.ner_models.emplace_back(entry.path().stem().string(), &l->ner.back());
    }
    return l;
  }();
  return loaded->resources;
}

// The Document views `text`, which must outlive it.
inline Document document_of(std::string_view text, const std::string& lang = "en",
                            const std::string& title = "") {
  DocumentOptions options;
  options.lang = lang;
  options.title = title;
  options.resources = &data_resources();
  Result<Document> doc = build_document(text, options);
  if (!doc) throw std::runtime_error(doc.error().message);
  return std::move(doc).value();
}

inline std::string sample_dir() {
  return std::string(PRECIS_SOURCE_DIR) + "/../shared/samples/putin-north-korea/";
}

// Inputs every stage must survive. Static, because a Document only views its text.
inline const std::string& megabyte_without_punctuation() {
  static const std::string text = [] {
    std::string t;
    while (t.size() < (1u << 20)) t += "word ";
    return t;
  }();
  return text;
}

inline const char* html_soup() {
  return "<html><head><script>var x = '<b>'; if (a < b) { x++; }</script></head><body>"
         "<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/news\">News</a></div>"
         "<p>The minister said on Monday that talks would resume.</p><p>Officials agreed."
         "</p><img src=x onerror=alert(1)></body></html>";
}

}  // namespace precis::test
