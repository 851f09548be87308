// `precis ner --jsonl` with a model file, for bench/tags.mjs until the CLI loads models:
//   ner-bench MODEL.ner [LANG] < {"id","tokens"} lines > {"id","tags"} lines
// Prints the model's size in bytes and the tagging time on stderr.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../tools/train-ner/ner_data.h"
#include "precis/ner.h"
#include "precis/ner_model.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: ner-bench MODEL.ner [LANG] < input.jsonl\n");
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  if (!file) return std::fprintf(stderr, "cannot read %s\n", argv[1]), 1;
  const auto model = precis::parse_ner_model(bytes.str());
  if (!model) return std::fprintf(stderr, "%s\n", model.error().message.c_str()), 1;
  const std::string lang = argc > 2 ? argv[2] : model.value().lang();
  std::size_t bad = 0;
  const auto sentences = precis::tools::read_ner_jsonl(std::cin, bad);
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto& s : sentences) {
    const auto tags = precis::tag_tokens(s.tokens, lang, &model.value());
    nlohmann::json out = {{"id", s.id}};
    if (tags)
      out["tags"] = tags.value();
    else
      out["error"] = {{"message", tags.error().message}};
    std::cout << out.dump() << '\n';
  }
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "{\"modelBytes\":%zu,\"sentences\":%zu,\"tagMs\":%.3f,\"bad\":%zu}\n",
               bytes.str().size(), sentences.size(), ms, bad);
  return 0;
}
