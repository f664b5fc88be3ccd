package dedup

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/winnow-text/winnow/internal/gen/dedupset"
)

var zeroTime time.Time

func docID(i int) string { return fmt.Sprintf("doc-%03d", i) }

// seedTexts returns the five seed articles, in order.
func seedTexts(tb testing.TB) []string {
	paths, _ := filepath.Glob("../seeds/*.txt")
	if len(paths) != 5 {
		tb.Fatalf("want 5 seed articles, found %d", len(paths))
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// testCorpus returns n documents: the seeds, edited copies of them and of
// synthetic articles, and unrelated synthetic articles, shuffled.
func testCorpus(tb testing.TB, n int) []string {
	rng := rand.New(rand.NewPCG(5, 6))
	docs := seedTexts(tb)
	for len(docs) < n {
		base := docs[rng.IntN(len(docs))]
		if rng.IntN(3) == 0 {
			base = dedupset.Article(rng, 3000)
		}
		kind := dedupset.Kinds[rng.IntN(len(dedupset.Kinds))]
		docs = append(docs, dedupset.Edit(rng, base, kind, dedupset.Article(rng, 2000)))
	}
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	return docs
}
