#!/usr/bin/env bash
# make-samples.sh - (re)build the synthetic sample call recordings in sample-recordings/
#
# Usage:  tools/make-samples/make-samples.sh [CALL_ID ...]
#
#   With no arguments every tools/make-samples/calls/*.call script is rendered and
#   generated files in sample-recordings/ that no longer have a script are removed.
#   With arguments only the named calls (e.g. en-001 zh-004) are rebuilt.
#
# For every call NAME it writes sample-recordings/NAME.wav (stereo, agent left,
# customer right), NAME.json (metadata sidecar), NAME.ref.json (reference
# transcript, real placement times) and, for Mandarin calls, NAME.transcript.json
# (stand-in for a vendor transcript, identical to NAME.ref.json).
# Afterwards every output is verified (format, channel separation, JSON shape).
#
# The output is deterministic: same scripts + same TTS packages => identical bytes.
# See tools/make-samples/README.md for the .call script format.
set -euo pipefail

export LC_ALL=C.UTF-8 LANG=C.UTF-8

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CALLS_DIR="$SCRIPT_DIR/calls"
OUT_DIR="$REPO_ROOT/sample-recordings"

WORK_RATE=16000                 # every clip is normalised to 16 kHz mono 16-bit first
DEFAULT_GAPS=(0.5 0.7 0.4 0.65 0.55 0.8 0.45 0.6 0.35 0.75)   # cycled, deterministic
TAIL_SECONDS=0.4                # silence after the last turn
LABEL_KEYS=(exaggerated_claim rudeness ignored_refusal refusal)
SIZE_LIMIT_KB=8192              # whole sample-recordings/ folder must stay below 8 MB

