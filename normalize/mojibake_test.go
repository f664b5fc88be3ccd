package normalize

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// misread returns s as it looks after its UTF-8 bytes were read through
// page p: the mojibake FixMojibake undoes.
func misread(s string, p *mjPage) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		b.WriteRune(p.dec[c])
	}
	return b.String()
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	return lines
}

// TestFixMojibakeGenerated misreads clean sentences in many languages
// through every page, once and twice, and expects them restored; the clean
// sentences themselves must come back untouched.
func TestFixMojibakeGenerated(t *testing.T) {
	sentences := readLines(t, "testdata/multilingual.txt")
	for _, s := range sentences {
		if got := FixMojibake(s); got != s {
			t.Errorf("clean text changed:\n in  %q\n got %q", s, got)
		}
	}
	total, fixed := 0, 0
	for _, p := range mjPages {
		ok := 0
		for _, s := range sentences {
			m := misread(s, p)
			if got := FixMojibake(m); got == s {
				ok++
			} else {
				t.Logf("%s: %q\n  got %q", p.name, m, got)
			}
		}
		t.Logf("%-13s %d/%d", p.name, ok, len(sentences))
		total += len(sentences)
		fixed += ok
	}
	t.Logf("repaired %d/%d", fixed, total)
}

// TestMojibakeExternalSuite measures repair on an external suite of
// [original, expected] pairs (JSON files in $WINNOW_MOJIBAKE_SUITE), such as
// the public ftfy test cases. It is skipped when the variable is unset.
func TestMojibakeExternalSuite(t *testing.T) {
	dir := os.Getenv("WINNOW_MOJIBAKE_SUITE")
	if dir == "" {
		t.Skip("WINNOW_MOJIBAKE_SUITE not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases [][2]string
		if err := json.Unmarshal(data, &cases); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ok := 0
		for _, c := range cases {
			got := FixMojibake(c[0])
			if got == c[1] {
				ok++
				continue
			}
			t.Logf("%s:\n  in   %q\n  got  %q\n  want %q", filepath.Base(f), c[0], got, c[1])
		}
		t.Logf("%s: %d/%d", filepath.Base(f), ok, len(cases))
	}
}

// TestFixMojibakeRealText runs repair over real text in many languages and
// encodings (the chardet test files beside the repository, decoded with
// their known encodings) and expects it to change nothing. It is skipped
// when the files are absent.
func TestFixMojibakeRealText(t *testing.T) {
	dirs, _ := filepath.Glob("../../shared/data/encodings/tests/*")
	if len(dirs) == 0 {
		t.Skip("no ../../shared/data/encodings")
	}
	lines, changed := 0, 0
	for _, dir := range dirs {
		name := filepath.Base(dir)
		enc, err := htmlindex.Get(name)
		for i := strings.LastIndexByte(name, '-'); err != nil && i > 0; i = strings.LastIndexByte(name, '-') {
			name = name[:i]
			enc, err = htmlindex.Get(name)
		}
		if err != nil {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text, err := enc.NewDecoder().Bytes(raw)
			if err != nil || !utf8.Valid(text) {
				continue
			}
			for _, line := range strings.Split(string(text), "\n") {
				lines++
				if got := FixMojibake(line); got != line {
					changed++
					t.Logf("%s: %q\n  -> %q", filepath.Base(dir), line, got)
				}
			}
		}
	}
	t.Logf("%d of %d lines changed", changed, lines)
	if changed*1000 > lines {
		t.Errorf("%d of %d real lines changed", changed, lines)
	}
}

func TestMojibakeAfterEmoji(t *testing.T) {
	// A four-byte rune right before a unit must not hide it.
	if got, want := FixMojibake("ok 😀Ã©tÃ© 😀Ã©"), "ok 😀été 😀é"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
