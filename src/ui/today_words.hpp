#pragma once
// Today's wording, kept apart from drawing (no ImGui) so that tests read it
// without a frame: plurals, the shown day in words, a goal's week in the weekly
// review. (The if-then plan as one sentence is core's if_then_sentence.)
#include "app/view_models.hpp"
#include "core/numbers.hpp"

#include <string>
#include <string_view>

namespace sw::ui {

// "1 entry", "2 entries", "0 entries".
std::string count_of(long n, std::string_view one, std::string_view many);

// The day Today shows, seen from `today`: "today", "yesterday", a weekday in
// the week before ("Tuesday"), else "Nov 12".
std::string day_name(Day day, Day today);
// As a title: "Today", "Yesterday", "Tuesday", "Nov 12".
std::string day_title(Day day, Day today);
// In a sentence: "today", "yesterday", "on Tuesday", "on Nov 12".
std::string day_phrase(Day day, Day today);

// A goal's week in plain words, with the one number formatter:
// "from 35% to 41% of the way (82 → 80.5 kg)", "still 20% of the way",
// "started this week: 5% of the way", habits "done 5 of 7 this week (71%)".
std::string week_change_words(const WeekChange& change, DecimalSeparator decimal);

}  // namespace sw::ui
