package cli

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
)

func run(t *testing.T, env *Env, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env.Stdout, env.Stderr = &out, &errb
	if env.Stdin == nil {
		env.Stdin = strings.NewReader("")
	}
	code = Run(context.Background(), append([]string{"winnow"}, args...), env)
	return code, out.String(), errb.String()
}

func TestTerminalStdinIsNotReadImplicitly(t *testing.T) {
	code, out, errs := run(t, &Env{StdinIsTerminal: true}, "normalize")
	if code != StatusError || out != "" || !strings.Contains(errs, "no input") {
		t.Errorf("got %d %q %q, want status 2 and a 'no input' message", code, out, errs)
	}
	// "-" always reads standard input, terminal or not.
	code, out, _ = run(t, &Env{StdinIsTerminal: true, Stdin: strings.NewReader("a\u00a0b\n")}, "normalize", "-")
	if code != StatusOK || out != "a b\n" {
		t.Errorf("got %d %q, want 0 \"a b\\n\"", code, out)
	}
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	in := "x\n"
	_, _, errs := run(t, &Env{Stdin: strings.NewReader(in), StderrIsTerminal: true}, "normalize")
	if !strings.Contains(errs, "documents") {
		t.Errorf("no progress on a terminal: %q", errs)
	}
	_, _, errs = run(t, &Env{Stdin: strings.NewReader(in), StderrIsTerminal: true}, "normalize", "-q")
	if errs != "" {
		t.Errorf("progress despite -q: %q", errs)
	}
	_, _, errs = run(t, &Env{Stdin: strings.NewReader(in)}, "normalize")
	if errs != "" {
		t.Errorf("progress when standard error is not a terminal: %q", errs)
	}
}

func TestInterspersedFlags(t *testing.T) {
	app := newApp(&Env{})
	tests := []struct{ in, want string }{
		{"winnow normalize a -o out b", "winnow normalize -o out a b"},
		{"winnow normalize a --output=out", "winnow normalize --output=out a"},
		{"winnow normalize a -i --form nfkc b", "winnow normalize -i --form nfkc a b"},
		{"winnow normalize a -- -b", "winnow normalize a -- -b"},
		{"winnow normalize - -q", "winnow normalize -q -"},
		{"winnow unknown a -x", "winnow unknown a -x"},
	}
	for _, tt := range tests {
		got := strings.Join(interspersed(app, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

// TestOrderAndWindow runs many documents through every core and checks that
// they come out in input order.
func TestOrderAndWindow(t *testing.T) {
	var in strings.Builder
	for i := range 5000 {
		in.WriteString(`{"id":"` + strings.Repeat("x", i%7) + `","text":"doc ` + strconv.Itoa(i) + `"}` + "\n")
	}
	code, out, errs := run(t, &Env{Stdin: strings.NewReader(in.String())}, "normalize", "-j", "8")
	if code != 0 {
		t.Fatalf("status %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 5000 {
		t.Fatalf("%d documents out, want 5000", len(lines))
	}
	for i, l := range lines {
		if !strings.Contains(l, `"doc `+strconv.Itoa(i)+`"`) {
			t.Fatalf("line %d out of order: %s", i, l)
		}
	}
}

func TestOutputNames(t *testing.T) {
	tests := []struct{ rel, ext, want string }{
		{"crawl.warc.gz", ".jsonl", "crawl.jsonl.gz"},
		{"crawl.warc", ".jsonl", "crawl.jsonl"},
		{"a/page.HTML.zst", ".txt", "a/page.txt.zst"},
		{"page.htm", ".txt", "page.txt"},
	}
	for _, tt := range tests {
		if got := withExt(tt.rel, tt.ext); got != tt.want {
			t.Errorf("withExt(%q, %q) = %q, want %q", tt.rel, tt.ext, got, tt.want)
		}
	}
	for path, want := range map[string]bool{"p.html": true, "p.HTM.gz": true, "p.xhtml.zst": true, "p.txt": false, "html": false} {
		if looksHTML(path) != want {
			t.Errorf("looksHTML(%q) = %v", path, !want)
		}
	}
}
