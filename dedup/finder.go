package dedup

import (
	"cmp"
	"slices"
	"time"
)

// Options sets what counts as a duplicate. The zero value means the defaults,
// which were measured on edited copies of news articles.
type Options struct {
	// MaxDistance is the simhash Hamming radius within which two documents
	// may be near-duplicates (default 18). Edited copies of news sit far
	// beyond the 3 bits that suit near-identical web pages. The radius
	// filters the candidates that share sketch values, so a wide one costs
	// nothing at scale.
	MaxDistance int
	// MinContainment is the share of the shorter document's shingles the
	// other must contain to confirm a candidate (default 0.5).
	MinContainment float64
	// MinPassage is the length, in words, a shared passage must reach to be
	// reported (default 10): shorter runs are stock phrases.
	MinPassage int
	// MinShared is how many words two documents must share in passages for
	// the relation to be reported (default 20).
	MinShared int
	// MaxPostings is how many documents may share one n-gram or sketch
	// value (at most 256 for these) before it is treated as boilerplate
	// (default 1000): from then on the n-gram is ignored, and the sketch
	// value only compares a new document with the first 16 documents that
	// hold it. This bounds the work per document whatever the corpus size.
	MaxPostings int
	// PassageMemory bounds, in bytes, what finding shared passages keeps
	// (default 256 MiB). Passages are sought among recent documents only:
	// their anchors are indexed in generations of about PassageMemory/2,
	// and a document meets the anchors of its own generation and the one
	// before, so at least the last PassageMemory/64 anchors, some 30,000
	// articles of 3 KB by default. Near-duplicates are found corpus-wide
	// whatever this is.
	PassageMemory int
}

func (o Options) withDefaults() Options {
	switch {
	case o.MaxDistance == 0:
		o.MaxDistance = 18
	case o.MaxDistance < 0:
		o.MaxDistance = 0 // identical fingerprints only: 0 itself means the default
	}
	if o.MinContainment == 0 {
		o.MinContainment = 0.5
	}
	if o.MinPassage == 0 {
		o.MinPassage = 10
	}
	if o.MinShared == 0 {
		o.MinShared = 20
	}
	if o.MaxPostings == 0 {
		o.MaxPostings = 1000
	}
	if o.PassageMemory <= 0 {
		o.PassageMemory = 256 << 20
	}
	return o
}

// anchorBytes is what an indexed anchor costs: its 12-byte slot in a table
// kept at most three quarters full, the 8 bytes of its Signature, and lists.
const anchorBytes = 32

// generationAnchors returns how many anchors a generation holds:
// PassageMemory/2 bytes of them.
func (o Options) generationAnchors() int { return o.PassageMemory / 2 / anchorBytes }

// generationWords returns how many words of text a generation of anchors
// takes, at the density winnowing keeps. Generations are counted in words,
// not anchors, so that the map-reduce form, which sees word counts first,
// draws the same boundaries.
func (o Options) generationWords() int {
	return max(1, o.generationAnchors()*(AnchorWindow+1)/2)
}

// A Finder takes documents one at a time, in input order, and finds their
// near-duplicates and shared passages among the documents before them.
// Signing is independent per document, so callers sign in parallel and add
// in order. A Finder is not safe for concurrent use.
//
// Candidates come from inverted indexes, not from the simhash radius: a
// confirmed near-duplicate always shares a sketch value with its match
// (confirmation requires it), so a document is compared only with the
// documents that share one of its SketchSize sketch values, and the radius
// and the containment then decide. Searching 18 bits around a fingerprint
// instead would meet some 300 unrelated documents per query among a million
// by chance, and cost more than the whole corpus. Shared passages are found
// the same way, through the anchors. A key held by MaxPostings documents
// is boilerplate, which bounds the work per document.
//
// Anchors are kept for recent documents only, in two generations of at most
// Options.PassageMemory/2 bytes: when the current generation is full, the
// one before it is dropped whole, tables reused, and the documents' anchor
// lists released. Besides that window a Finder keeps some 600 bytes per
// document and its id: the Signature (72 bytes, and 64 of sketch), 40 of id
// and date, 16 of simhash copy, union-find parent and scratch, and the
// sketch postings; about 900 bytes a document in all at 330,000 articles.
type Finder struct {
	opt      Options
	docs     []docInfo
	sigs     []Signature
	fps      []uint64 // simhash by document, compact for the distance check
	sketches postings // sketch value -> documents
	parent   []uint32 // union-find forest over near-duplicates
	seen     []uint32 // seen[d] == doc+1 once d was a candidate of doc
	shared   []SharedPair

	// gens[0] indexes the anchors of the current generation, n-gram hash
	// -> (document, word), and gens[1] those of the one before.
	gens     [2]generation
	genWords int

	// Scratch space reused by every Add.
	found   []posting
	matches []docMatch
	ms      []match
}

