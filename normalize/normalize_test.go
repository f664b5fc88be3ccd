package normalize

import (
	"bytes"
	"flag"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite golden files")

// unquote reads a Go string literal body, as used by the testdata tables.
func unquote(t *testing.T, s string) string {
	t.Helper()
	u, err := strconv.Unquote(`"` + strings.ReplaceAll(s, `"`, `\"`) + `"`)
	if err != nil {
		t.Fatalf("bad literal %q: %v", s, err)
	}
	return u
}

func parseOptions(t *testing.T, spec string) Options {
	t.Helper()
	var o Options
	if spec == "-" {
		return o
	}
	for _, f := range strings.Split(spec, ",") {
		switch f {
		case "nfkc":
			o.Form = NFKC
		case "none":
			o.Form = NoForm
		case "keep-mojibake":
			o.KeepMojibake = true
		case "keep-spaces":
			o.KeepSpaces = true
		case "keep-invisible":
			o.KeepInvisible = true
		case "keep-newlines":
			o.KeepNewlines = true
		case "entities":
			o.DecodeEntities = true
		case "ascii-punct":
			o.ASCIIPunct = true
		case "fold-width":
			o.FoldWidth = true
		default:
			t.Fatalf("unknown option %q", f)
		}
	}
	return o
}

func TestCases(t *testing.T) {
	for _, line := range readLines(t, "testdata/cases.txt") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("want 3 tab-separated fields: %q", line)
		}
		o := parseOptions(t, f[0])
		in, want := unquote(t, f[1]), unquote(t, f[2])
		t.Run(f[1], func(t *testing.T) {
			got := String(in, o)
			if got != want {
				t.Errorf("String(%q, %s)\n got  %q\n want %q", in, f[0], got, want)
			}
			if again := String(got, o); again != got {
				t.Errorf("not idempotent: %q -> %q", got, again)
			}
			if s := chunked(t, New(o), []byte(in), 1, 0); string(s) != want {
				t.Errorf("byte-at-a-time stream: got %q", s)
			}
		})
	}
}

func TestMojibakeCases(t *testing.T) {
	for _, line := range readLines(t, "testdata/mojibake.txt") {
		f := strings.Split(line, "\t")
		in := unquote(t, f[0])
		want := in
		if len(f) > 1 {
			want = unquote(t, f[1])
		}
		if got := FixMojibake(in); got != want {
			t.Errorf("FixMojibake(%q)\n got  %q\n want %q", in, got, want)
		}
	}
}

// TestSeedsGolden normalizes the seed articles and compares with
// testdata/golden; run with -update to rewrite the golden files.
func TestSeedsGolden(t *testing.T) {
	files, _ := filepath.Glob("../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := Bytes(in, Options{})
		golden := filepath.Join("testdata", "golden", filepath.Base(f))
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s", f, golden)
		}
		if bytes.Contains(got, []byte("\u00a0")) || bytes.Contains(got, []byte(" \n")) || bytes.Contains(got, []byte("\n\n\n")) {
			t.Errorf("%s: no-break space, trailing space or blank-line run left", f)
		}
	}
}

func TestStreamLongLine(t *testing.T) {
	// A line longer than MaxLine, with a multi-byte rune across the cut
	// and trailing spaces, streams in pieces yet matches Bytes.
	line := strings.Repeat("é", MaxLine/2+7) + "ab\u00a0  "
	in := []byte(line + "\n\n\n" + line)
	want := Bytes(in, Options{})
	if !utf8.Valid(want) || bytes.Contains(want, []byte("\u00a0")) || bytes.HasSuffix(want, []byte(" ")) {
		t.Fatalf("bad output tail %q", want[len(want)-10:])
	}
	if n := bytes.Count(want, []byte("\n")); n != 2 {
		t.Fatalf("want the blank-line run squeezed to one, got %d newlines", n)
	}
	for _, step := range []int{1 << 10, 4093, 1 << 16} {
		if got := chunked(t, New(Options{}), in, step, 3); !bytes.Equal(got, want) {
			t.Fatalf("step %d: stream differs from Bytes", step)
		}
	}
	r := transform.NewReader(bytes.NewReader(in), New(Options{}))
	got, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("transform.NewReader: err %v, equal %v", err, bytes.Equal(got, want))
	}
}

