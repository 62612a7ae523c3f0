#include "app/commands.hpp"

namespace sw {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

Patch set_field(const char* field, nlohmann::json value) {
    Patch p;
    p.changes[field] = std::move(value);
    return p;
}

EditGoal archive_command(int64_t goal_id, bool archived) { return EditGoal{goal_id, set_field("archived", archived)}; }

EditStep step_status_command(int64_t step_id, StepStatus status, Day day) {
    EditStep c{step_id, {}};
    c.patch.changes["status"] = std::string(to_string(status));
    c.patch.changes["done_date"] = status == StepStatus::done ? nlohmann::json(format_day(day)) : nlohmann::json(nullptr);
    return c;
}

std::string command_name(const Command& command) {
    return std::visit(Overloaded{
                          [](const AddGoal&) { return "add_goal"; },
                          [](const EditGoal&) { return "edit_goal"; },
                          [](const DeleteGoal&) { return "delete_goal"; },
                          [](const AddStep&) { return "add_step"; },
                          [](const EditStep&) { return "edit_step"; },
                          [](const CompleteStep& c) { return c.done ? "complete_step" : "uncomplete_step"; },
                          [](const MarkDay& c) {
                              return c.mark == DayMark::done      ? "complete_step"
                                     : c.mark == DayMark::skipped ? "skip_step"
                                                                  : "reopen_day";
                          },
                          [](const MoveStep&) { return "move_step"; },
                          [](const DeleteStep&) { return "delete_step"; },
                          [](const LogProgress&) { return "log_progress"; },
                          [](const EditEntry&) { return "edit_entry"; },
                          [](const DeleteEntry&) { return "delete_entry"; },
                          [](const SaveCheckin&) { return "save_checkin"; },
                          [](const SetSetting&) { return "set_setting"; },
                          [](const AddSession&) { return "add_session"; },
                          [](const EditSession&) { return "edit_session"; },
                          [](const DeleteSession&) { return "delete_session"; },
                          [](const AddQuestion&) { return "add_question"; },
                          [](const EditQuestion&) { return "edit_question"; },
                          [](const DeleteQuestion&) { return "delete_question"; },
                          [](const Undo&) { return "undo"; },
                          [](const Redo&) { return "redo"; },
                      },
                      command);
}

}  // namespace sw
