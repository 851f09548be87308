// Data files the CLI loads at start-up from its data directory (language-ID model, NER models). The
// CLI owns them; the core only reads them through precis::Resources.
#pragma once

#include <deque>
#include <string>

#include "precis/langid.h"
#include "precis/ner_model.h"
#include "precis/resources.h"

namespace precis::cli {

struct DataFiles {
  LanguageIdModel language_id;
  std::deque<NerModel> ner_models;  // a deque: Resources points into it and it never moves
  Resources resources;
};

// <directory of the executable>/data, where the build copies data/.
std::string default_data_dir(const char* argv0);

// Loads <dir>/langid/langid.bin and, unless use_ner_models is false, <dir>/ner/<code>.ner for
// every file present. Missing files are not errors (scripts-only language ID, rule-based
// entities); a malformed file is reported on stderr and skipped. `out` must not move afterwards:
// out.resources points into it.
void load_data_files(const std::string& dir, bool use_ner_models, DataFiles& out);

}  // namespace precis::cli
