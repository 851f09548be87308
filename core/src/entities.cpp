#include "precis/entities.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <tuple>

#include "detail/entity_lexicon.h"
#include "detail/entity_rules.h"
#include "detail/ordering.h"
#include "detail/text_class.h"
#include "precis/entity_keys.h"
#include "precis/ner_model.h"
#include "precis/utf8.h"

namespace precis {
namespace {

using detail::lexicon_class;
using detail::LexiconClass;

using Candidate = detail::EntityCandidate;
using detail::kContext;
using detail::kLexicon;
using detail::name_word;
using detail::span_key;

struct Group {
  std::vector<std::size_t> members;  // indices into the candidates
  std::size_t longest = 0;           // the candidate whose text names the entity
  EntityType type = EntityType::kMisc;
  int confidence = 0;           // the strongest single piece of evidence
  int votes[4] = {0, 0, 0, 0};  // confidence-weighted votes per EntityType
};

// Whether every word of the mention is in capitals ("VALLMOUTH", but also "NATO").
bool shouted(const Document& doc, const Candidate& c) {
  for (std::size_t t = c.begin; t < c.end; ++t) {
    if (doc.tokens[t].kind == TokenKind::kWord && !doc.tokens[t].all_caps) return false;
  }
  return true;
}

std::string mention_key(const Document& doc, const Candidate& c, bool by_stem) {
  std::string key;
  for (std::size_t t = c.begin; t < c.end; ++t) {
    if (t > c.begin) key += ' ';
    key += name_word(doc, t, by_stem);
  }
  return key;
}

// The mention whose text names the group: the longest, then the form written most often (the
// nominative, where names decline), then the earliest; one in capitals only if all are
// ("Vallmouth", not the dateline's "VALLMOUTH").
std::size_t naming_mention(const Document& doc, const std::vector<Candidate>& found,
                           const Group& g) {
  std::map<std::string, std::size_t> written;
  for (const std::size_t m : g.members) ++written[span_key(doc, found[m].begin, found[m].end)];
  std::size_t best = g.members.front();
  const auto rank = [&](std::size_t m) {
    const Candidate& c = found[m];
    return std::make_tuple(c.end - c.begin, !shouted(doc, c),
                           written[span_key(doc, c.begin, c.end)]);
  };
  for (const std::size_t m : g.members) {
    if (rank(m) > rank(best)) best = m;
  }
  return best;
}

// Groups mentions by their folded text (by their stems where names decline), then folds single
// words into the person they name ("Putin" into "Vladimir Putin", "Kim" into "Kim Jong Un": first
// or last name, the most mentioned person wins), unless context or the lexicon says the word is
// no person.
std::vector<Group> group_mentions(const Document& doc, const std::vector<Candidate>& found) {
  const bool by_stem = declines_names(*doc.language);
  std::map<std::string, std::size_t> by_key;
  std::vector<Group> groups;
  for (std::size_t m = 0; m < found.size(); ++m) {
    const std::string key = mention_key(doc, found[m], by_stem);
    const auto [it, inserted] = by_key.emplace(key, groups.size());
    if (inserted) groups.push_back({});
    Group& g = groups[it->second];
    g.members.push_back(m);
    const Candidate& c = found[m];
    g.confidence = std::max(g.confidence, c.confidence);
    g.votes[static_cast<int>(c.type)] += c.confidence;
    // Ties go to the lower EntityType: person before location before organisation.
    const int* best = std::max_element(std::begin(g.votes), std::end(g.votes));
    g.type = static_cast<EntityType>(best - std::begin(g.votes));
  }
  for (Group& g : groups) g.longest = naming_mention(doc, found, g);
  std::map<std::string, std::size_t> person_by_name;  // first/last word -> best person group
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const Candidate& c = found[groups[g].longest];
    if (groups[g].type != EntityType::kPerson || c.end - c.begin < 2) continue;
    for (const std::size_t t : {c.begin, c.end - 1}) {
      auto [it, inserted] = person_by_name.emplace(name_word(doc, t, by_stem), g);
      if (!inserted && groups[g].members.size() > groups[it->second].members.size()) it->second = g;
    }
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const Candidate& c = found[groups[g].longest];
    // A word with its own evidence of being something else stays apart: "the city of
    // Vallmouth" is not the "Vallmouth" of "Vallmouth Fishermen".
    const bool sure_non_person =
        groups[g].confidence >= kContext && groups[g].type != EntityType::kPerson;
    if (c.end - c.begin != 1 || sure_non_person) continue;
    const auto person = person_by_name.find(std::string(name_word(doc, c.begin, by_stem)));
    if (person == person_by_name.end() || person->second == g) continue;
    Group& target = groups[person->second];
    target.members.insert(target.members.end(), groups[g].members.begin(), groups[g].members.end());
    groups[g].members.clear();
  }
  groups.erase(std::remove_if(groups.begin(), groups.end(),
                              [](const Group& g) { return g.members.empty(); }),
               groups.end());
  return groups;
}

// The model's spans as candidates. Its types are trusted like gazetteer hits, so a place is
// never folded into a person who shares its name ("Washington").
std::vector<Candidate> find_candidates(const Document& doc, const NerModel* model) {
  if (model == nullptr) return detail::find_rule_entities(doc);
  std::vector<Candidate> found;
  for (const EntitySpan& span : tag_entities(doc, *model)) {
    // "Mr. Putin" and "President Putin" name the same person as "Putin": titles stay out of
    // the span, so the mentions merge.
    std::size_t begin = span.token_begin;
    while (span.type == EntityType::kPerson && begin + 1 < span.token_end &&
           (doc.tokens[begin].norm == "." ||
            lexicon_class(doc.tokens[begin].norm) == LexiconClass::kPersonTitle)) {
      ++begin;
    }
    found.push_back({begin, span.token_end, span.type, kLexicon});
  }
  return found;
}

}  // namespace

