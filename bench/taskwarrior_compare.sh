#!/usr/bin/env bash
# Stepwise against Taskwarrior 2.6 on the same 5,000 open action steps / tasks
# in 10 goals / projects: median wall time of common commands, each run as its
# own process, and whether Stepwise meets issue 10's "≤ 0.5× Taskwarrior".
#
#   bench/taskwarrior_compare.sh [STEPWISE]      (default: $STEPWISE, else ./build/stepwise)
#
# Everything happens in a temporary HOME, TASKRC, TASKDATA and XDG folders,
# removed at the end: the user's own tasks and goals are never touched.
# Taskwarrior runs with its defaults apart from what makes it non-interactive
# and quiet: rc.confirmation=off, rc.verbose=nothing (set in the temporary
# taskrc). Setup (task import, stepwise import) is not timed.
# shellcheck disable=SC2016  # the timed commands are single-quoted strings for eval
set -euo pipefail

STEPWISE=${1:-${STEPWISE:-./build/stepwise}}
RUNS=${RUNS:-7}
readonly ITEMS=5000 PROJECTS=10 TARGET_RATIO=0.5

if ! command -v task >/dev/null; then
    echo "taskwarrior_compare: needs Taskwarrior 2.6 (\`task\`): sudo apt-get install taskwarrior" >&2
    exit 1
fi
if ! command -v jq >/dev/null; then
    echo "taskwarrior_compare: needs jq to write the setup files: sudo apt-get install jq" >&2
    exit 1
fi
if [[ ! -x $STEPWISE ]]; then
    echo "taskwarrior_compare: no stepwise binary at '$STEPWISE' (pass its path, or set STEPWISE)" >&2
    exit 1
fi
STEPWISE=$(realpath "$STEPWISE")

work=$(mktemp -d "${TMPDIR:-/tmp}/stepwise-vs-task.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home
export TASKRC=$HOME/.taskrc TASKDATA=$HOME/.task
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
mkdir -p "$TASKDATA" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\n' "$TASKDATA" >"$TASKRC"
db=$work/stepwise.db
today=$(date +%F)
due=$(date -d '+90 days' +%F)

sw() { "$STEPWISE" --db "$db" "$@"; }

# ---- setup (untimed) ---------------------------------------------------------
echo "setting up $ITEMS tasks in $PROJECTS projects in each tool…" >&2

# Taskwarrior: one JSON object per line, the import format of `task export`.
entry=$(date -u +%Y%m%dT%H%M%SZ)
for ((i = 0; i < ITEMS; i++)); do
    p=$((i % PROJECTS + 1))
    printf '{"uuid":"%08x-5157-4000-8000-%012x","description":"Step %d of goal %d","project":"goal%d","status":"pending","entry":"%s"}\n' \
        1 "$i" "$((i / PROJECTS + 1))" "$p" "$p" "$entry"
done >"$work/tasks.json"
task import "$work/tasks.json" >/dev/null

# Stepwise: the goals and one step made by the CLI, exported, and the step
# repeated 5,000 times by jq with new UUIDs (the export format is
# src/app/portable.hpp's), then imported into a fresh database.
seed=$work/seed.db
for ((p = 1; p <= PROJECTS; p++)); do  # stderr: the SMART check's advice, not needed here
    "$STEPWISE" --db "$seed" goal add --title "Goal $p" --due "$due" >/dev/null 2>"$work/err" ||
        { cat "$work/err" >&2; exit 1; }
done
"$STEPWISE" --db "$seed" step add 1 --title "template" >/dev/null
"$STEPWISE" --db "$seed" export -o "$work/seed.json" >/dev/null
jq --argjson n "$ITEMS" --argjson projects "$PROJECTS" '
    .steps[0] as $template
    | .goals as $goals
    | .completions = []
    | .steps = [range(0; $n) as $i
                | ($i % $projects) as $p
                | $template
                | .uuid = ("00000002-5157-4000-8000-" + ("000000000000" + ($i | tostring))[-12:])
                | .goal_uuid = $goals[$p].uuid
                | .position = (($i / $projects) | floor)
                | .title = "Step \(($i / $projects | floor) + 1) of goal \($p + 1)"]
' "$work/seed.json" >"$work/steps.json"
sw import "$work/steps.json" >/dev/null

# The first command of a day starts the daily check and backup in a detached
# process: wait for it (if it started), so the timed runs are normal ones.
backups=$db-backups
for ((i = 0; i < 20; i++)); do [[ -d $backups ]] && break; sleep 0.1; done
if [[ -d $backups ]]; then
    for ((i = 0; i < 1200; i++)); do
        if [[ -f $backups/stepwise-$today.db ]] && flock -n "$backups/.maintenance.lock" true; then break; fi
        sleep 0.1
    done
fi

steps=$(sw step list --json | jq 'length')
tasks=$(task count status:pending)
echo "stepwise: $steps steps in $(sw goal list --json | jq 'length') goals; taskwarrior: $tasks pending tasks" >&2

# ---- timing -------------------------------------------------------------------
# Wall time of one command in microseconds (bash's own clock: no extra process).
time_us() {
    local start=$EPOCHREALTIME
    "$@" >/dev/null 2>"$work/err" || { echo "failed: $* — $(head -c 300 "$work/err")" >&2; exit 1; }
    local end=$EPOCHREALTIME
    echo $((10#${end//[.,]/} - 10#${start//[.,]/}))
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# The commands are strings, expanded by eval when timed.
names=("add a step / task" "list (5,000 open)" "summary" "export (to a file)")
stepwise_cmds=(
    'sw step add 3 --title "Call the dentist"'
    'sw step list'
    'sw summary'
    'sw export -o "$work/stepwise-export.json"'
)
task_cmds=(
    'task add "Call the dentist" project:goal3'
    'task list'
    'task summary'
    'task export >"$work/task-export.json"'
)
declare -A samples
for ((run = 0; run < RUNS; run++)); do
    for c in "${!names[@]}"; do # alternating, so drift on a shared machine hits both alike
        samples[s$c]+="$(time_us eval "${stepwise_cmds[$c]}") "
        samples[t$c]+="$(time_us eval "${task_cmds[$c]}") "
    done
done

echo
echo "Stepwise $("$STEPWISE" --version | awk '{print $2}') vs Taskwarrior $(task --version): $ITEMS open steps/tasks in $PROJECTS goals/projects,"
echo "median of $RUNS runs each, alternating (ms); target: Stepwise ≤ ${TARGET_RATIO}× Taskwarrior"
printf '\n%-22s %10s %12s %8s  %s\n' "command" "stepwise" "taskwarrior" "ratio" "target"
for c in "${!names[@]}"; do
    s=$(tr ' ' '\n' <<<"${samples[s$c]}" | grep . | median)
    t=$(tr ' ' '\n' <<<"${samples[t$c]}" | grep . | median)
    awk -v name="${names[$c]}" -v s="$s" -v t="$t" -v target="$TARGET_RATIO" 'BEGIN {
        ratio = s / t
        printf "%-22s %7.1f ms %9.1f ms %7.2f×  %s\n", name, s / 1000, t / 1000, ratio, ratio <= target ? "met" : "NOT met"
    }'
done
echo
echo "commands: stepwise step add 3 --title T | step list | summary | export -o FILE"
echo "          task add T project:goal3 | list | summary | export >FILE   (output to /dev/null, export to a file)"
