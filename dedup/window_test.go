package dedup

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/winnow-text/winnow/internal/gen/dedupset"
)

// windowOptions gives generations of about 700 words: one or two articles.
var windowOptions = Options{PassageMemory: 64 * 200}

// A quoted passage is found between neighbours but not between documents
// more than a generation apart, while a copy is found at any distance.
func TestPassageWindow(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	source := dedupset.Article(rng, 3000)
	paras := strings.Split(source, "\n\n")
	quote := paras[2] // a paragraph of 30 words or more
	quoting := func() string {
		return dedupset.Article(rng, 1500) + "\n\n" + quote + "\n\n" + dedupset.Article(rng, 1500)
	}
	if n := len(strings.Fields(quote)); n < 25 {
		t.Fatalf("quote of %d words is too short to be promised", n)
	}
	tests := []struct {
		name   string
		gap    int // unrelated articles between the source and the other
		other  func() string
		shared bool
		dup    bool
	}{
		{"neighbour quotes", 0, quoting, true, false},
		{"distant quote", 12, quoting, false, false},
		{"distant copy", 12, func() string { return dedupset.Edit(rng, source, dedupset.Words, paras[0]) }, false, true},
	}
	for _, tt := range tests {
		f := NewFinder(windowOptions)
		f.Add("source", zeroTime, Sign(source))
		for range tt.gap {
			f.Add("filler", zeroTime, Sign(dedupset.Article(rng, 3000)))
		}
		res := f.Add("other", zeroTime, Sign(tt.other()))
		shared := len(res.Shared) == 1 && res.Shared[0].A == 0
		if shared != tt.shared || (len(res.Duplicates) == 1) != tt.dup {
			t.Errorf("%s: shared %v (want %v), duplicates %v (want one: %v)", tt.name, res.Shared, tt.shared, res.Duplicates, tt.dup)
		}
	}
}

// However many documents come, the anchor tables stay within the budget and
// documents outside the window hold no anchors.
func TestPassageMemoryIsBounded(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	f := NewFinder(windowOptions)
	var slots []int
	for i := range 300 {
		f.Add(docID(i), zeroTime, Sign(dedupset.Article(rng, 3000)))
		if i%100 == 99 {
			slots = append(slots, len(f.gens[0].anchors.slots)+len(f.gens[1].anchors.slots))
		}
	}
	if slots[2] != slots[1] || slots[2]*12 > 4*windowOptions.PassageMemory {
		t.Errorf("anchor slots after 100, 200, 300 documents: %v; want them bounded near %d bytes", slots, windowOptions.PassageMemory)
	}
	if f.Signature(0).Anchors != nil || f.Signature(299).Anchors == nil {
		t.Errorf("anchors kept: first document %v, last %v", f.Signature(0).Anchors != nil, f.Signature(299).Anchors != nil)
	}
}

func TestGenerations(t *testing.T) {
	f := NewFinder(Options{PassageMemory: 64 * 20}) // 70 words a generation
	words := []int{30, 30, 10, 0, 80, 70, 5, 65, 0, 1}
	want := []uint32{0, 0, 0, 1, 1, 2, 3, 3, 4, 4}
	var got []uint32
	for i, w := range words {
		f.Add(docID(i), zeroTime, Signature{Words: w})
		got = append(got, f.generations()[i])
		if f.gens[0].start > i || f.generations()[f.gens[0].start] != got[i] {
			t.Fatalf("document %d: generation starts at %d", i, f.gens[0].start)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("generations %v, want %v", got, want)
	}
}
