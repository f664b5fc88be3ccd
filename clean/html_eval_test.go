package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	readability "github.com/go-shiori/go-readability"
)

// htmlEvalFloors are the lowest F1 the HTML mode may score per data set,
// a little under what it reaches.
var htmlEvalFloors = map[string]float64{
	"cleaneval-dev":   0.91,
	"cleanportaleval": 0.96,
	"dragnet":         0.88,
}

// TestEvalHTML scores the HTML mode, and go-readability alone on the same
// pages, against the gold main text of the public pages in ../../shared
// (same metric as the plain-text evaluation). WINNOW_EVAL_SET limits it to
// one set; WINNOW_EVAL_DUMP writes outputs there for inspection.
func TestEvalHTML(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	dump := os.Getenv("WINNOW_EVAL_DUMP")
	// Some gold texts (dragnet's) include readers' comments, which the
	// comment category keeps.
	withComments, err := New(Options{Keep: []Category{Comment}})
	if err != nil {
		t.Fatal(err)
	}
	var ours, comments, alone scores
	eachEvalPage(t, func(set, id string, page []byte, gold string) {
		p, err := c.HTML(page, "")
		if err != nil {
			t.Fatalf("%s/%s: %v", set, id, err)
		}
		pc, _ := withComments.HTML(page, "")
		base := readabilityText(page)
		ours.add(gold, p.Text)
		comments.add(gold, pc.Text)
		alone.add(gold, base)
		if dump != "" {
			dir := filepath.Join(dump, set)
			os.MkdirAll(dir, 0o755)
			os.WriteFile(filepath.Join(dir, id+".html.txt"), []byte(p.Text), 0o644)
			os.WriteFile(filepath.Join(dir, id+".readability.txt"), []byte(base), 0o644)
			os.WriteFile(filepath.Join(dir, id+".gold.txt"), []byte(gold), 0o644)
		}
	}, func(set string, docs int) {
		t.Logf("%-16s docs=%4d  winnow %s   readability %s   winnow --keep comment %s", set, docs, ours, alone, comments)
		if floor, ok := htmlEvalFloors[set]; ok && ours.f() < floor {
			t.Errorf("%s: F1 %.4f below floor %.2f", set, ours.f(), floor)
		}
		ours, comments, alone = scores{}, scores{}, scores{}
	})
}

// eachEvalPage calls page for every page of the evaluation sets with its
// gold text, and done after each set (see evalSets).
func eachEvalPage(t *testing.T, page func(set, id string, html []byte, gold string), done func(set string, docs int)) {
	for _, dir := range evalSets(t) {
		set := filepath.Base(dir)
		n := eachGold(t, dir, func(id string, html []byte, gold string) { page(set, id, html, gold) })
		done(set, n)
	}
}

// readabilityText is go-readability alone, as a user of it would run it.
func readabilityText(page []byte) string {
	art, err := readability.FromReader(strings.NewReader(string(toUTF8(page))), nil)
	if err != nil {
		return ""
	}
	return art.TextContent
}

// String formats the averages for the evaluation logs.
func (s scores) String() string { return fmtScore(s.p(), s.r(), s.f()) }

func fmtScore(p, r, f float64) string {
	return fmt.Sprintf("P=%.4f R=%.4f F1=%.4f", p, r, f)
}
