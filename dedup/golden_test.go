package dedup

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Signatures are stored in index files, so signing must not change them:
// the golden file holds the signatures of texts in several scripts and
// states of repair.
func TestSignGolden(t *testing.T) {
	texts := append(testCorpus(t, 12),
		"Ð¿Ñ€Ð¸Ð²ÐµÑ‚ мир, cafÃ© â€™quoted’ Straße ÉCOLE naïve e\u0301",
		"東京都は晴れ。ภาษาไทย 400,000 people\u00a0and\u2009more",
		strings.Repeat("Word", 40)+" "+strings.Repeat("ä", 70)+" end of the text here",
		"", "one", "one two", "Kerry met Lavrov in Hamburg on Wednesday to discuss Aleppo.")
	var sb strings.Builder
	for i, text := range texts {
		sig := Sign(text)
		fmt.Fprintf(&sb, "%d %016x %d %d %x\n", i, sig.Simhash, sig.Words, sig.Shingles, sig.Sketch)
		for _, a := range sig.Anchors {
			fmt.Fprintf(&sb, " %08x@%d", a.Hash, a.Word)
		}
		sb.WriteString("\n")
	}
	path := filepath.Join("testdata", "signatures.golden")
	if *update {
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if sb.String() != string(want) {
		t.Errorf("signatures differ from %s", path)
	}
}
