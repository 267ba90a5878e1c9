#!/bin/sh
# case import and the registration column (hostile19 F10): a time after
# the date must be a time ("25:00", "12:61" are refused, naming row,
# column and value, and nothing is registered); a registration year other
# than the dnr's is registered, with a warning naming row, dnr and date
# (a diarium may register late, so it is no fault).
. tests/cli/lib.sh
expect_ok "committee" committee add --code UBN --name Utbildningsnämnden

printf 'Dnr\tTitel\tRegistrerat\n%s\n%s\n%s\n' \
	'UBN 2024/164	Hour 25	2024-03-05 25:00' \
	'UBN 2024/165	Minute 61	2024-03-05 12:61' \
	'UBN 2024/166	A time	2024-03-05 09:15' >"$TMP/times.tsv"
before=$(fingerprint)
run case import "$TMP/times.tsv"
eq "bad times refused" 1 "$rc"
case $err in *'Rad 2, kolumn "registrerat": "2024-03-05 25:00": tiden efter datumet är ingen tid'*) ok ;;
	*) bad "hour 25 not named by row, column and value: $err" ;; esac
case $err in *'Rad 3, kolumn "registrerat": "2024-03-05 12:61": tiden efter datumet är ingen tid'*) ok ;;
	*) bad "minute 61 not named: $err" ;; esac
case $err in *'Rad 4'*) bad "a good time refused: $err" ;; *) ok ;; esac
eq "nothing registered" "$before" "$(fingerprint)"

# Times as diarium systems write them are read.
printf 'Dnr\tTitel\tRegistrerat\n%s\n%s\n%s\n' \
	'UBN 2024/170	Seconds	2024-03-05 23:59:59' \
	'UBN 2024/171	ISO	2024-03-05T00:00:00.123+01:00' \
	'UBN 2024/172	Zulu	2024-03-05T08:30Z' >"$TMP/good.tsv"
expect_ok "good times" case import "$TMP/good.tsv"
eq "no warning for good rows" "" "$err"
run --tsv case show "UBN 2024/171"
has "the date kept" "2024-03-05"

# Registered in another year than the dnr: registered, with a warning.
printf 'Dnr\tTitel\tRegistrerat\n%s\n%s\n%s\n' \
	'UBN 2024/769	Late number	2022-05-05' \
	'UBN 2023/901	Registered late	2024-01-03' \
	'UBN 2024/770	Same year	2024-02-01' >"$TMP/years.tsv"
run case import "$TMP/years.tsv"
eq "other years registered" 0 "$rc"
has "all three" "Registrerade 3 ärenden"
case $err in *'namnd: varning: Rad 2, kolumn "registrerat": diarienumret "UBN 2024/769" har året 2024 men ärendet registrerades 2022-05-05'*) ok ;;
	*) bad "no warning naming row, dnr and date: $err" ;; esac
case $err in *'Rad 3'*'"UBN 2023/901" har året 2023 men ärendet registrerades 2024-01-03'*) ok ;;
	*) bad "no warning for the late registration: $err" ;; esac
case $err in *'Rad 4'*) bad "a warning for a row whose years agree: $err" ;; *) ok ;; esac
eq "stored as given" "2022-05-05" "$(sqlite3 "$NAMND_DB" "SELECT registered FROM cases WHERE dnr_year = 2024 AND dnr_number = 769")"
# --dry-run says the same.
printf 'Dnr\tTitel\tRegistrerat\n%s\n' 'UBN 2024/800	Dry	2021-06-01' >"$TMP/dry.tsv"
run case import "$TMP/dry.tsv" --dry-run
eq "dry run passes" 0 "$rc"
case $err in *'varning: Rad 2'*'"UBN 2024/800" har året 2024'*) ok ;; *) bad "dry run: no warning: $err" ;; esac
finish
