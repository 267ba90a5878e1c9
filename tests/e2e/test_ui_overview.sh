#!/bin/sh
# The Översikt: each body's next meeting (today or later), and under
# them, separately, what is still to do on earlier meetings (justering,
# anslag; overdue ones marked FÖRSENAD); M on a row opens that body's
# meetings, A all bodies' meetings, Enter on an earlier meeting its
# protokoll. The CLI's overview says the same.
. tests/e2e/lib.sh

demo_db
ui 80 24
see "the AU's next meeting, not its earlier one" "^Utbildningsnämndens arbetsutsko… +2024-03-13 08\.30 +kallat"
see "the earlier meetings under a heading of their own" "^Kvar från tidigare +Sammanträde +Vad +Frist"
see "the AU's February meeting: justering overdue" "^  UBNAU +2024-02-14 08\.30 +justering +FÖRSENAD 02-28"
not_see "a meeting justerad and anslagen is not listed" "^  UBN +2024-02-21"

keys j
selected_is "on the UBN row" "^Utbildningsnämnden \(UBN\)"
keys M
see "M: that body's meetings" "^ Sammanträden · UBN "
not_see "only UBN" "^UBNAU "
keys Escape A
see "A: every body's meetings" "^ Sammanträden +2024"
see "the AU among them" "^UBNAU +2024-03-13"
keys Escape End
selected_is "the overdue row" "^  UBNAU +2024-02-14"
keys Enter
see "Enter opens its protokoll" "^ UBNAU 2024-02-14 · §§ .* ej justerat"
keys Escape
quit_ui

run overview
has "CLI: next meeting" "^Utbildningsnämndens arbetsutsko… +2024-03-13 08\.30 +kallat"
has "CLI: the earlier meetings' heading" "^Kvar från tidigare sammanträden$"
has "CLI: the overdue justering" "^  UBNAU +2024-02-14 08\.30 +justering +FÖRSENAD 02-28"
finish
