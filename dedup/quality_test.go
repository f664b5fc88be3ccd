package dedup

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/winnow-text/winnow/internal/gen/dedupset"
)

// goldArticles returns up to n news texts from the shared evaluation data,
// or skips the test when it is absent.
func goldArticles(t *testing.T, n int) []string {
	paths, _ := filepath.Glob("../../shared/data/html/dragnet/gold/*.txt")
	if len(paths) == 0 {
		t.Skip("../../shared/data is absent")
	}
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		text := string(b)
		if err != nil || !utf8.ValidString(text) || strings.ContainsRune(text, 0) || len(strings.Fields(text)) < 150 {
			continue
		}
		if out = append(out, text); len(out) == n {
			break
		}
	}
	return out
}

// labelled is a labelled set: each document belongs to the family of the
// article it was made from.
type labelled struct {
	texts  []string
	family []int
	kind   []dedupset.Kind // "" for the source article itself
}

// buildLabelled drops sources that already duplicate or quote an earlier
// source (news sets hold the same wire story twice), then adds one copy of
// every source per edit kind.
func buildLabelled(sources []string, seed uint64) labelled {
	rng := rand.New(rand.NewPCG(seed, seed))
	f := NewFinder(Options{})
	var kept []string
	for _, s := range sources {
		res := f.Add("", zeroTime, Sign(s))
		related := len(res.Duplicates) > 0
		for _, sp := range res.Shared {
			related = related || sp.ShareB > 0.2
		}
		if !related {
			kept = append(kept, s)
		}
	}
	var l labelled
	for i, s := range kept {
		l.texts, l.family, l.kind = append(l.texts, s), append(l.family, i), append(l.kind, "")
		for _, k := range dedupset.Kinds {
			donor := kept[(i+1+rng.IntN(len(kept)-1))%len(kept)]
			l.texts = append(l.texts, dedupset.Edit(rng, s, k, donor))
			l.family, l.kind = append(l.family, i), append(l.kind, k)
		}
	}
	return l
}

type scores struct {
	tp, fp, fn int
	byKind     map[dedupset.Kind][2]int // found, total source-copy pairs
}

func (s scores) String() string {
	p, r := float64(s.tp)/float64(s.tp+s.fp), float64(s.tp)/float64(s.tp+s.fn)
	var kinds []string
	for _, k := range dedupset.Kinds {
		c := s.byKind[k]
		if c[1] == 0 {
			continue
		}
		kinds = append(kinds, fmt.Sprintf("%s %.3f", k, float64(c[0])/float64(c[1])))
	}
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (fp %d fn %d); recall by edit: %s", p, r, 2*p*r/(p+r), s.fp, s.fn, strings.Join(kinds, ", "))
}

func (s scores) f1() float64 {
	p, r := float64(s.tp)/float64(s.tp+s.fp), float64(s.tp)/float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

// score compares predicted clusters (cluster[i] names doc i's cluster) with
// the families, over all pairs of documents. Pairs involving a wire copy
// (several edits at once) are left out when skipWire is set.
func score(l labelled, cluster []int, skipWire bool) scores {
	s := scores{byKind: map[dedupset.Kind][2]int{}}
	for i := range l.texts {
		for j := i + 1; j < len(l.texts); j++ {
			if skipWire && (l.kind[i] == dedupset.Wire || l.kind[j] == dedupset.Wire) {
				continue
			}
			same, pred := l.family[i] == l.family[j], cluster[i] == cluster[j]
			switch {
			case same && pred:
				s.tp++
			case pred:
				s.fp++
			case same:
				s.fn++
			}
			if same && (l.kind[i] == "" || l.kind[j] == "") {
				k := l.kind[i] + l.kind[j]
				c := s.byKind[k]
				c[1]++
				if pred {
					c[0]++
				}
				s.byKind[k] = c
			}
		}
	}
	return s
}

func winnowClusters(l labelled) ([]int, time.Duration) {
	start := time.Now()
	f := NewFinder(Options{})
	for _, t := range l.texts {
		f.Add("", zeroTime, Sign(t))
	}
	cluster := make([]int, len(l.texts))
	for i := range cluster {
		cluster[i] = f.Representative(i)
	}
	return cluster, time.Since(start)
}

func TestQualityOnLabelledNews(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	sources := goldArticles(t, 300)
	l := buildLabelled(sources, 1)
	cluster, took := winnowClusters(l)
	all, single := score(l, cluster, false), score(l, cluster, true)
	t.Logf("%d documents from %d articles, %v", len(l.texts), len(l.texts)/(len(dedupset.Kinds)+1), took)
	t.Logf("winnow, single edits: %v", single)
	t.Logf("winnow, all:          %v", all)
	if single.f1() < 0.97 || all.f1() < 0.93 {
		t.Errorf("F1 %.3f on single edits (floor 0.97), %.3f with wire copies (floor 0.93)", single.f1(), all.f1())
	}
	for _, k := range dedupset.Kinds {
		if c := single.byKind[k]; k != dedupset.Wire && float64(c[0]) < 0.95*float64(c[1]) {
			t.Errorf("recall on %s copies %d/%d, below 0.95", k, c[0], c[1])
		}
	}
	mh, mhTook := minhashClusters(l)
	t.Logf("MinHash LSH (128 hashes, 32 bands of 4, J >= 0.5), %v: %v", mhTook, score(l, mh, false))
}

func TestQualityOnSyntheticArticles(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 3))
	var sources []string
	for range 120 {
		sources = append(sources, dedupset.Article(rng, 3000))
	}
	l := buildLabelled(sources, 2)
	cluster, _ := winnowClusters(l)
	s := score(l, cluster, true)
	t.Logf("synthetic, single edits: %v", s)
	if s.f1() < 0.97 {
		t.Errorf("F1 %.3f on synthetic articles, floor 0.97", s.f1())
	}
}

// minhashClusters is the usual alternative, MinHash LSH over the same
// three-word shingles (as datasketch's MinHashLSH does it), for comparison.
func minhashClusters(l labelled) ([]int, time.Duration) {
	const perms, rows = 128, 4
	start := time.Now()
	rng := rand.New(rand.NewPCG(7, 7))
	var a, b [perms]uint64
	for i := range a {
		a[i], b[i] = rng.Uint64()|1, rng.Uint64()
	}
	sigs := make([][perms]uint64, len(l.texts))
	for d, text := range l.texts {
		for i := range sigs[d] {
			sigs[d][i] = ^uint64(0)
		}
		var w words
		var sh shingler
		w.reset(text)
		for word, ok := w.next(); ok; word, ok = w.next() {
			if h, ok := sh.push(word); ok {
				for i := range perms {
					sigs[d][i] = min(sigs[d][i], mix64(a[i]*h+b[i]))
				}
			}
		}
	}
	parent := make([]int, len(l.texts))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	for band := 0; band < perms; band += rows {
		buckets := map[[rows]uint64][]int{}
		for d := range sigs {
			var key [rows]uint64
			copy(key[:], sigs[d][band:band+rows])
			for _, o := range buckets[key] {
				same := 0
				for i := range perms {
					if sigs[d][i] == sigs[o][i] {
						same++
					}
				}
				if float64(same)/perms >= 0.5 {
					parent[find(d)] = find(o)
				}
			}
			buckets[key] = append(buckets[key], d)
		}
	}
	out := make([]int, len(l.texts))
	for i := range out {
		out[i] = find(i)
	}
	return out, time.Since(start)
}
