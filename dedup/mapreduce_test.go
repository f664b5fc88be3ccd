package dedup

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// signSortGroup runs the map-reduce form on texts in order, sorting the
// lines as LC_ALL=C sort would.
func signSortGroup(t *testing.T, texts []string, dates []time.Time, opt Options) *Report {
	t.Helper()
	var buf bytes.Buffer
	for i, text := range texts {
		if err := SignLines(&buf, i, docID(i), dates[i], Sign(text)); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	sort.Strings(lines)
	r, err := Group(strings.NewReader(strings.Join(lines, "")), opt)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSignSortGroupEqualsFinder(t *testing.T) {
	texts := testCorpus(t, 40)
	rng := rand.New(rand.NewPCG(9, 9))
	dates := make([]time.Time, len(texts))
	for i := range dates {
		if rng.IntN(2) == 0 {
			dates[i] = time.Date(2016, 12, 1+rng.IntN(9), 0, 0, 0, 0, time.UTC)
		}
	}
	// A low MaxPostings makes keys full, which both must handle alike.
	// Small generations drop passages between distant documents, which
	// both must do alike.
	for _, opt := range []Options{{}, {MaxPostings: 3}, {MaxPostings: 1}, windowOptions, {PassageMemory: 64 * 2000, MaxPostings: 2}} {
		f := NewFinder(opt)
		for i, text := range texts {
			f.Add(docID(i), dates[i], Sign(text))
		}
		want := f.Report()
		got := signSortGroup(t, texts, dates, opt)
		if len(want.Groups) == 0 || (opt.MaxPostings == 0 && len(want.Shared) == 0) {
			t.Fatalf("%+v: corpus too easy: %d groups, %d shared pairs", opt, len(want.Groups), len(want.Shared))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: sign | sort | group differs from Finder:\n got %+v\nwant %+v", opt, got, want)
		}
	}
}

func TestGroupRejectsUnsortedInput(t *testing.T) {
	var buf bytes.Buffer
	SignLines(&buf, 1, "b", time.Time{}, Sign("some words here"))
	if _, err := Group(&buf, Options{}); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("Group on unsorted input: err = %v, want a line error", err)
	}
}
