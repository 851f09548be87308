#include "data_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

namespace precis::cli {
namespace fs = std::filesystem;

std::string default_data_dir(const char* argv0) {
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);  // Linux; argv[0] elsewhere
  if (error) exe = fs::absolute(argv0, error);
  return (exe.parent_path() / "data").string();
}

namespace {

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : 0;
  std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(0, size)), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  return bytes;
}

void load_language_id(const fs::path& file, DataFiles& out) {
  std::error_code error;
  if (!fs::is_regular_file(file, error)) return;
  Result<LanguageIdModel> model = parse_language_id_model(read_bytes(file));
  if (!model) {
    std::cerr << "precis: skipping " << file.string() << ": " << model.error().message << '\n';
    return;
  }
  out.language_id = std::move(model).value();
  out.resources.language_id = &out.language_id;
}

}  // namespace

void load_data_files(const std::string& dir, bool use_ner_models, DataFiles& out) {
  load_language_id(fs::path(dir) / "langid" / "langid.bin", out);
  if (!use_ner_models) return;
  std::error_code error;
  const fs::path ner_dir = fs::path(dir) / "ner";
  if (!fs::is_directory(ner_dir, error)) return;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(ner_dir, error)) {
    if (entry.path().extension() == ".ner") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // deterministic order
  for (const fs::path& file : files) {
    Result<NerModel> model = parse_ner_model(read_bytes(file));
    if (!model) {
      std::cerr << "precis: skipping " << file.string() << ": " << model.error().message << '\n';
      continue;
    }
    out.ner_models.push_back(std::move(model).value());
    out.resources.ner_models.emplace_back(file.stem().string(), &out.ner_models.back());
  }
}

}  // namespace precis::cli
