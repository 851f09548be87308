// Reading the NER JSONL sets ({"id", "tokens", "tags"?} per line) for the native NER tools.
#pragma once

#include <string>
#include <vector>

namespace precis::tools {

struct NerSentence {
  std::string id;
  std::vector<std::string> tokens;
  std::vector<std::string> tags;  // empty when the line has none
};

// Every well-formed line of a JSONL stream; malformed lines are counted in `bad`.
std::vector<NerSentence> read_ner_jsonl(std::istream& in, std::size_t& bad);

// Entities of an IOB2 sequence as (begin, end, type) triples, conlleval's chunking (a stray
// I-X starts an entity).
struct Chunk {
  std::size_t begin;
  std::size_t end;
  std::string type;
  bool operator==(const Chunk& o) const {
    return begin == o.begin && end == o.end && type == o.type;
  }
};
std::vector<Chunk> chunks_of(const std::vector<std::string>& tags);

}  // namespace precis::tools
