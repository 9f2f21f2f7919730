# Helpers for the command-line tests.  Each test script sources this file,
# gets $SB (the binary), $SHARED (../shared), $TOP (the source tree) and a
# fresh working directory $W that is removed on exit.
set -eu
SB=${SB:?SB must name the statbrief binary}
TOP=${TOP:?TOP must name the source tree}
SHARED=${SHARED:-$TOP/../shared}
W=$(mktemp -d "${TMPDIR:-/tmp}/sbcli.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM
cd "$W"
NAME=$(basename "$0" .sh)

fail() {
	echo "FAIL $NAME: $*" >&2
	exit 1
}

# expect_exit CODE CMD...: run CMD, demand exit status CODE.
expect_exit() {
	want=$1
	shift
	set +e
	"$@" >out.txt 2>err.txt
	got=$?
	set -e
	[ "$got" -eq "$want" ] || {
		cat err.txt >&2
		fail "$* exited $got, want $want"
	}
}

# need_shared: skip (ctest SKIP_RETURN_CODE 77) without ../shared.
need_shared() {
	[ -d "$SHARED/corpus/seeds" ] || { echo "no $SHARED/corpus/seeds"; exit 77; }
}
