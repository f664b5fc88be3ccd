package dedup

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// The map-reduce form splits dedup into a pure map step, SignLines, and a
// reduce step, Group, joined by a plain sort:
//
//	winnow dedup sign corpus.jsonl | LC_ALL=C sort | winnow dedup group
//
// SignLines writes tab-separated lines whose first field says what they are:
//
//	d  DOC  SIMHASH  WORDS  SHINGLES  SKETCH  DATE  ID   one per document
//	k  KEY  DOC                                        one per sketch value
//	p  KEY  DOC  WORD                                  one per passage anchor
//
// DOC is the document number in input order and WORD a word index, both
// zero-padded to ten digits; SIMHASH is 16 hex digits, KEY 8; SKETCH is
// comma-separated hex (or "-"); DATE is RFC 3339 or "-"; ID is a Go-quoted
// string. Sorting bytewise brings all "d" lines first, then each key's lines
// together in document order, which is all Group needs. Two documents that
// Finder confirms as near-duplicates always share a sketch value, and two
// that share passages share anchors, so Group finds exactly what Finder
// finds; it draws the same generations of anchors (Options.PassageMemory)
// from the word counts of the "d" lines.

// SignLines writes the map-step lines of document doc.
func SignLines(w io.Writer, doc int, id string, date time.Time, sig Signature) error {
	bw := bufio.NewWriter(w)
	sketch := "-"
	if len(sig.Sketch) > 0 {
		hex := make([]string, len(sig.Sketch))
		for i, h := range sig.Sketch {
			hex[i] = fmt.Sprintf("%08x", h)
		}
		sketch = strings.Join(hex, ",")
	}
	ds := "-"
	if !date.IsZero() {
		ds = date.Format(time.RFC3339Nano)
	}
	fmt.Fprintf(bw, "d\t%010d\t%016x\t%d\t%d\t%s\t%s\t%s\n", doc, sig.Simhash, sig.Words, sig.Shingles, sketch, ds, strconv.Quote(id))
	for _, h := range sig.Sketch {
		fmt.Fprintf(bw, "k\t%08x\t%010d\n", h, doc)
	}
	for _, a := range sig.Anchors {
		fmt.Fprintf(bw, "p\t%08x\t%010d\t%010d\n", a.Hash, doc, a.Word)
	}
	return bw.Flush()
}