// generation is the anchor index of consecutive documents.
type generation struct {
	anchors postings
	start   int // its first document
	words   int // words of its documents
}

type docInfo struct {
	id   string
	date time.Time
}

type posting struct{ doc, word uint32 }

// sketchPeek is how many of a full sketch value's first documents every
// later document holding the value is still compared with. A value shared
// by MaxPostings documents is mostly a stock phrase, but it may also be a
// story republished that often: its later copies then still meet its first
// ones, which held its values first. A few suffice for that; more only
// compare every document that uses a stock phrase with more strangers.
// Full n-grams are ignored outright: passages through boilerplate are noise.
const sketchPeek = 16

// maxSketchPostings caps MaxPostings for sketch values. Every new document
// holding a value is compared with all the documents the value admitted, so
// the cap bounds the comparisons per document (16 values, 256 each); past
// it sketchPeek keeps republished stories together.
const maxSketchPostings = 256

// sketchLimit returns how many documents a sketch value admits.
func (f *Finder) sketchLimit() int { return min(f.opt.MaxPostings, maxSketchPostings) }

// docMatch is a match with the document it was found in.
type docMatch struct {
	doc uint32
	match
}

// NewFinder returns an empty Finder.
func NewFinder(opt Options) *Finder {
	f := &Finder{opt: opt.withDefaults()}
	f.genWords = f.opt.generationWords()
	f.gens[0].anchors.expect = f.opt.generationAnchors()
	return f
}

// place puts document doc, of the given words, in the current generation,
// after starting a new one when the current one is full.
func (f *Finder) place(doc, words int) {
	cur, prev := &f.gens[0], &f.gens[1]
	if cur.words >= f.genWords {
		for d := prev.start; d < cur.start; d++ {
			f.sigs[d].Anchors = nil
		}
		prev.anchors.reset()
		*cur, *prev = generation{anchors: prev.anchors, start: doc}, *cur
		// The first generation grew as documents came, which keeps a small
		// run small, until it was an eighth of its full size; once one is
		// full the stream is long, and the next is reserved whole.
		if len(cur.anchors.slots) == 0 {
			cur.anchors.reserve(f.opt.generationAnchors())
		}
	}
	cur.words += words
}

// generations returns the generation of every document, as Add numbers them.
func (f *Finder) generations() []uint32 {
	gens := make([]uint32, len(f.sigs))
	g, words := uint32(0), 0
	for d := range f.sigs {
		if words >= f.genWords {
			g, words = g+1, 0
		}
		gens[d] = g
		words += f.sigs[d].Words
	}
	return gens
}

// Options returns the options in effect, defaults filled in.
func (f *Finder) Options() Options { return f.opt }

// Len returns the number of documents added.
func (f *Finder) Len() int { return len(f.docs) }

// ID returns the id document doc was added with.
func (f *Finder) ID(doc int) string { return f.docs[doc].id }

// Signature returns the signature of document doc. Its Anchors are nil once
// the document has left the passage window (see Options.PassageMemory).
func (f *Finder) Signature(doc int) Signature { return f.sigs[doc] }

// NearPair is a near-duplicate relation between documents A < B.
type NearPair struct {
	A, B        int
	Distance    int     // simhash Hamming distance
	Containment float64 // estimated share of the shorter text found in the other
}

// SharedPair says that documents A < B share passages.
type SharedPair struct {
	A, B     int
	Passages []Passage
	ShareA   float64 // share of A's words inside the passages
	ShareB   float64
}

// Passage is one run of text found in both documents of a SharedPair.
type Passage struct {
	A, B Span
}

// Span is a range of words, Start inclusive, End exclusive; WordSpan turns it
// into byte offsets in the text.
type Span struct{ Start, End int }

// Len returns the number of words in the span.
func (s Span) Len() int { return s.End - s.Start }

// Result is what adding one document found among the documents before it.
type Result struct {
	Doc        int        // the new document's number, from 0 in input order
	Duplicates []NearPair // its near-duplicates, B == Doc
	Shared     []SharedPair
}

