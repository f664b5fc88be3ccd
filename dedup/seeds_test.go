package dedup

import (
	"fmt"
	"strings"
	"testing"
)

// The seeds are five reports of one event: 000 and 001 carry several
// paragraphs of the same wire copy, 001 and 004 the same long quote, 002 only
// stock phrases and 003 nothing. None is a copy of another.
func TestSeedRelations(t *testing.T) {
	texts := seedTexts(t)
	f := NewFinder(Options{})
	for i, text := range texts {
		f.Add(fmt.Sprintf("%03d", i), zeroTime, Sign(text))
	}
	r := f.Report()
	if len(r.Near) != 0 || len(r.Groups) != 0 {
		t.Errorf("near-duplicates among the seeds: %+v", r.Near)
	}
	var got []string
	for _, sp := range r.Shared {
		got = append(got, fmt.Sprintf("%03d-%03d", sp.A, sp.B))
	}
	if want := "000-001 001-004"; strings.Join(got, " ") != want {
		t.Fatalf("shared passages between %v, want %s", got, want)
	}
	quote := r.Shared[1]
	a, b := WordSpan(texts[1], quote.Passages[0].A.Start, quote.Passages[0].A.End)
	if !strings.Contains(texts[1][a:b], "exchanged some ideas about it") {
		t.Errorf("001-004 passage is %q, want the Kerry quote", texts[1][a:b])
	}
	wire := r.Shared[0]
	if len(wire.Passages) < 2 || wire.ShareA < 0.05 || wire.ShareB < 0.03 {
		t.Errorf("000-001 share %d passages covering %.2f and %.2f, want several", len(wire.Passages), wire.ShareA, wire.ShareB)
	}
	for _, p := range wire.Passages {
		a, b := WordSpan(texts[0], p.A.Start, p.A.End)
		c, d := WordSpan(texts[1], p.B.Start, p.B.End)
		t.Logf("000 %q\n001 %q", texts[0][a:b], texts[1][c:d])
	}
}
