package clean

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden cleans the seed articles and the fixtures, and compares the
// kept text and the explanation of every removal with testdata/golden.
func TestGolden(t *testing.T) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	fixtures, _ := filepath.Glob("testdata/fixtures/*.txt")
	inputs := append(seeds, fixtures...)
	if len(inputs) == 0 {
		t.Fatal("no inputs")
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			res := c.Text(string(src))
			golden(t, filepath.Join("testdata/golden", name+".txt"), res.Text)
			golden(t, filepath.Join("testdata/golden", name+".explain"), explain(res))
		})
	}
}

func explain(res Result) string {
	var b strings.Builder
	for _, r := range res.Removed {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\n", r.Line, r.Category, r.Rule, r.Text)
	}
	return b.String()
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run go test -update and review the diff)\ngot:\n%s", path, got)
	}
}

// TestSpacesAroundLines pads every line of the seeds and fixtures with
// the spaces pages leave around paragraphs (no-break, ideographic, tabs):
// the same lines must go, for the same reasons.
func TestSpacesAroundLines(t *testing.T) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	fixtures, _ := filepath.Glob("testdata/fixtures/*.txt")
	c := c0(t)
	removed := func(r Result) string {
		var b strings.Builder
		for _, x := range r.Removed {
			fmt.Fprintf(&b, "%d %s %s\n", x.Line, x.Category, x.Rule)
		}
		return b.String()
	}
	for _, in := range append(seeds, fixtures...) {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
			for i, l := range lines {
				if strings.TrimSpace(l) != "" {
					lines[i] = "\u00a0\t" + l + "\u00a0\u3000 "
				}
			}
			if want, got := removed(c.Text(string(src))), removed(c.Text(strings.Join(lines, "\n")+"\n")); got != want {
				t.Errorf("padded lines removed:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
