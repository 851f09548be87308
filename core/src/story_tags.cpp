#include "detail/story_tags.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "detail/keyphrase_candidates.h"
#include "detail/ordering.h"
#include "detail/summary_shape.h"
#include "detail/text_class.h"
#include "precis/entity_keys.h"
#include "precis/limits.h"

namespace precis::detail {
namespace {

// What merges key phrases across articles: a country's canonical key ("LOC:KP" for "North
// Korea" and "Corea del Nord", through the names of the article's language), else the folded
// text.
std::string merge_key(const std::string& text, const LanguageData& language) {
  std::string country = country_key(text, language);
  return country.empty() ? fold_for_matching(text) : country;
}

// Whether two folded phrases differ only in their last word, one a derivation of the other
// ("russia" / "russian", "north korea" / "north korean"): detail::derived_word on the shown text,
// as extract_keyphrases applies it to stems within an article.
bool derived_form(std::string_view a, std::string_view b) {
  const std::size_t a_space = a.rfind(' ');
  const std::size_t b_space = b.rfind(' ');
  const std::size_t a_last = a_space == std::string_view::npos ? 0 : a_space + 1;
  const std::size_t b_last = b_space == std::string_view::npos ? 0 : b_space + 1;
  return a.substr(0, a_last) == b.substr(0, b_last) &&
         derived_word(a.substr(a_last), b.substr(b_last));
}

struct Surface {
  std::string text;
  std::size_t mentions = 0;
  bool naming = false;  // from an article whose language the digest names things in
};

struct Merged {
  StoryEntity entity;
  std::vector<Surface> surfaces;
  std::size_t first_seen = 0;
  std::array<std::size_t, 4> mentions_by_type{};  // indexed by EntityType
};

// What merges entities across articles: the key, except that places, organisations and other
// names merge whatever their type ("LOC:kremlin" in one article, "ORG:kremlin" in another are
// one entity). People stay apart: "PER:un" (Kim Jong Un) is not the UN.
std::string entity_merge_key(const Entity& e) {
  if (e.type == EntityType::kPerson) return e.key;
  return "*" + e.key.substr(std::min(e.key.find(':'), e.key.size()));
}

// The type most mentions give the merged entity (ties to the first type, in EntityType order),
// and its key with that type.
void settle_type(Merged& m) {
  const auto most = std::max_element(m.mentions_by_type.begin(), m.mentions_by_type.end());
  m.entity.type = static_cast<EntityType>(most - m.mentions_by_type.begin());
  const std::size_t colon = m.entity.key.find(':');
  if (colon == std::string::npos) return;
  m.entity.key = std::string(entity_type_name(m.entity.type)) + m.entity.key.substr(colon);
}

std::vector<std::string> name_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : fold_for_matching(text) + " ") {
    if (c == ' ' || c == '.' || c == ',') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

// True when `part` is a run of consecutive words of `whole`, and shorter.
bool is_part_of(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  if (part.empty() || part.size() >= whole.size()) return false;
  return std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

std::size_t mention_count(const Merged& m) { return m.entity.mentions.size(); }

// Folds a person known by a shorter name into the one longer name it is part of. When several
// fit ("Kim Jong" in "Kim Jong Un" and "Kim Jong Il"), the best-attested one takes it only if it
// has at least twice the mentions of the next.
void merge_short_names(std::vector<Merged>& merged) {
  for (std::size_t p = 0; p < merged.size(); ++p) {
    if (merged[p].entity.type != EntityType::kPerson || merged[p].entity.mentions.empty()) continue;
    const std::vector<std::string> part = name_words(merged[p].entity.text);
    std::size_t best = merged.size();
    std::size_t runner_up = 0;
    for (std::size_t q = 0; q < merged.size(); ++q) {
      if (q == p || merged[q].entity.type != EntityType::kPerson) continue;
      if (merged[q].entity.mentions.empty()) continue;
      if (!is_part_of(part, name_words(merged[q].entity.text))) continue;
      if (best == merged.size() || mention_count(merged[q]) > mention_count(merged[best])) {
        if (best != merged.size()) runner_up = std::max(runner_up, mention_count(merged[best]));
        best = q;
      } else {
        runner_up = std::max(runner_up, mention_count(merged[q]));
      }
    }
    if (best == merged.size() || mention_count(merged[best]) < 2 * runner_up) continue;
    Merged& into = merged[best];
    auto& from = merged[p];
    into.entity.mentions.insert(into.entity.mentions.end(), from.entity.mentions.begin(),
                                from.entity.mentions.end());
    into.surfaces.insert(into.surfaces.end(), from.surfaces.begin(), from.surfaces.end());
    into.first_seen = std::min(into.first_seen, from.first_seen);
    from.entity.mentions.clear();
  }
}

// The surface form to show: from a naming article if any, most mentioned, then longest.
std::string best_surface(const std::vector<Surface>& surfaces) {
  const Surface* best = nullptr;
  for (const Surface& s : surfaces) {
    if (best == nullptr || std::make_tuple(s.naming, s.mentions, s.text.size()) >
                               std::make_tuple(best->naming, best->mentions, best->text.size())) {
      best = &s;
    }
  }
  return best == nullptr ? std::string() : best->text;
}

}  // namespace

std::vector<StoryEntity> merge_entities(const std::vector<std::vector<Entity>>& entities,
                                        const std::vector<bool>& naming) {
  std::vector<Merged> merged;
  std::unordered_map<std::string, std::size_t> by_key;
  std::size_t seen = 0;
  for (std::size_t a = 0; a < entities.size(); ++a) {
    for (const Entity& e : entities[a]) {
      const auto [it, inserted] = by_key.emplace(entity_merge_key(e), merged.size());
      if (inserted) {
        merged.push_back({});
        merged.back().entity.key = e.key;
        merged.back().entity.type = e.type;
        merged.back().first_seen = seen;
      }
      ++seen;
      Merged& m = merged[it->second];
      m.mentions_by_type[static_cast<std::size_t>(e.type)] += e.mentions.size();
      if (m.entity.text.size() < e.text.size()) m.entity.text = e.text;
      m.surfaces.push_back({e.text, e.mentions.size(), naming[a]});
      for (const Mention& mention : e.mentions) m.entity.mentions.push_back({a, mention});
    }
  }
  for (Merged& m : merged) settle_type(m);
  merge_short_names(merged);
  std::vector<StoryEntity> out;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < merged.size(); ++i) {
    StoryEntity& e = merged[i].entity;
    if (e.mentions.empty()) continue;
    stable_sort_items(e.mentions, [](const StoryMention& x, const StoryMention& y) {
      return x.article != y.article ? x.article < y.article : x.span.start < y.span.start;
    });
    for (const StoryMention& m : e.mentions) {
      if (e.articles.empty() || e.articles.back() != m.article) e.articles.push_back(m.article);
    }
    e.text = best_surface(merged[i].surfaces);
    order.push_back(i);
  }
  stable_sort_items(order, [&](std::size_t x, std::size_t y) {
    const StoryEntity& a = merged[x].entity;
    const StoryEntity& b = merged[y].entity;
    if (a.articles.size() != b.articles.size()) return a.articles.size() > b.articles.size();
    if (a.mentions.size() != b.mentions.size()) return a.mentions.size() > b.mentions.size();
    return merged[x].first_seen < merged[y].first_seen;
  });
  for (const std::size_t i : order) {
    if (out.size() == kMaxEntities) break;
    out.push_back(std::move(merged[i].entity));
  }
  return out;
}

std::vector<Keyphrase> story_keyphrases(const std::vector<Document>& docs,
                                        const std::vector<bool>& output, std::size_t limit) {
  struct Merged {
    Keyphrase phrase;                               // shown text, summed score
    std::unordered_map<std::string, double> forms;  // each form's share of the score
  };
  std::vector<Merged> merged;
  std::unordered_map<std::string, std::size_t> by_key;
  for (std::size_t a = 0; a < docs.size(); ++a) {
    if (!output[a]) continue;
    for (const Keyphrase& k : extract_keyphrases(docs[a], 2 * limit + 10)) {
      const auto [it, inserted] =
          by_key.emplace(merge_key(k.text, *docs[a].language), merged.size());
      if (inserted) merged.push_back({});
      Merged& m = merged[it->second];
      m.phrase.score += k.score;
      m.forms[k.text] += k.score;
    }
  }
  for (Merged& m : merged) {
    double best = -1.0;
    for (const auto& [form, score] : m.forms) {
      if (score > best || (score == best && form < m.phrase.text)) {
        best = score;
        m.phrase.text = form;
      }
    }
  }
  stable_sort_items(
      merged, [](const Merged& x, const Merged& y) { return x.phrase.score > y.phrase.score; });
  const double top = merged.empty() ? 0.0 : merged.front().phrase.score;
  std::vector<Keyphrase> out;
  std::vector<std::string> shown;  // folded
  for (Merged& m : merged) {
    if (out.size() == limit) break;
    // One article's "Russia" and another's "Russian" are one phrase, as within an article.
    std::string folded = fold_for_matching(m.phrase.text);
    const bool derivation = std::any_of(shown.begin(), shown.end(), [&](const std::string& other) {
      return derived_form(folded, other);
    });
    if (derivation) continue;
    shown.push_back(std::move(folded));
    out.push_back({std::move(m.phrase.text), round4(top > 0.0 ? m.phrase.score / top : 0.0)});
  }
  return out;
}

}  // namespace precis::detail