// Add adds a document; date may be zero when unknown. It returns the
// document's near-duplicates and shared passages among earlier documents.
func (f *Finder) Add(id string, date time.Time, sig Signature) Result {
	doc := len(f.docs)
	f.docs = append(f.docs, docInfo{id, date})
	f.sigs = append(f.sigs, sig)
	f.fps = append(f.fps, sig.Simhash)
	f.parent = append(f.parent, uint32(doc))
	f.seen = append(f.seen, 0)
	res := Result{Doc: doc}

	stamp := uint32(doc) + 1
	for _, h := range sig.Sketch {
		// Sketch values are distinct, so the document is not among the
		// value's holders before it.
		holders, _ := f.sketches.insert(h, uint32(doc), 0, f.sketchLimit(), sketchPeek)
		for _, p := range holders {
			// The radius first: it turns away nearly every candidate, a
			// stock phrase's holders, with one look-up.
			dist := Distance(f.fps[p.doc], sig.Simhash)
			if dist > f.opt.MaxDistance || f.seen[p.doc] == stamp {
				continue
			}
			f.seen[p.doc] = stamp
			// One link to a group is enough to join it: members of a group
			// the document has joined already are not compared again, so a
			// story copied ten thousand times costs a link per copy, not
			// ten thousand.
			if f.find(p.doc) == f.find(uint32(doc)) {
				continue
			}
			if np, ok := f.confirm(int(p.doc), doc, dist); ok {
				res.Duplicates = append(res.Duplicates, np)
				f.union(np.A, np.B)
			}
		}
	}

	f.matches = f.matches[:0]
	f.place(doc, sig.Words)
	cur, prev := &f.gens[0].anchors, &f.gens[1].anchors
	prev.touch(sig.Anchors)
	cur.touch(sig.Anchors)
	for _, a := range sig.Anchors {
		f.found = prev.find(a.Hash, f.opt.MaxPostings, f.found[:0])
		f.found, _ = cur.add(a.Hash, uint32(doc), a.Word, f.opt.MaxPostings, 0, f.found)
		for _, p := range f.found {
			if len(res.Duplicates) > 0 && f.find(p.doc) == f.find(uint32(doc)) {
				continue // a copy: passages are not sought between copies
			}
			f.matches = append(f.matches, docMatch{p.doc, match{p.word, a.Word}})
		}
	}
	slices.SortFunc(f.matches, func(p, q docMatch) int {
		return cmp.Or(cmp.Compare(p.doc, q.doc), cmp.Compare(p.B, q.B), cmp.Compare(p.A, q.A))
	})
	for i := 0; i < len(f.matches); {
		other, j := f.matches[i].doc, i
		f.ms = f.ms[:0]
		for ; j < len(f.matches) && f.matches[j].doc == other; j++ {
			f.ms = append(f.ms, f.matches[j].match)
		}
		// Copies share everything; passages are for reports that are not.
		if f.find(other) != f.find(uint32(doc)) {
			if sp, ok := f.passages(int(other), doc, f.ms); ok {
				res.Shared = append(res.Shared, sp)
			}
		}
		i = j
	}
	f.shared = append(f.shared, res.Shared...)
	return res
}

// confirm decides whether documents a < b, dist bits apart, are
// near-duplicates: their sketches must agree on at least two shingles (one
// can be a stock phrase) and on the containment threshold.
func (f *Finder) confirm(a, b, dist int) (NearPair, bool) {
	sa, sb := &f.sigs[a], &f.sigs[b]
	c, common := containment(sa, sb)
	if common < min(2, len(sa.Sketch), len(sb.Sketch)) || c < f.opt.MinContainment || common == 0 {
		return NearPair{}, false
	}
	return NearPair{a, b, dist, c}, true
}

// match is an n-gram found at word A of one document and word B of another.
type match struct{ A, B uint32 }

// passages joins the n-gram matches of documents a < b into passages: runs
// of matches on one diagonal (the same offset between the two texts), with
// gaps no wider than the winnowing window, allowing a few words inserted or
// dropped.
func (f *Finder) passages(a, b int, ms []match) (SharedPair, bool) {
	slices.SortFunc(ms, func(p, q match) int {
		if p.B != q.B {
			return cmp.Compare(p.B, q.B)
		}
		return cmp.Compare(p.A, q.A)
	})
	const gap = PassageWords + AnchorWindow
	sp := SharedPair{A: a, B: b}
	var cur Passage
	total := 0
	flush := func() {
		if cur.B.Len() >= f.opt.MinPassage {
			sp.Passages = append(sp.Passages, cur)
			total += cur.B.Len()
		}
	}
	for i, m := range ms {
		as, bs := int(m.A), int(m.B)
		if i > 0 && bs <= cur.B.End+gap-PassageWords && bs >= cur.B.Start &&
			as >= cur.A.Start && as <= cur.A.End+gap-PassageWords &&
			abs((as-cur.A.End)-(bs-cur.B.End)) <= 3 {
			cur.A.End = max(cur.A.End, as+PassageWords)
			cur.B.End = max(cur.B.End, bs+PassageWords)
			continue
		}
		if i > 0 {
			flush()
		}
		cur = Passage{Span{as, as + PassageWords}, Span{bs, bs + PassageWords}}
	}
	if len(ms) > 0 {
		flush()
	}
	if total < f.opt.MinShared {
		return SharedPair{}, false
	}
	sp.ShareA = coverage(sp.Passages, func(p Passage) Span { return p.A }, f.sigs[a].Words)
	sp.ShareB = coverage(sp.Passages, func(p Passage) Span { return p.B }, f.sigs[b].Words)
	return sp, true
}

