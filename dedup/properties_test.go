package dedup

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/winnow-text/winnow/internal/gen/dedupset"
)

func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello, World!", "hello world"},
		{"don't  don’t", "don t don t"},
		{"fighters’ departure", "fighters departure"},
		{"fightersâ€™ departure", "fighters departure"}, // Windows-1252 mojibake
		{"cafÃ© Ã©tÃ©", "café été"},
		{"Ð¿Ñ€Ð¸Ð²ÐµÑ‚ мир", "привет мир"},
		{"a\u00a0b\u2009c", "a b c"},
		{"Straße ÉCOLE", "straße école"},
		{"東京都は晴れ。", "東 京 都 は 晴 れ"},
		{"ภาษาไทย", "ภ า ษ า ไ ท ย"},
		{"400,000 people", "400 000 people"},
		{"naïve e\u0301", "naïve e\u0301"},
		{"", ""},
		{"«»—…", ""},
	}
	for _, tt := range tests {
		var w words
		w.reset(tt.in)
		var got []string
		for word, ok := w.next(); ok; word, ok = w.next() {
			got = append(got, string(word))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("words(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestLongWordsAreCut(t *testing.T) {
	long := strings.Repeat("ä", 100)
	var w words
	w.reset(long + " x")
	word, _ := w.next()
	if len(word) > maxWordBytes || !utf8.Valid(word) {
		t.Errorf("long word cut to %d bytes, valid UTF-8 %v", len(word), utf8.Valid(word))
	}
}

// Every edit the labelled set knows keeps a copy a near-duplicate of its
// source article.
func TestCopyIsDuplicateOfItsSource(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, kind := range dedupset.Kinds {
		if kind == dedupset.Wire {
			continue // the combination of edits is measured, not promised
		}
		for _, src := range seedTexts(t) {
			cp := dedupset.Edit(rng, src, kind, dedupset.Article(rng, 2000))
			f := NewFinder(Options{})
			f.Add("src", zeroTime, Sign(src))
			if res := f.Add("copy", zeroTime, Sign(cp)); len(res.Duplicates) != 1 {
				a, b := Sign(src), Sign(cp)
				t.Errorf("%s copy of a seed not found: distance %d, containment %.2f",
					kind, Distance(a.Simhash, b.Simhash), Containment(&a, &b))
			}
		}
	}
}

func TestIdenticalTextsAreDuplicates(t *testing.T) {
	for _, text := range seedTexts(t) {
		f := NewFinder(Options{})
		f.Add("a", zeroTime, Sign(text))
		res := f.Add("b", zeroTime, Sign(text))
		if len(res.Duplicates) != 1 || res.Duplicates[0].Distance != 0 || res.Duplicates[0].Containment != 1 {
			t.Errorf("a text is not a duplicate of itself: %+v", res.Duplicates)
		}
	}
}

// clusters returns the clusters of a report as sets of texts, which do not
// depend on the order the texts came in.
func clusters(texts []string, r *Report) [][]string {
	var out [][]string
	for _, c := range r.Groups {
		var members []string
		for _, m := range c.Members {
			members = append(members, texts[m])
		}
		slices.Sort(members)
		out = append(out, members)
	}
	slices.SortFunc(out, func(a, b []string) int { return slices.Compare(a, b) })
	return out
}

func TestInputOrderDoesNotChangeClusters(t *testing.T) {
	texts := testCorpus(t, 60)
	run := func(texts []string) [][]string {
		f := NewFinder(Options{})
		for i, text := range texts {
			f.Add(docID(i), zeroTime, Sign(text))
		}
		return clusters(texts, f.Report())
	}
	want := run(texts)
	if len(want) < 3 {
		t.Fatalf("only %d clusters; the corpus is too easy", len(want))
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for range 5 {
		shuffled := slices.Clone(texts)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := run(shuffled); !reflect.DeepEqual(got, want) {
			t.Fatalf("clusters changed with input order")
		}
	}
}

func TestRepresentativeIsEarliestDated(t *testing.T) {
	text := seedTexts(t)[0]
	day := func(d int) time.Time { return time.Date(2016, 12, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		dates []time.Time
		want  int
	}{
		{[]time.Time{{}, {}, {}}, 0},
		{[]time.Time{day(9), day(7), day(8)}, 1},
		{[]time.Time{{}, {}, day(8)}, 2},
		{[]time.Time{day(7), {}, day(7)}, 0},
	}
	for _, tt := range tests {
		f := NewFinder(Options{})
		for i, d := range tt.dates {
			f.Add(docID(i), d, Sign(text))
		}
		for doc := range tt.dates {
			if got := f.Representative(doc); got != tt.want {
				t.Errorf("dates %v: representative of %d is %d, want %d", tt.dates, doc, got, tt.want)
			}
		}
	}
}

func TestEmptyDocumentsAreNotDuplicates(t *testing.T) {
	f := NewFinder(Options{})
	f.Add("a", zeroTime, Sign(""))
	if res := f.Add("b", zeroTime, Sign("  \n…")); len(res.Duplicates) != 0 {
		t.Errorf("two empty documents reported as duplicates")
	}
}

// Finder compares a document only with those sharing a sketch value; that
// finds every pair the definition admits (within MaxDistance bits and
// confirmed by the sketches), as comparing all pairs does.
func TestFinderFindsWhatAllPairsFind(t *testing.T) {
	texts := testCorpus(t, 80)
	for _, opt := range []Options{{}, {MaxDistance: 24, MinContainment: 0.2}, {MaxDistance: 6}} {
		f := NewFinder(opt)
		for i, text := range texts {
			f.Add(docID(i), zeroTime, Sign(text))
		}
		var want []NearPair
		for b := range texts {
			for a := range b {
				dist := Distance(f.sigs[a].Simhash, f.sigs[b].Simhash)
				if dist > f.opt.MaxDistance {
					continue
				}
				if p, ok := f.confirm(a, b, dist); ok {
					want = append(want, p)
				}
			}
		}
		// The Finder links each document to each group once; the groups
		// must be exactly those all pairs make.
		rep := f.Report()
		all := NewFinder(opt)
		for range texts {
			all.parent = append(all.parent, uint32(len(all.parent)))
			all.docs = append(all.docs, docInfo{})
		}
		for _, p := range want {
			all.union(p.A, p.B)
		}
		if got, wantGroups := rep.Groups, all.groups(); !sameClusters(got, wantGroups) {
			t.Errorf("%+v: Finder groups %v, all pairs give %v", opt, got, wantGroups)
		}
		if len(want) < 10 {
			t.Errorf("%+v: only %d pairs; the corpus is too easy", opt, len(want))
		}
	}
}

// sameClusters reports whether two lists of clusters hold the same member
// sets, in any order.
func sameClusters(a, b []Cluster) bool {
	key := func(cs []Cluster) []string {
		var ks []string
		for _, c := range cs {
			ks = append(ks, fmt.Sprint(c.Members))
		}
		slices.Sort(ks)
		return ks
	}
	return reflect.DeepEqual(key(a), key(b))
}
