package dedup

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestPostings(t *testing.T) {
	type add struct {
		key, doc, word uint32
		want           []posting // reported postings
		full           bool
	}
	tests := []struct {
		name        string
		limit, peek int
		adds        []add
	}{
		{"new keys report nothing", 3, 0, []add{
			{1, 0, 5, nil, false},
			{2, 1, 6, nil, false},
		}},
		{"shared key reports earlier documents", 3, 0, []add{
			{7, 0, 5, nil, false},
			{7, 1, 9, []posting{{0, 5}}, false},
			{7, 2, 1, []posting{{0, 5}, {1, 9}}, false},
			{7, 3, 4, nil, true}, // three documents hold it: boilerplate
			{7, 4, 4, nil, true},
		}},
		{"a document does not match itself", 3, 0, []add{
			{7, 0, 5, nil, false},
			{7, 0, 8, nil, false},
			{7, 1, 2, []posting{{0, 5}, {0, 8}}, false},
		}},
		{"limit one", 1, 0, []add{
			{7, 0, 5, nil, false},
			{7, 1, 5, nil, true},
		}},
		{"a full key shows its first postings", 3, 2, []add{
			{7, 0, 5, nil, false},
			{7, 1, 9, []posting{{0, 5}}, false},
			{7, 2, 1, []posting{{0, 5}, {1, 9}}, false},
			{7, 3, 4, []posting{{0, 5}, {1, 9}}, true},
			{7, 1, 4, []posting{{0, 5}}, true},
		}},
		{"limit one, peek one", 1, 1, []add{
			{7, 0, 5, nil, false},
			{7, 1, 6, []posting{{0, 5}}, true},
		}},
		{"limit zero ignores everything", 0, 5, []add{
			{7, 0, 5, nil, true},
			{7, 1, 5, nil, true},
		}},
	}
	for _, tt := range tests {
		var p postings
		for i, a := range tt.adds {
			got, full := p.add(a.key, a.doc, a.word, tt.limit, tt.peek, nil)
			if !slices.Equal(got, a.want) || full != a.full {
				t.Errorf("%s: add %d = %v, %v; want %v, %v", tt.name, i, got, full, a.want, a.full)
			}
		}
	}
}

// The table agrees with a map through many growths, with clustered keys
// (sketch values are the smallest hashes of a text) and hot keys.
func TestPostingsMatchesMap(t *testing.T) {
	const limit = 5
	rng := rand.New(rand.NewPCG(3, 4))
	var p postings
	want := map[uint32][]posting{}
	for doc := uint32(0); doc < 20000; doc++ {
		for w := uint32(0); w < 4; w++ {
			key := rng.Uint32() >> 12 // small keys collide often
			if rng.IntN(10) == 0 {
				key = uint32(rng.IntN(3)) // hot keys
			}
			got, full := p.add(key, doc, w, limit, 0, nil)
			list := want[key]
			if (len(list) >= limit) != full {
				t.Fatalf("key %d with %d postings: full = %v", key, len(list), full)
			}
			if full {
				continue
			}
			var exp []posting
			for _, q := range list {
				if q.doc != doc {
					exp = append(exp, q)
				}
			}
			if !slices.Equal(got, exp) {
				t.Fatalf("key %d: got %v, want %v", key, got, exp)
			}
			want[key] = append(list, posting{doc, w})
		}
	}
	if len(p.slots) < 1<<16 {
		t.Fatalf("table of %d slots never grew much", len(p.slots))
	}
}

func TestPostingsFind(t *testing.T) {
	var p postings
	if got := p.find(7, 5, nil); got != nil {
		t.Errorf("find in an empty table = %v", got)
	}
	p.add(7, 0, 5, 3, 0, nil)
	p.add(8, 0, 6, 3, 0, nil)
	p.add(8, 1, 2, 3, 0, nil)
	p.add(8, 2, 3, 3, 0, nil)
	tests := []struct {
		key   uint32
		limit int
		want  []posting
	}{
		{7, 3, []posting{{0, 5}}},
		{7, 1, nil}, // one posting fills a limit of one
		{8, 4, []posting{{0, 6}, {1, 2}, {2, 3}}},
		{8, 3, nil},
		{9, 3, nil},
	}
	for _, tt := range tests {
		if got := p.find(tt.key, tt.limit, nil); !slices.Equal(got, tt.want) {
			t.Errorf("find(%d, limit %d) = %v, want %v", tt.key, tt.limit, got, tt.want)
		}
	}
	slots := len(p.slots)
	p.reset()
	if got := p.find(8, 4, nil); got != nil || len(p.slots) != slots || p.used != 0 {
		t.Errorf("after reset: find = %v, %d slots of %d, %d used", got, len(p.slots), slots, p.used)
	}
}

// TestGrowToExpected checks that a table told its full size doubles while
// small and takes that size at once from an eighth of it.
func TestGrowToExpected(t *testing.T) {
	const expect = 100_000
	full := slotsFor(expect)
	p := postings{expect: expect}
	var sizes []int
	for k := uint32(1); k <= expect; k++ {
		p.add(k*2654435761, k, 0, 10, 0, nil)
		if n := len(p.slots); len(sizes) == 0 || sizes[len(sizes)-1] != n {
			sizes = append(sizes, n)
		}
	}
	if last := sizes[len(sizes)-1]; last != full {
		t.Fatalf("sizes %v end at %d, want %d", sizes, last, full)
	}
	if prev := sizes[len(sizes)-2]; 2*prev*growToFull < full || 2*prev == full {
		t.Fatalf("sizes %v: the step to full size should skip doublings from an eighth of it", sizes)
	}
	for k := uint32(1); k <= expect; k++ {
		if got := p.find(k*2654435761, 10, nil); len(got) != 1 || got[0].doc != k {
			t.Fatalf("key %d: %v", k, got)
		}
	}
}
