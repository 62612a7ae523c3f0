#include "ten_year_database.hpp"

#include "store/database.hpp"
#include "store/entry_repository.hpp"
#include "store/goal_repository.hpp"
#include "store/step_repository.hpp"

#include <algorithm>
#include <random>

namespace sw::bench {

void build_ten_year_database(const std::string& path, Day today) {
    Database db = Database::open(path);
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> noise(-1.0, 1.0);
    db.write([&] {
        int entries_left = kEntries;
        for (int i = 0; i < kGoals; ++i) {
            Goal g;
            g.title = "Goal " + std::to_string(i + 1) + (i % 7 == 0 ? " — Café ✓" : "");
            g.life_area = default_life_areas()[i % default_life_areas().size()];
            g.start_date = add_days(today, -3650 + i);
            g.due_date = add_days(today, 90 + i);
            g.why = "Because it matters";
            bool milestone = i % 10 == 9;
            if (!milestone) {
                g.kind = GoalKind::numeric;
                g.measure = i % 2 ? Measure::total : Measure::level;
                g.unit = g.measure == Measure::total ? "km" : "kg";
                g.baseline = g.measure == Measure::total ? 0 : 90;
                g.target = g.measure == Measure::total ? 5000 : 75;  // level goals decrease
            }
            insert_goal(db, g);
            if (!milestone) {
                // Spread this goal's share of entries over ten years.
                int remaining_goals = kGoals - i - (kGoals - i) / 10;
                int n = entries_left / std::max(1, remaining_goals);
                entries_left -= n;
                for (int k = 0; k < n; ++k) {
                    ProgressEntry e;
                    e.goal_id = g.id;
                    e.date = add_days(g.start_date, static_cast<int>(static_cast<long>(k) * 3640 / std::max(1, n)));
                    double t = static_cast<double>(k) / n;
                    e.value = g.measure == Measure::total ? 1.5 + noise(rng) : 90 - 14 * t + noise(rng);
                    insert_entry(db, e);
                }
            }
            for (int s = 0; s < kStepsPerGoal; ++s) {
                Step step;
                step.goal_id = g.id;
                step.title = "Step " + std::to_string(s + 1) + " of goal " + std::to_string(i + 1);
                // Daily habits started with the goal (ten years of schedule for streaks
                // to walk); the others started about a year ago.
                step.start_date = s == 0 ? g.start_date : add_days(today, -400);
                if (s < 3) step.repeat = parse_recurrence(s == 0 ? "daily" : s == 1 ? "weekly:MO,WE,FR" : "every:3");
                else step.due_date = add_days(today, (s - 6) * 5);
                if (s >= 3 && s < 6) {
                    step.status = StepStatus::done;
                    step.done_date = add_days(today, -s);
                }
                insert_step(db, step);
                if (step.is_recurring())
                    for (int d = -400; d < 0; ++d)
                        if (rng() % 4 != 0 && is_scheduled(step.repeat, step.start_date, add_days(today, d)))
                            add_completion(db, step.id, add_days(today, d));
            }
        }
    });
}

void build_one_goal_database(const std::string& path, Day today) {
    Database db = Database::open(path);
    db.write([&] {
        Goal g;
        g.title = "Run 5 km";
        g.life_area = default_life_areas().front();
        g.start_date = add_days(today, -30);
        g.due_date = add_days(today, 60);
        g.why = "Because it matters";
        g.kind = GoalKind::numeric;
        g.measure = Measure::total;
        g.unit = "km";
        g.baseline = 0;
        g.target = 5;
        insert_goal(db, g);
    });
}

}  // namespace sw::bench