std::string_view entity_type_name(EntityType type) noexcept {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kLocation:
      return "LOC";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kMisc:
      return "MISC";
  }
  return "MISC";
}

namespace {

std::vector<EntitySpan> spans_of(const std::vector<Candidate>& found,
                                 const std::vector<Group>& groups) {
  std::vector<EntitySpan> spans;
  for (const Group& group : groups) {
    for (const std::size_t m : group.members) {
      spans.push_back({found[m].begin, found[m].end, group.type});
    }
  }
  detail::stable_sort_items(spans, [](const EntitySpan& a, const EntitySpan& b) {
    return a.token_begin < b.token_begin;
  });
  return spans;
}

// Where a name that ends at token `last` ends in the text: after the final dot of a dotted
// abbreviation ("U.S." in "U.S. National Security Council"), which the tokenizer keeps apart.
std::size_t name_end(const Document& doc, std::size_t last) {
  const Token& token = doc.tokens[last];
  const bool dotted = token.norm.find('.') != std::string::npos;
  if (dotted && last + 1 < doc.tokens.size() && doc.tokens[last + 1].start == token.end &&
      doc.tokens[last + 1].norm == ".") {
    return doc.tokens[last + 1].end;
  }
  return token.end;
}

// A person's given name, folded: the first word of a name of two or more words, titles skipped
// ("Mr. John Smith" -> "john"); empty for a single word ("Smith", "Mr. Smith") or a surname's
// particle ("Van Outen").
std::string given_name(const Entity& person) {
  std::string folded = detail::fold_for_matching(person.text);
  std::string_view rest(folded);
  for (std::size_t space = rest.find(' '); space != std::string_view::npos;
       space = rest.find(' ')) {
    std::string_view word = rest.substr(0, space);
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    rest.remove_prefix(space + 1);
    if (detail::is_surname_particle(word)) break;
    if (lexicon_class(word) != LexiconClass::kPersonTitle) return std::string(word);
  }
  return std::string();
}

// Whether two people who share a surname may be one: one has no given name, or one given name
// begins the other ("J" and "John", "Władimir" and its genitive "Władimira"). "David Collins"
// and "Roger Collins", "John F. Kennedy" and "Jacqueline Kennedy" are two people.
bool given_names_agree(std::string_view a, std::string_view b) {
  return a.empty() || b.empty() || a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

// Groups whose names share a key are one entity: a country named in two cases ("Polsce",
// "Polską" -> LOC:PL) or two ways ("USA", "Stany Zjednoczone"), a person named in two cases.
// The name mentioned most names it (the earlier on a tie). People who share a surname but not a
// given name stay apart and key by their whole name ("PER:david collins", "PER:roger collins"):
// the surname alone would merge either with the other in a story whose other articles name only
// one of them.
void merge_same_keys(std::vector<Entity>& entities) {
  std::vector<std::string> given(entities.size());
  for (std::size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type == EntityType::kPerson) given[e] = given_name(entities[e]);
  }
  std::map<std::string, std::size_t> first_with_key;
  std::vector<std::size_t> next_with_key(entities.size(), entities.size());  // kept entities
  for (std::size_t e = 0; e < entities.size(); ++e) {
    const auto [it, inserted] = first_with_key.emplace(entities[e].key, e);
    if (inserted) continue;
    std::size_t k = it->second;
    while (!given_names_agree(given[k], given[e]) && next_with_key[k] < entities.size()) {
      k = next_with_key[k];
    }
    if (!given_names_agree(given[k], given[e])) {
      next_with_key[k] = e;  // another person
      continue;
    }
    Entity& into = entities[k];
    Entity& from = entities[e];
    if (from.mentions.size() > into.mentions.size()) std::swap(into.text, from.text);
    if (given[k].size() < given[e].size()) given[k] = given[e];
    into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
    from.mentions.clear();
  }
  for (const auto& [key, first] : first_with_key) {
    if (next_with_key[first] == entities.size()) continue;
    for (std::size_t k = first; k < entities.size(); k = next_with_key[k]) {
      entities[k].key = "PER:" + given[k] + " " + key.substr(4);
    }
  }
  entities.erase(std::remove_if(entities.begin(), entities.end(),
                                [](const Entity& e) { return e.mentions.empty(); }),
                 entities.end());
}

std::vector<Entity> entities_of(const Document& doc, std::size_t limit,
                                const std::vector<Candidate>& found,
                                const std::vector<Group>& groups) {
  std::vector<Entity> entities;
  for (const Group& group : groups) {
    Entity entity;
    const Candidate& name = found[group.longest];
    const std::size_t start = doc.tokens[name.begin].start;
    entity.text = to_valid_utf8(doc.text.substr(start, name_end(doc, name.end - 1) - start));
    entity.type = group.type;
    entity.key = entity_key(entity.text, entity.type, *doc.language);
    // A country is a place wherever it is named ("la Russia ha risposto": ORG to the Italian
    // model): the type agrees with the key that merges it across articles and languages.
    if (entity.key.rfind("LOC:", 0) == 0) entity.type = EntityType::kLocation;
    for (const std::size_t m : group.members) {
      entity.mentions.push_back(
          {doc.tokens[found[m].begin].start, name_end(doc, found[m].end - 1)});
    }
    entities.push_back(std::move(entity));
  }
  merge_same_keys(entities);
  for (Entity& entity : entities) {
    detail::stable_sort_items(entity.mentions,
                              [](const Mention& a, const Mention& b) { return a.start < b.start; });
  }
  detail::stable_sort_items(entities, [](const Entity& a, const Entity& b) {
    if (a.mentions.size() != b.mentions.size()) return a.mentions.size() > b.mentions.size();
    return a.mentions.front().start < b.mentions.front().start;
  });
  if (entities.size() > limit) entities.resize(limit);
  return entities;
}

}  // namespace

std::vector<EntitySpan> find_entity_spans(const Document& doc, const NerModel* model) {
  const std::vector<Candidate> found = find_candidates(doc, model);
  return spans_of(found, group_mentions(doc, found));
}

std::vector<Entity> extract_entities(const Document& doc, std::size_t limit,
                                     const NerModel* model) {
  const std::vector<Candidate> found = find_candidates(doc, model);
  return entities_of(doc, limit, found, group_mentions(doc, found));
}

EntityAnalysis analyze_entities(const Document& doc, std::size_t limit, const NerModel* model) {
  const std::vector<Candidate> found = find_candidates(doc, model);
  const std::vector<Group> groups = group_mentions(doc, found);
  return {spans_of(found, groups), entities_of(doc, limit, found, groups)};
}

}  // namespace precis