log()  { printf '%s\n' "$*" >&2; }
die()  { printf 'make-samples: ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------
# 0. tools
# ---------------------------------------------------------------------------
ensure_tools() {
    local missing=()
    command -v text2wave >/dev/null 2>&1 || missing+=(festival)
    dpkg -s festvox-kallpc16k  >/dev/null 2>&1 || missing+=(festvox-kallpc16k)
    dpkg -s festvox-us-slt-hts >/dev/null 2>&1 || missing+=(festvox-us-slt-hts)
    command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
    { command -v sox >/dev/null 2>&1 && command -v soxi >/dev/null 2>&1; } || missing+=(sox)
    command -v jq  >/dev/null 2>&1 || missing+=(jq)
    command -v awk >/dev/null 2>&1 || missing+=(gawk)
    command -v sha1sum >/dev/null 2>&1 || missing+=(coreutils)
    if ((${#missing[@]})); then
        log "installing missing packages: ${missing[*]}"
        local sudo=()
        [[ $(id -u) -eq 0 ]] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
    fi
}

# ---------------------------------------------------------------------------
# small numeric helpers (seconds <-> samples at WORK_RATE)
# ---------------------------------------------------------------------------
sec2samp() { awk -v x="$1" -v r="$WORK_RATE" 'BEGIN{ s = (x < 0) ? -1 : 1; if (x < 0) x = -x; printf "%d", s * int(x * r + 0.5) }'; }
samp2sec() { awk -v n="$1" -v r="$WORK_RATE" 'BEGIN{ printf "%.2f", n / r }'; }
is_number() { [[ $1 =~ ^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$ ]]; }

# ---------------------------------------------------------------------------
# 1. parsing a .call script
#    Fills: H (assoc header), T_SPK T_OFF T_GAP T_LAB T_TXT (turn arrays)
# ---------------------------------------------------------------------------
declare -A H
T_SPK=() T_OFF=() T_GAP=() T_LAB=() T_TXT=()

parse_turns() {   # $1 = file ; appends turns found after the '---' line
    local file=$1 in_body=0 pending_gap="" line lineno=0
    local re='^(agent|customer)(@([+-]?[0-9]*\.?[0-9]+))?[[:space:]]*(\[([a-z_, ]*)\])?[[:space:]]*:[[:space:]]*(.*)$'
    while IFS= read -r line || [[ -n $line ]]; do
        lineno=$((lineno + 1))
        line="${line%$'\r'}"
        [[ $in_body -eq 0 ]] && { [[ $line == '---' ]] && in_body=1; continue; }
        [[ $line =~ ^[[:space:]]*(#.*)?$ ]] && continue
        if [[ $line =~ ^pause[[:space:]]+([0-9]*\.?[0-9]+)[[:space:]]*$ ]]; then
            pending_gap=${BASH_REMATCH[1]}
            continue
        fi
        [[ $line =~ $re ]] || die "$file:$lineno: cannot parse line: $line"
        local spk=${BASH_REMATCH[1]} off=${BASH_REMATCH[3]} labs=${BASH_REMATCH[5]} txt=${BASH_REMATCH[6]}
        txt="${txt%"${txt##*[![:space:]]}"}"
        [[ -n $txt ]] || die "$file:$lineno: empty turn text"
        labs=${labs// /}
        if [[ -n $labs ]]; then
            local l ok k
            IFS=, read -r -a _ls <<<"$labs"
            for l in "${_ls[@]}"; do
                ok=0; for k in "${LABEL_KEYS[@]}"; do [[ $l == "$k" ]] && ok=1; done
                ((ok)) || die "$file:$lineno: unknown label '$l' (allowed: ${LABEL_KEYS[*]})"
            done
        fi
        [[ -n $off && -n $pending_gap ]] && die "$file:$lineno: 'pause' followed by an @offset turn is ambiguous"
        T_SPK+=("$spk"); T_OFF+=("$off"); T_GAP+=("$pending_gap"); T_LAB+=("$labs"); T_TXT+=("$txt")
        pending_gap=""
    done <"$file"
    ((in_body)) || die "$file: missing '---' line between header and turns"
}

parse_call() {    # $1 = file
    local file=$1 line lineno=0
    H=(); T_SPK=(); T_OFF=(); T_GAP=(); T_LAB=(); T_TXT=()
    while IFS= read -r line || [[ -n $line ]]; do
        lineno=$((lineno + 1))
        line="${line%$'\r'}"
        [[ $line == '---' ]] && break
        [[ $line =~ ^[[:space:]]*(#.*)?$ ]] && continue
        [[ $line =~ ^([A-Za-z]+):[[:space:]]*(.*[^[:space:]])[[:space:]]*$ ]] || die "$file:$lineno: bad header line: $line"
        H[${BASH_REMATCH[1]}]=${BASH_REMATCH[2]}
    done <"$file"
    local k
    for k in callId agentId team customerPhone campaign startedAt language agentVoice customerVoice audio; do
        [[ -n ${H[$k]:-} ]] || die "$file: header '$k' missing"
    done
    [[ ${H[language]} == en || ${H[language]} == zh ]] || die "$file: language must be en or zh"
    [[ ${H[startedAt]} =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$ ]] \
        || die "$file: startedAt must be ISO 8601 with offset, e.g. 2026-11-20T10:15:00+08:00"
    [[ $(basename "$file" .call) == "${H[callId]}" ]] || die "$file: callId '${H[callId]}' must match the file name"
    case ${H[audio]} in pcm16k|ulaw8k|ulaw8k-phone) ;; *) die "$file: audio must be pcm16k, ulaw8k or ulaw8k-phone";; esac
    if [[ -n ${H[turnsFrom]:-} ]]; then
        local src="$CALLS_DIR/${H[turnsFrom]}.call"
        [[ -f $src ]] || die "$file: turnsFrom '${H[turnsFrom]}' not found"
        parse_turns "$src"
        grep -qx -- '---' "$file" && { local n=${#T_SPK[@]}; parse_turns "$file"; ((${#T_SPK[@]} == n)) || die "$file: has both turnsFrom and its own turns"; }
    else
        parse_turns "$file"
    fi
    ((${#T_SPK[@]})) || die "$file: no turns"
}

# ---------------------------------------------------------------------------
# 2. synthesis: one mono clip per (voice, text), trimmed and normalised,
#    16 kHz 16-bit. Cached by content hash within one run.
# ---------------------------------------------------------------------------
synth_clip() {    # $1 voice spec, $2 text -> prints path of clip
    local spec=$1 text=$2
    local key; key=$(printf '%s\n%s' "$spec" "$text" | sha1sum | cut -c1-16)
    local clip="$TMP/clips/$key.wav"
    if [[ ! -f $clip ]]; then
        local raw="$TMP/clips/$key.raw.wav" txtf="$TMP/clips/$key.txt"
        printf '%s\n' "$text" >"$txtf"
        local engine=${spec%%:*} rest=${spec#*:}
        local voice=${rest%%:*} opts=() evals=() o
        if [[ $rest == *:* ]]; then
            IFS=: read -r -a _o <<<"${rest#*:}"
            for o in "${_o[@]}"; do
                case $engine:$o in
                    espeak-ng:s=*) opts+=(-s "${o#s=}") ;;      # words per minute
                    espeak-ng:p=*) opts+=(-p "${o#p=}") ;;      # pitch 0-99
                    festival:r=*)                               # speaking-rate factor
                        if [[ $voice == *_hts ]]; then
                            evals+=(-eval "(set! hts_engine_params (append hts_engine_params (list (list \"-r\" ${o#r=}))))")
                        else
                            evals+=(-eval "(Parameter.set 'Duration_Stretch $(awk -v r="${o#r=}" 'BEGIN{printf "%.4f", 1 / r}'))")
                        fi ;;
                    *) die "voice '$spec': unknown option '$o'" ;;
                esac
            done
        fi
        case $engine in
            festival)  text2wave -eval "($voice)" "${evals[@]}" "$txtf" -o "$raw" >/dev/null 2>"$TMP/tts.err" \
                           || { cat "$TMP/tts.err" >&2; die "festival failed for voice $voice"; } ;;
            espeak-ng) espeak-ng -v "$voice" "${opts[@]}" -w "$raw" -f "$txtf" 2>"$TMP/tts.err" \
                           || { cat "$TMP/tts.err" >&2; die "espeak-ng failed for voice $voice"; } ;;
            *) die "voice '$spec': engine must be festival or espeak-ng" ;;
        esac
        # trim leading/trailing silence so the reference times hug the speech,
        # resample to the working rate, peak-normalise to -4 dBFS; -D = no dither
        sox -D "$raw" -r "$WORK_RATE" -c 1 -b 16 -e signed-integer "$clip" \
            gain -6 silence 1 0.02 0.1% reverse silence 1 0.02 0.1% reverse \
            rate -v "$WORK_RATE" gain -n -4
        (( $(soxi -s "$clip") > WORK_RATE / 5 )) || die "synthesised clip too short for: $text"
    fi
    printf '%s' "$clip"
}

# ---------------------------------------------------------------------------
# 3. render one call
# ---------------------------------------------------------------------------
render_call() {   # $1 = .call file ; writes into $TMP/out/
    local file=$1
    parse_call "$file"
    local id=${H[callId]} n=${#T_SPK[@]} i
    log "== $id  (${H[language]}, ${H[audio]}, $n turns)"

    # --- timeline (in samples at WORK_RATE) ---
    local -a S E C
    local ref_end=0 start len gap
    for ((i = 0; i < n; i++)); do
        local voice; [[ ${T_SPK[i]} == agent ]] && voice=${H[agentVoice]} || voice=${H[customerVoice]}
        C[i]=$(synth_clip "$voice" "${T_TXT[i]}")
        len=$(soxi -s "${C[i]}")
        if ((i == 0)); then
            start=$(sec2samp "${H[lead]:-0}")
        elif [[ -n ${T_OFF[i]} ]]; then
            start=$((ref_end + $(sec2samp "${T_OFF[i]}")))
        else
            gap=${T_GAP[i]:-${DEFAULT_GAPS[$(((i - 1) % ${#DEFAULT_GAPS[@]}))]}}
            start=$((ref_end + $(sec2samp "$gap")))
        fi
        ((i == 0 || start >= S[i - 1])) || die "$id turn $i: offset ${T_OFF[i]} starts before the previous turn starts"
        S[i]=$start; E[i]=$((start + len))
        ((E[i] > ref_end)) && ref_end=${E[i]}
    done
    local total=$((ref_end + $(sec2samp "$TAIL_SECONDS")))

    # --- one mono track per speaker (clips never overlap within a speaker) ---
    local spk ch
    for spk in agent customer; do
        local cursor=0 segs=() k=0
        for ((i = 0; i < n; i++)); do
            [[ ${T_SPK[i]} == "$spk" ]] || continue
            ((S[i] >= cursor)) || die "$id turn $i: overlaps the same speaker's previous turn"
            local seg="$TMP/seg_${spk}_$k.wav"
            sox -D "${C[i]}" "$seg" pad "$((S[i] - cursor))s"
            segs+=("$seg"); cursor=${E[i]}; k=$((k + 1))
        done
        if ((${#segs[@]})); then
            sox -D "${segs[@]}" "$TMP/track_$spk.wav" pad 0 "$((total - cursor))s"
        else
            sox -D -n -r "$WORK_RATE" -c 1 -b 16 -e signed-integer "$TMP/track_$spk.wav" trim 0 "${total}s"
        fi
        rm -f "${segs[@]}"
    done

    # --- merge: left = agent, right = customer; encode ---
    local wav="$TMP/out/$id.wav"
    case ${H[audio]} in
        pcm16k)       sox -D -M "$TMP/track_agent.wav" "$TMP/track_customer.wav" \
                          -r 16000 -c 2 -b 16 -e signed-integer "$wav" ;;
        ulaw8k)       sox -D -M "$TMP/track_agent.wav" "$TMP/track_customer.wav" \
                          -r 8000 -c 2 -b 8 -e u-law "$wav" rate -v 8000 ;;
        ulaw8k-phone) sox -D -M "$TMP/track_agent.wav" "$TMP/track_customer.wav" \
                          -r 8000 -c 2 -b 8 -e u-law "$wav" sinc 300-3400 rate -v 8000 ;;
    esac
    rm -f "$TMP/track_agent.wav" "$TMP/track_customer.wav"

    # --- metadata sidecar ---
    jq -n --arg callId "$id" --arg agentId "${H[agentId]}" --arg team "${H[team]}" \
          --arg customerPhone "${H[customerPhone]}" --arg campaign "${H[campaign]}" \
          --arg startedAt "${H[startedAt]}" --arg language "${H[language]}" \
          '{callId: $callId, agentId: $agentId, team: $team, customerPhone: $customerPhone,
            campaign: $campaign, startedAt: $startedAt, language: $language,
            channelLayout: "agent-left"}' >"$TMP/out/$id.json"

    # --- reference transcript ---
    local tsv="$TMP/turns.tsv" labtsv="$TMP/labels.tsv"
    : >"$tsv"; : >"$labtsv"
    for ((i = 0; i < n; i++)); do
        printf '%s\t%s\t%s\t%s\n' "${T_SPK[i]}" "$(samp2sec "${S[i]}")" "$(samp2sec "${E[i]}")" "${T_TXT[i]}" >>"$tsv"
        if [[ -n ${T_LAB[i]} ]]; then
            local l; IFS=, read -r -a _ls <<<"${T_LAB[i]}"
            for l in "${_ls[@]}"; do printf '%s\t%d\n' "$l" "$i" >>"$labtsv"; done
        fi
    done
    jq -n --rawfile turns "$tsv" --rawfile labs "$labtsv" \
          --arg callId "$id" --arg language "${H[language]}" --arg startedAt "${H[startedAt]}" \
          --arg agentId "${H[agentId]}" --arg customerPhone "${H[customerPhone]}" \
          '($labs | split("\n") | map(select(length > 0) | split("\t") | {k: .[0], i: (.[1] | tonumber)})) as $L
           | def idx($k): [$L[] | select(.k == $k) | .i] | unique;
           {callId: $callId, language: $language, startedAt: $startedAt, agentId: $agentId,
            customerPhone: $customerPhone,
            turns: ($turns | split("\n") | map(select(length > 0) | split("\t")
                     | {speaker: .[0], start: (.[1] | tonumber), end: (.[2] | tonumber), text: .[3]})),
            labels: {exaggerated_claim: idx("exaggerated_claim"), rudeness: idx("rudeness"),
                     ignored_refusal: idx("ignored_refusal"), refusal: idx("refusal")}}' \
        >"$TMP/out/$id.ref.json"
    if [[ ${H[language]} == zh ]]; then
        cp "$TMP/out/$id.ref.json" "$TMP/out/$id.transcript.json"
    fi
    log "   $(samp2sec "$total") s, $(wc -c <"$wav") bytes"
}

# ---------------------------------------------------------------------------
# 4. verification of what ended up in sample-recordings/
# ---------------------------------------------------------------------------
FAILS=0
fail() { log "VERIFY FAIL: $*"; FAILS=$((FAILS + 1)); }

max_amp() {       # $1 wav, $2 channel (1|2), $3 start s, $4 dur s
    sox -V1 "$1" -n remix "$2" trim "$3" "$4" stat 2>&1 | awk '/^Maximum amplitude/ {print $3}'
}

verify_call() {   # $1 = call id
    local id=$1 wav="$OUT_DIR/$1.wav" ref="$OUT_DIR/$1.ref.json" meta="$OUT_DIR/$1.json"
    local f
    for f in "$wav" "$meta" "$ref"; do [[ -s $f ]] || { fail "$id: missing $f"; return; }; done
    local lang audio; lang=$(jq -r .language "$meta" 2>/dev/null || echo "?")
    local jsons=("$meta" "$ref"); [[ $lang == zh ]] && jsons+=("$OUT_DIR/$id.transcript.json")
    for f in "${jsons[@]}"; do
        jq empty "$f" 2>/dev/null || fail "$id: invalid JSON in $f"
    done
    audio=$(awk -F': *' '$1 == "audio" {print $2}' "$CALLS_DIR/$id.call")
    [[ $(jq -c 'keys_unsorted' "$meta") == '["callId","agentId","team","customerPhone","campaign","startedAt","language","channelLayout"]' ]] \
        || fail "$id: metadata keys"
    [[ $(jq -c 'keys_unsorted' "$ref") == '["callId","language","startedAt","agentId","customerPhone","turns","labels"]' ]] \
        || fail "$id: ref.json keys"
    [[ $(jq -c '.labels | keys_unsorted' "$ref") == '["exaggerated_claim","rudeness","ignored_refusal","refusal"]' ]] \
        || fail "$id: label keys"
    if [[ $lang == zh ]]; then
        cmp -s "$ref" "$OUT_DIR/$id.transcript.json" || fail "$id: transcript.json differs from ref.json"
    fi

    local ch rate enc
    ch=$(soxi -c "$wav"); rate=$(soxi -r "$wav"); enc=$(soxi -e "$wav")
    [[ $ch == 2 ]] || fail "$id: $ch channels"
    case $audio in
        pcm16k) [[ $rate == 16000 && $enc == "Signed Integer PCM" && $(soxi -b "$wav") == 16 ]] || fail "$id: format $rate/$enc" ;;
        ulaw8k*) [[ $rate == 8000 && $enc == "u-law" ]] || fail "$id: format $rate/$enc" ;;
    esac

    # channel separation: in every stretch where exactly one party talks, the
    # other channel must be digitally silent and the speaker's channel not.
    local dur; dur=$(soxi -D "$wav")
    local checks; checks=$(jq -r '
        .turns as $t
        | range(0; $t | length) as $i | $t[$i] as $u
        | [ $t[] | select(.speaker != $u.speaker) | select(.start < $u.end and .end > $u.start) ] as $ov
        | (if ($ov | length) == 0 then [$u.start, $u.end]
           elif any($ov[]; .start <= $u.start) then [([$ov[].end] | max), $u.end]
           else [$u.start, ([$ov[].start] | min)] end) as $w
        | select($w[1] - $w[0] > 0.3)
        | "\($i) \($u.speaker) \($w[0] + 0.05) \($w[1] - $w[0] - 0.1) \(($ov | length) > 0)"' "$ref")
    local i spk st d ovl own other a b
    while read -r i spk st d ovl; do
        [[ $spk == agent ]] && { own=1; other=2; } || { own=2; other=1; }
        a=$(max_amp "$wav" "$own" "$st" "$d"); b=$(max_amp "$wav" "$other" "$st" "$d")
        awk -v a="$a" 'BEGIN{exit !(a > 0.1)}' || fail "$id turn $i ($spk): own channel too quiet (max $a)"
        awk -v b="$b" 'BEGIN{exit !(b == 0)}'  || fail "$id turn $i ($spk): other channel not silent (max $b)"
    done <<<"$checks"

    # turn times inside the file, overlaps reported
    jq -e --argjson d "$dur" 'all(.turns[]; .start >= 0 and .end > .start and .end <= $d)' "$ref" >/dev/null \
        || fail "$id: turn times outside the audio"
    local ov; ov=$(jq -r '[.turns as $t | range(1; $t|length) as $i
                         | select($t[$i].start < $t[$i-1].end)
                         | "turn \($i) (\($t[$i].speaker)) starts \(($t[$i-1].end - $t[$i].start) * 100 | round / 100) s before turn \($i-1) ends"] | join("; ")' "$ref")
    printf '  %-8s %s ch, %5s Hz, %-18s %6.2f s  %s\n' "$id" "$ch" "$rate" "$enc," "$dur" "${ov:+overlap: $ov}" >&2
}

# ---------------------------------------------------------------------------
main() {
    ensure_tools
    [[ -d $CALLS_DIR ]] || die "no $CALLS_DIR"

    local files=() id
    if (($#)); then
        for id in "$@"; do [[ -f $CALLS_DIR/$id.call ]] || die "no script $CALLS_DIR/$id.call"; files+=("$CALLS_DIR/$id.call"); done
    else
        shopt -s nullglob; files=("$CALLS_DIR"/*.call); shopt -u nullglob
        ((${#files[@]})) || die "no .call scripts in $CALLS_DIR"
    fi

    TMP=$(mktemp -d "${TMPDIR:-/tmp}/make-samples.XXXXXX")
    trap 'rm -rf "$TMP"' EXIT
    mkdir -p "$TMP/clips" "$TMP/out"

    local f
    for f in "${files[@]}"; do render_call "$f"; done

    # install: replace outputs of the rendered calls; on a full run also drop
    # outputs whose .call script no longer exists
    mkdir -p "$OUT_DIR"
    if ((! $#)); then
        for f in "$OUT_DIR"/*.wav "$OUT_DIR"/*.json; do
            [[ -e $f ]] || continue
            id=$(basename "$f"); id=${id%%.*}
            [[ -f $CALLS_DIR/$id.call ]] || { log "removing stale $f"; rm -f "$f"; }
        done
    fi
    for f in "${files[@]}"; do
        id=$(basename "$f" .call)
        rm -f "$OUT_DIR/$id.wav" "$OUT_DIR/$id.json" "$OUT_DIR/$id.ref.json" "$OUT_DIR/$id.transcript.json"
    done
    chmod 644 "$TMP"/out/*
    mv "$TMP"/out/* "$OUT_DIR"/

    log "== verify"
    for f in "${files[@]}"; do
        id=$(basename "$f" .call)
        verify_call "$id"
    done
    local kb; kb=$(du -sk "$OUT_DIR" | cut -f1)
    ((kb < SIZE_LIMIT_KB)) || fail "sample-recordings/ is ${kb} KB, limit ${SIZE_LIMIT_KB} KB"
    log "== sample-recordings/: $(du -sh "$OUT_DIR" | cut -f1)"
    ((FAILS == 0)) || die "$FAILS verification failure(s)"
    log "OK"
}

main "$@"
