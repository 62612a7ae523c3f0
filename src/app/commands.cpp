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

std::string command_name(const Command& command) {
    return std::visit(Overloaded{
                          [](const AddGoal&) { return "add_goal"; },
                          [](const EditGoal&) { return "edit_goal"; },
                          [](const DeleteGoal&) { return "delete_goal"; },
                          [](const AddStep&) { return "add_step"; },
                          [](const EditStep&) { return "edit_step"; },
                          [](const CompleteStep& c) { return c.done ? "complete_step" : "uncomplete_step"; },
                          [](const MoveStep&) { return "move_step"; },
                          [](const DeleteStep&) { return "delete_step"; },
                          [](const LogProgress&) { return "log_progress"; },
                          [](const EditEntry&) { return "edit_entry"; },
                          [](const DeleteEntry&) { return "delete_entry"; },
                          [](const SaveCheckin&) { return "save_checkin"; },
                          [](const SetSetting&) { return "set_setting"; },
                      },
                      command);
}

}  // namespace sw
