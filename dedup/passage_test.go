package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/winnow-text/winnow/internal/gen/dedupset"
)

// passageRecall returns the share of trials in which a run of n words,
// copied from one article into the middle of another, is reported as a
// shared passage.
func passageRecall(rng *rand.Rand, n, trials int) float64 {
	found := 0
	for range trials {
		src := strings.Fields(dedupset.Article(rng, 3000))
		at := rng.IntN(len(src) - n)
		run := strings.Join(src[at:at+n], " ")
		other := dedupset.Article(rng, 1500) + "\n\n" + run + "\n\n" + dedupset.Article(rng, 1500)
		f := NewFinder(Options{MinShared: 1})
		f.Add("a", zeroTime, Sign(strings.Join(src, " ")))
		if res := f.Add("b", zeroTime, Sign(other)); len(res.Shared) > 0 {
			found++
		}
	}
	return float64(found) / float64(trials)
}

// Every shared run of PassageWords+2*AnchorWindow words holds two anchors,
// enough for a passage of MinPassage words, so it is always found; shorter
// runs are found often.
func TestPassageRecallByLength(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	guaranteed := PassageWords + 2*AnchorWindow
	var log []string
	for n := 10; n <= guaranteed+4; n += 2 {
		r := passageRecall(rng, n, 200)
		log = append(log, fmt.Sprintf("%d words %.2f", n, r))
		if n >= guaranteed && r < 1 {
			t.Errorf("runs of %d words found in %.0f%% of trials, want all", n, 100*r)
		}
	}
	t.Logf("passage recall by length: %s", strings.Join(log, ", "))
}
