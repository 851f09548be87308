// Part-of-speech hints for Polish key phrases, from suffixes: verb forms that never belong to a
// key phrase ("przedstawiono", "proponuje", "wykorzystać"), the Polish counterpart of
// detail/english_hints.h.
#pragma once

#include <string>

namespace precis::detail {

// Whether a lowercase Polish word is, by its ending, a verb form no noun or adjective shares:
// the impersonal past ("-ono", "-ano", "-ęto", "-yto"), the present in "-uje", "-ują", "-ają",
// the infinitive ("-ać", "-eć", "-ić", "-yć"), the adverbial participle ("-ując", "-ając") or the
// past of -ować / -ywać verbs ("poinformował", "-owała", "-owali", "-ywał"). Short words are never
// verbs here ("rano", "nić"). O(1).
bool polish_verb(const std::string& word);

}  // namespace precis::detail