// LineError is a malformed line in Group's input.
type LineError struct {
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Group reads SignLines output sorted bytewise (LC_ALL=C sort) and returns
// the same Report a Finder given the documents in order would.
func Group(r io.Reader, opt Options) (*Report, error) {
	f := NewFinder(opt)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var (
		line    int
		key     string
		members []posting
		gens    []uint32 // generation by document, once all are read
		checked = map[[2]int]bool{}
		matches = map[[2]int][]match{}
	)
	// flush acts on the lines of one key, all read.
	flush := func() {
		if len(members) == 0 {
			return
		}
		if key[0] == 'k' {
			// As in Finder, a sketch value admits its first sketchLimit
			// documents; the later ones meet the first sketchPeek.
			admitted := members[:max(0, min(len(members), f.sketchLimit()))]
			for i, b := range members {
				before := admitted[:min(i, len(admitted))]
				if i >= len(admitted) {
					before = before[:min(len(before), sketchPeek)]
				}
				for _, a := range before {
					pair := [2]int{int(a.doc), int(b.doc)}
					if checked[pair] {
						continue
					}
					checked[pair] = true
					dist := Distance(f.sigs[a.doc].Simhash, f.sigs[b.doc].Simhash)
					if dist > f.opt.MaxDistance {
						continue
					}
					if _, ok := f.confirm(pair[0], pair[1], dist); ok {
						f.union(pair[0], pair[1])
					}
				}
			}
		} else {
			if gens == nil {
				gens = f.generations()
			}
			pairAnchors(members, gens, f.opt.MaxPostings, func(a, b posting) {
				pair := [2]int{int(a.doc), int(b.doc)}
				matches[pair] = append(matches[pair], match{a.word, b.word})
			})
		}
		members = members[:0]
	}
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		bad := func(msg string) error { return &LineError{line, msg} }
		switch fields[0] {
		case "d":
			if err := f.readDocLine(fields); err != nil {
				return nil, bad(err.Error())
			}
		case "k", "p":
			if len(fields) != map[string]int{"k": 3, "p": 4}[fields[0]] {
				return nil, bad("wrong number of fields")
			}
			if k := fields[0] + fields[1]; k != key {
				flush()
				key = k
			}
			doc, err := strconv.ParseUint(fields[2], 10, 32)
			if err != nil || int(doc) >= len(f.docs) {
				return nil, bad("unknown document " + fields[2] + " (is the input sorted?)")
			}
			var word uint64
			if fields[0] == "p" {
				if word, err = strconv.ParseUint(fields[3], 10, 32); err != nil {
					return nil, bad("bad word index")
				}
			}
			members = append(members, posting{uint32(doc), uint32(word)})
		default:
			return nil, bad(fmt.Sprintf("unknown line kind %q", fields[0]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	for pair, ms := range matches {
		if sp, ok := f.passages(pair[0], pair[1], ms); ok {
			f.shared = append(f.shared, sp)
		}
	}
	return f.Report(), nil
}

// pairAnchors calls pair for every two postings of one n-gram, in document
// order, that a Finder matches: a document meets the earlier postings of
// its own generation while fewer than limit documents hold the n-gram
// there, and those of the generation before when fewer than limit held it.
func pairAnchors(members []posting, gens []uint32, limit int, pair func(a, b posting)) {
	var prev []posting
	for rest := members; len(rest) > 0; {
		g, n := gens[rest[0].doc], 1
		for n < len(rest) && gens[rest[n].doc] == g {
			n++
		}
		block := rest[:n]
		if len(prev) > 0 && gens[prev[0].doc] != g-1 || len(prev) >= limit {
			prev = nil
		}
		for i, b := range block {
			for _, a := range prev {
				pair(a, b)
			}
			if i < limit {
				for _, a := range block[:i] {
					if a.doc != b.doc {
						pair(a, b)
					}
				}
			}
		}
		prev, rest = block, rest[n:]
	}
}

// readDocLine adds the document a "d" line describes; lines must come in
// document order, as sorting makes them.
func (f *Finder) readDocLine(fields []string) error {
	if len(fields) != 8 {
		return fmt.Errorf("wrong number of fields")
	}
	doc, err := strconv.Atoi(fields[1])
	if err != nil || doc != len(f.docs) {
		return fmt.Errorf("document %s out of order (is the input sorted?)", fields[1])
	}
	var sig Signature
	if sig.Simhash, err = strconv.ParseUint(fields[2], 16, 64); err != nil {
		return fmt.Errorf("bad simhash")
	}
	if sig.Words, err = strconv.Atoi(fields[3]); err != nil {
		return fmt.Errorf("bad word count")
	}
	if sig.Shingles, err = strconv.Atoi(fields[4]); err != nil {
		return fmt.Errorf("bad shingle count")
	}
	if fields[5] != "-" {
		for _, h := range strings.Split(fields[5], ",") {
			v, err := strconv.ParseUint(h, 16, 32)
			if err != nil {
				return fmt.Errorf("bad sketch")
			}
			sig.Sketch = append(sig.Sketch, uint32(v))
		}
	}
	var date time.Time
	if fields[6] != "-" {
		if date, err = time.Parse(time.RFC3339Nano, fields[6]); err != nil {
			return fmt.Errorf("bad date")
		}
	}
	id, err := strconv.Unquote(fields[7])
	if err != nil {
		return fmt.Errorf("bad id")
	}
	f.docs = append(f.docs, docInfo{id, date})
	f.sigs = append(f.sigs, sig)
	f.fps = append(f.fps, sig.Simhash)
	f.parent = append(f.parent, uint32(doc))
	f.seen = append(f.seen, 0)
	return nil
}
