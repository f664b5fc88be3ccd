package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzText checks that Text never panics, keeps a subsequence of the input
// lines (a kept line is the input line, or the line with whole sentences
// cut), explains every removed line, and is idempotent.
func FuzzText(f *testing.F) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	fixtures, _ := filepath.Glob("testdata/fixtures/*.txt")
	for _, p := range append(seeds, fixtures...) {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
			f.Add(hardWrap(string(b), 72))
		}
	}
	f.Add("Share this article\n" + wrappedStory + "\nCopyright 2024 Example News.")
	f.Add("Share\n\nShare\r\n\n\nADVERTISEMENT")
	f.Add(body + longCaption + "\n\nMost popular\n\nA Headline\nAnother Headline Here\n" + body2)
	f.Add(body + "Before it's here, it's on the Bloomberg Terminal. Before it's here, it's on the Bloomberg Terminal.")
	f.Add(body + "Comments\n\nJane wrote:\n\n" + body2 + "Paul says:\n\n" + body)
	f.Add(body + "Fares: adults £2.50\n\n" + body2 + "Fares: adults £2.50\n\nFares: adults £2.50\n\n" + body)
	c, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		res := c.Text(in)
		in2 := strings.Split(in, "\n")
		out := strings.Split(res.Text, "\n")
		if res.Text == "" {
			out = nil
		}
		j := 0
		for _, o := range out {
			if o == "" {
				continue
			}
			for j < len(in2) && !keptFrom(o, in2[j]) {
				j++
			}
			if j == len(in2) {
				t.Fatalf("output line %q is not in the input, in order", o)
			}
			j++
		}
		for _, r := range res.Removed {
			if r.Line < 1 || r.Line > len(in2) || !strings.Contains(in2[r.Line-1], r.Text) || r.Rule == "" || r.Category == "" {
				t.Fatalf("bad removal %+v", r)
			}
		}
		if again := c.Text(res.Text); again.Text != res.Text {
			t.Fatalf("not idempotent:\nonce:  %q\ntwice: %q", res.Text, again.Text)
		}
		if utf8.ValidString(in) && !utf8.ValidString(res.Text) {
			t.Fatal("invalid UTF-8 out of valid input")
		}
	})
}

// keptFrom reports whether out is line, or line with some sentences cut.
func keptFrom(out, line string) bool {
	if out == line {
		return true
	}
	// every word of out appears in line in order
	rest := line
	for _, w := range strings.Fields(out) {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		rest = rest[i+len(w):]
	}
	return len(strings.Fields(out)) > 0 && len(out) < len(line)
}

// FuzzVisibleText checks that any page yields valid UTF-8 lines without
// blank ones, and that text outside markup survives.
func FuzzVisibleText(f *testing.F) {
	f.Add([]byte("<p>a<br>b</p><script>x</script><div hidden>h</div>"))
	f.Add([]byte("<pre>one\n two</pre><ul><li>x<li>y</ul>"))
	f.Add([]byte("\xff<p>\xfe"))
	f.Fuzz(func(t *testing.T, page []byte) {
		s := VisibleText(page)
		if !utf8.ValidString(s) {
			t.Fatal("invalid UTF-8")
		}
		for _, l := range strings.Split(s, "\n") {
			if s != "" && strings.TrimSpace(l) == "" {
				t.Fatalf("blank line in %q", s)
			}
		}
	})
}

// FuzzParseRules checks that the parser never panics and that what it
// accepts builds a Cleaner.
func FuzzParseRules(f *testing.F) {
	f.Add(builtinRules[:2000])
	f.Add("[ad]\nre (\n")
	f.Add("[caption]\nlong ^(?i)file\\s*[—-]\nlong \\(AP Photo/[^)]*\\)$\n")
	f.Add("[promo]\nsentence /The post .+ appeared first on .+$/\nsentence /x*/\nThe post A. B appeared first on C.\n")
	f.Fuzz(func(t *testing.T, in string) {
		rules, err := ParseRules(strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		c, err := New(Options{Rules: rules})
		if err != nil {
			t.Fatal(err)
		}
		c.Text(body)
		// The rules meet text of their own making too.
		c.Text(body + in)
	})
}

// FuzzReadModel checks that ReadModel rejects or reads any input, and that
// a model survives a round trip.
func FuzzReadModel(f *testing.F) {
	m := NewModel()
	m.Observe("A line long enough to count.\nAnother line long enough.\n")
	var b strings.Builder
	m.WriteTo(&b)
	f.Add([]byte(b.String()))
	f.Add([]byte(modelMagic))
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := ReadModel(strings.NewReader(string(in)))
		if err != nil {
			return
		}
		var out strings.Builder
		if _, err := m.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		m2, err := ReadModel(strings.NewReader(out.String()))
		if err != nil || m2.Docs() != m.Docs() || len(m2.lines) != len(m.lines) {
			t.Fatalf("round trip: %v", err)
		}
	})
}
