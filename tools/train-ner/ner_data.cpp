#include "ner_data.h"

#include <istream>
#include <nlohmann/json.hpp>

namespace precis::tools {

std::vector<NerSentence> read_ner_jsonl(std::istream& in, std::size_t& bad) {
  std::vector<NerSentence> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("tokens") || !j["tokens"].is_array()) {
      ++bad;
      continue;
    }
    NerSentence s;
    if (j.contains("id") && j["id"].is_string()) s.id = j["id"].get<std::string>();
    bool ok = true;
    for (const auto& t : j["tokens"]) {
      if (!t.is_string())
        ok = false;
      else
        s.tokens.push_back(t.get<std::string>());
    }
    if (j.contains("tags") && j["tags"].is_array()) {
      for (const auto& t : j["tags"]) {
        if (!t.is_string())
          ok = false;
        else
          s.tags.push_back(t.get<std::string>());
      }
      if (s.tags.size() != s.tokens.size()) ok = false;
    }
    if (!ok) {
      ++bad;
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Chunk> chunks_of(const std::vector<std::string>& tags) {
  std::vector<Chunk> out;
  std::string open;  // type of the open chunk, empty when none
  for (std::size_t i = 0; i <= tags.size(); ++i) {
    const std::string tag = i < tags.size() ? tags[i] : "O";
    const std::string type = tag.size() > 2 ? tag.substr(2) : "";
    const bool begins = tag[0] == 'B' || (tag[0] == 'I' && type != open);
    if (!open.empty() && (tag == "O" || begins)) open.clear();
    if (tag != "O" && begins) {
      out.push_back({i, i + 1, type});
      open = type;
    } else if (!open.empty()) {
      out.back().end = i + 1;
    }
  }
  return out;
}

}  // namespace precis::tools
