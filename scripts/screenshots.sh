#!/usr/bin/env bash
# Builds a small demo database and renders the README screenshots into
# docs/screenshots/ (needs xvfb-run; uses only the stepwise command line).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=./build/stepwise
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.db"
sw() { "$bin" --db "$db" "$@" >/dev/null; }
d() { date -d "$1" +%F; }

sw goal add --title "Run a 10 km race" --start "$(d '-70 days')" --due "$(d '+50 days')" --unit km \
  --baseline 3 --target 10 --measure level --area health --confidence 7 --why "Feel strong and sleep better" \
  --resources "Running club on Tuesdays"
sw goal add --title "Read 12 books this year" --start "$(d '-120 days')" --due "$(d '+245 days')" --unit books \
  --baseline 0 --target 12 --measure total --area growth --confidence 8 --why "Make room for curiosity" \
  --resources "Library card"
sw goal add --title "Launch my portfolio website" --start "$(d '-30 days')" --due "$(d '+30 days')" \
  --area career --confidence 6 --why "Find clients who fit" --resources "Evenings, a template"
sw goal add --title "Save €2,000 for a trip" --start "$(d '-90 days')" --due "$(d '+90 days')" --unit € \
  --baseline 0 --target 2000 --measure total --area finance --confidence 8 --why "See Lisbon with Sam" \
  --resources "Automatic transfer" --private

for i in $(seq 66 -3 0); do sw log 1 "$(echo "3 + (66 - $i) * 0.09" | bc -l | cut -c1-4)" --date "$(d "-$i days")"; done
sw log 1 8.6 --note "Café loop with the club ✓"
for i in 110 80 55 30 9; do sw log 2 1 --date "$(d "-$i days")"; done
for i in 85 55 25; do sw log 4 300 --date "$(d "-$i days")"; done

sw step add 1 --title "Easy run, 30 minutes" --repeat weekly:MO,WE,FR --start "$(d '-40 days')" \
  --if "it rains" --then "do the treadmill at the gym"
sw step add 1 --title "Stretch for 10 minutes" --repeat daily --start "$(d '-20 days')"
sw step add 1 --title "Register for the city 10 k" --due "$(d '-2 days')"
sw step add 2 --title "Read 20 pages before bed" --repeat daily --start "$(d '-30 days')"
sw step add 3 --title "Pick a domain name" --due "$(d '-20 days')"
sw step add 3 --title "Write the About page" --due "$(d 'today')"
sw step add 3 --title "Ask two clients for quotes" --due "$(d '+7 days')"
sw step done 5 --date "$(d '-18 days')"
for i in $(seq 40 -1 1); do
  day=$(d "-$i days")
  dow=$(date -d "$day" +%u)
  if [ $((i % 6)) -ne 0 ] && { [ "$dow" = 1 ] || [ "$dow" = 3 ] || [ "$dow" = 5 ]; }; then sw step done 1 --date "$day"; fi
  if [ "$i" -le 20 ] && [ $((i % 5)) -ne 0 ]; then sw step done 2 --date "$day"; fi
  if [ "$i" -le 30 ] && [ $((i % 4)) -ne 0 ]; then sw step done 4 --date "$day"; fi
done
for i in $(seq 20 -1 1); do
  sw checkin --date "$(d "-$i days")" --mood $(( (i * 7 % 3) + 3 )) --confidence $(( (i * 5 % 4) + 6 ))
done
sw session add --date "$(d '-12 days')" --next "$(d '+2 days')" \
  --notes "Running feels good; the website keeps slipping. Agreed: register for the 10 k."
sw step add 1 --title "Try the Tuesday running club" --session 1 --due "$(d '+5 days')"
sw step add 3 --title "Show the draft site to one friend" --session 1 --due "$(d '-5 days')"
sw step done 9 --date "$(d '-6 days')"
sw question add "How do I keep running when it rains all week?"
sw question add "Is a portfolio without client work worth launching?"

mkdir -p docs/screenshots
for view in today goals goal:1 sessions; do
  xvfb-run -a "$bin" --db "$db" gui --screenshot "docs/screenshots/${view/:/-}.png" --size 1280x860 --view "$view"
done
echo "wrote docs/screenshots/"