// coverage returns the share of n words inside the union of the spans.
func coverage(ps []Passage, side func(Passage) Span, n int) float64 {
	spans := make([]Span, len(ps))
	for i, p := range ps {
		spans[i] = side(p)
	}
	slices.SortFunc(spans, func(x, y Span) int { return cmp.Compare(x.Start, y.Start) })
	covered, end := 0, 0
	for _, s := range spans {
		s.Start = max(s.Start, end)
		if s.End > s.Start {
			covered += s.End - s.Start
			end = s.End
		}
	}
	if n == 0 {
		return 0
	}
	return min(1, float64(covered)/float64(n))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (f *Finder) find(d uint32) uint32 {
	for f.parent[d] != d {
		f.parent[d] = f.parent[f.parent[d]]
		d = f.parent[d]
	}
	return d
}

func (f *Finder) union(a, b int) {
	ra, rb := f.find(uint32(a)), f.find(uint32(b))
	if ra == rb {
		return
	}
	// The root is the representative: the earliest dated, else first seen.
	if f.before(int(rb), int(ra)) {
		ra, rb = rb, ra
	}
	f.parent[rb] = ra
}

// before reports whether document a represents a group better than b: dated
// documents come before undated ones, earlier dates first, then input order.
func (f *Finder) before(a, b int) bool {
	da, db := f.docs[a].date, f.docs[b].date
	switch {
	case da.IsZero() != db.IsZero():
		return !da.IsZero()
	case !da.Equal(db):
		return da.Before(db)
	}
	return a < b
}

// Representative returns the document that represents doc's group of
// near-duplicates: doc itself when it has none.
func (f *Finder) Representative(doc int) int { return int(f.find(uint32(doc))) }

// Cluster is a set of near-duplicates, with the document that represents it.
type Cluster struct {
	Rep     int
	Members []int // ascending, Rep included
}

// Report is everything found in a corpus, in a canonical order: the same
// whichever way it was computed.
type Report struct {
	IDs []string
	// Near pairs each group member with its representative, by A, then B:
	// their distance and containment measured directly, whether the member
	// was linked to the representative or to another member of its group.
	Near   []NearPair
	Shared []SharedPair // by A, then B
	Groups []Cluster    // groups of two or more, by Rep
}

// Report returns the pairs and groups found so far.
func (f *Finder) Report() *Report {
	r := &Report{}
	for _, d := range f.docs {
		r.IDs = append(r.IDs, d.id)
	}
	r.Groups = f.groups()
	for _, g := range r.Groups {
		for _, m := range g.Members {
			if m == g.Rep {
				continue
			}
			a, b := min(m, g.Rep), max(m, g.Rep)
			c, _ := containment(&f.sigs[a], &f.sigs[b])
			r.Near = append(r.Near, NearPair{a, b, Distance(f.fps[a], f.fps[b]), c})
		}
	}
	// Copies share everything: passages are reported between documents
	// that are not copies of each other.
	for _, sp := range f.shared {
		if f.find(uint32(sp.A)) != f.find(uint32(sp.B)) {
			r.Shared = append(r.Shared, sp)
		}
	}
	r.sort()
	return r
}

func (f *Finder) groups() []Cluster {
	byRoot := map[int][]int{}
	for d := range f.docs {
		root := f.Representative(d)
		byRoot[root] = append(byRoot[root], d)
	}
	var gs []Cluster
	for root, ms := range byRoot {
		if len(ms) > 1 {
			gs = append(gs, Cluster{root, ms})
		}
	}
	return gs
}

func (r *Report) sort() {
	slices.SortFunc(r.Near, func(p, q NearPair) int { return cmp.Or(cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B)) })
	slices.SortFunc(r.Shared, func(p, q SharedPair) int { return cmp.Or(cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B)) })
	slices.SortFunc(r.Groups, func(p, q Cluster) int { return cmp.Compare(p.Rep, q.Rep) })
}