func TestStreamCRAcrossChunks(t *testing.T) {
	tr := New(Options{})
	dst := make([]byte, 64)
	n1, _, err := tr.Transform(dst, []byte("a\r"), false)
	if err != nil {
		t.Fatal(err)
	}
	n2, _, err := tr.Transform(dst[n1:], []byte("\nb"), true)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(dst[:n1+n2]); got != "a\nb" {
		t.Fatalf("got %q, want %q", got, "a\nb")
	}
}

func TestStats(t *testing.T) {
	n := NewNormalizer(Options{DecodeEntities: true})
	in := "caf\u00c3\u00a9\u200b &amp; x\u00a0y  \r\n\n\n\nz\xe9"
	out, _, err := transform.String(n, in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "café & x y\n\nzé"; out != want {
		t.Fatalf("got %q, want %q", out, want)
	}
	want := Stats{Lines: 5, MojibakeFixed: 1, InvalidBytes: 1, EntitiesDecoded: 1,
		InvisibleRemoved: 1, SpacesFixed: 2, NewlinesFixed: 1, BlankSqueezed: 2}
	if got := n.Stats(); got != want {
		t.Fatalf("stats\n got  %+v\n want %+v", got, want)
	}
	n.Reset()
	if got := n.Stats(); got != (Stats{}) {
		t.Fatalf("Reset kept stats: %+v", got)
	}
}

// TestSeedsMisread misreads each seed article through every page and
// expects normalization to give the same text as for the original: every
// line for the Latin pages, nearly every line for the others, where a lone
// letter before a symbol ("В©") may be real.
func TestSeedsMisread(t *testing.T) {
	files, _ := filepath.Glob("../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	var want []string
	var in []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, data...)
		in = append(in, '\n')
	}
	want = strings.Split(String(string(in), Options{}), "\n")
	for _, p := range mjPages {
		got := strings.Split(String(misread(string(in), p), Options{}), "\n")
		if len(got) != len(want) {
			t.Fatalf("%s: %d lines, want %d", p.name, len(got), len(want))
		}
		bad := 0
		for i := range got {
			if got[i] != want[i] {
				bad++
				t.Logf("%s: %q", p.name, got[i])
			}
		}
		limit := len(want) / 50
		if p.latin || p.name == "windows-1250" || p.name == "iso-8859-2" {
			limit = 0
		}
		if bad > limit {
			t.Errorf("%s: %d of %d lines not restored", p.name, bad, len(want))
		}
	}
}

// TestNFCInert checks the cheap normalization check against the full one
// on text mixing letters of many scripts with combining marks and jamo.
func TestNFCInert(t *testing.T) {
	pieces := []string{"a", "e", "é", "и", "й", "\u0306", "\u0301", "\u0308", "Å", "\u212b", "ﬁ", "ｆ",
		"가", "\u1100", "\u1161", "\u11a8", "क", "\u093c", "ب", "\u064b", "日", "\u3099", "か", "Ω", "\u2126", "\u00a0", "①"}
	rng := rand.New(rand.NewPCG(3, 4))
	inert := 0
	for range 20000 {
		var s []byte
		for k := rng.IntN(6) + 1; k > 0; k-- {
			s = append(s, pieces[rng.IntN(len(pieces))]...)
		}
		if !nfcInert(s) {
			continue
		}
		inert++
		if !norm.NFC.IsNormal(s) || !norm.NFKC.IsNormal(s) {
			t.Fatalf("nfcInert(%q) but the text is not normalized", s)
		}
	}
	if inert == 0 {
		t.Fatal("no inert text generated")
	}
}

func TestParseForm(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Form
		ok   bool
	}{{"", NFC, true}, {"nfc", NFC, true}, {"NFKC", NFKC, true}, {"none", NoForm, true}, {"nfd", "", false}} {
		got, err := ParseForm(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseForm(%q) = %q, %v", tc.in, got, err)
		}
	}
}
