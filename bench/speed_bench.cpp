// Speed bench driver: `precis_speed_bench VERB DATA_DIR [--ner] [--passes N] < items.jsonl`.
// Reads {"id", "text", "title"?} lines and runs VERB (summarize, tag, analyze, lang) once per
// item through precis::run_json, the function the CLI and the wasm bindings call, with
// DATA_DIR/langid/langid.bin loaded (and DATA_DIR/ner/*.ner with --ner). Prints one line per
// item, {"id", "us", "out"}: the wall time of that one call in microseconds and the output size.
// JSON parsing of the input and all I/O are outside the timed region. --passes N repeats the
// whole list N times (for profilers) and reports the last pass. Used by bench/speed.mjs.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/api.h"
#include "precis/langid.h"
#include "precis/ner_model.h"
#include "precis/resources.h"

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: precis_speed_bench VERB DATA_DIR [--ner] [--passes N] < items.jsonl\n";
    return 2;
  }
  const auto verb = precis::parse_verb(argv[1]);
  if (!verb) {
    std::cerr << "unknown verb " << argv[1] << "\n";
    return 2;
  }
  const fs::path data = argv[2];
  bool ner = false;
  int passes = 1;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--ner") ner = true;
    if (arg == "--passes" && i + 1 < argc) passes = std::max(1, std::atoi(argv[++i]));
  }
  precis::Resources resources;
  auto langid = precis::parse_language_id_model(read_bytes(data / "langid" / "langid.bin"));
  if (!langid) {
    std::cerr << "langid: " << langid.error().message << "\n";
    return 1;
  }
  resources.language_id = &langid.value();
  std::deque<precis::NerModel> models;
  if (ner) {
    for (const auto& entry : fs::directory_iterator(data / "ner")) {
      if (entry.path().extension() != ".ner") continue;
      auto model = precis::parse_ner_model(read_bytes(entry.path()));
      if (!model) continue;
      models.push_back(std::move(model).value());
      resources.ner_models.emplace_back(entry.path().stem().string(), &models.back());
    }
  }
  std::vector<std::string> ids, texts, options;
  for (std::string line; std::getline(std::cin, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    ids.push_back(j.value("id", ""));
    texts.push_back(j.value("text", ""));
    nlohmann::json opts = nlohmann::json::object();
    if (j.contains("title")) opts["title"] = j["title"];
    if (*verb != precis::Verb::kSummarize && *verb != precis::Verb::kLang) opts["ner"] = ner;
    options.push_back(opts.dump());
  }
  std::vector<double> us(texts.size());
  std::vector<std::size_t> out(texts.size());
  for (int pass = 0; pass < passes; ++pass) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      const std::string result = precis::run_json(*verb, texts[i], options[i], resources);
      const auto t1 = std::chrono::steady_clock::now();
      us[i] = std::chrono::duration<double, std::micro>(t1 - t0).count();
      out[i] = result.size();
    }
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::cout << nlohmann::json({{"id", ids[i]}, {"us", us[i]}, {"out", out[i]}}).dump() << "\n";
  }
  return 0;
}
