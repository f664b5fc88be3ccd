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
