package dedup

import "slices"

const (
	// SketchSize is how many of the smallest shingle hashes a Signature
	// keeps to estimate how much of two texts is the same.
	SketchSize = 16
	// PassageWords is the length, in words, of the n-grams whose hashes
	// locate shared passages: long enough that stock phrases ("the State
	// Department said in a statement") rarely reach it.
	PassageWords = 8
	// AnchorWindow is the winnowing window: of every AnchorWindow consecutive
	// n-grams at least one is kept, so any shared run of
	// PassageWords+AnchorWindow-1 words (13) or more is always seen. About
	// 2/(AnchorWindow+1) of the n-grams are kept, some 190 for a 3 KB
	// article: a wider window makes the index smaller, and passages' ends
	// less exact.
	AnchorWindow = 6
)

// Signature is what a document contributes to duplicate detection. It is
// computed once per document, independently of all others, so signing
// parallelizes freely.
type Signature struct {
	Simhash  uint64   // Fingerprint of the text
	Words    int      // number of words
	Shingles int      // number of simhash features (word shingles)
	Sketch   []uint32 // the smallest distinct shingle hashes, ascending, at most SketchSize
	Anchors  []Anchor // winnowed PassageWords-grams, in text order
}

// Anchor is a sampled word n-gram: its hash and the index of its first word.
type Anchor struct {
	Hash uint32
	Word uint32
}

// Sign computes the Signature of a text. Text is normalized on the fly:
// case, punctuation and quote style, spacing (no-break spaces, re-flowed
// lines) and Windows-1252 mojibake of UTF-8 do not change it.
func Sign(text string) Signature {
	var (
		w      words
		sh     shingler
		acc    simhasher
		sk     sketcher
		grams  ngrammer
		winnow winnower
		sig    Signature
	)
	// Anchors gather on the stack and are copied out at their exact size:
	// a Finder keeps them for its recent documents.
	var buf [512]Anchor
	anchors := buf[:0]
	w.reset(text)
	for word, ok := w.next(); ok; word, ok = w.next() {
		if h, ok := sh.push(word); ok {
			acc.add(h)
			sk.add(h)
		}
		if h, ok := grams.push(sh.word); ok {
			anchors = winnow.add(anchors, h, uint32(sig.Words+1-PassageWords))
		}
		sig.Words++
	}
	if h, ok := sh.last(); ok {
		acc.add(h)
		if sig.Words > 0 {
			sk.add(h)
		}
	}
	if anchors = winnow.finish(anchors); len(anchors) > 0 {
		sig.Anchors = slices.Clone(anchors)
	}
	sig.Simhash = acc.sum()
	sig.Shingles = acc.n
	if sig.Words == 0 {
		sig.Shingles = 0
	}
	if sk.n > 0 {
		sig.Sketch = slices.Clone(sk.h[:sk.n])
	}
	return sig
}

// mix64 is a 64-bit finalizer (from MurmurHash3) that spreads FNV's weak
// low-order structure over all bits before hashes are ranked or truncated.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// sketcher keeps the SketchSize smallest distinct shingle hashes (a bottom-k
// MinHash sketch), from which the overlap of two texts is estimated.
type sketcher struct {
	h [SketchSize]uint32
	n int
}

func (s *sketcher) add(shingle uint64) {
	h := uint32(mix64(shingle) >> 32)
	if s.n == SketchSize && h >= s.h[SketchSize-1] {
		return
	}
	i, found := slices.BinarySearch(s.h[:s.n], h)
	if found {
		return
	}
	if s.n < SketchSize {
		s.n++
	}
	copy(s.h[i+1:s.n], s.h[i:s.n-1])
	s.h[i] = h
}

// Containment estimates the share of the shorter text's shingles that also
// occur in the other text, from the two sketches: 1 for a copy or a cut
// copy, near 0 for unrelated texts.
func Containment(a, b *Signature) float64 {
	c, _ := containment(a, b)
	return c
}

// containment returns the estimated containment and how many sketch values
// the estimate rests on.
func containment(a, b *Signature) (float64, int) {
	if a.Shingles == 0 || b.Shingles == 0 {
		return 0, 0
	}
	x, y := a.Sketch, b.Sketch
	taken, common := 0, 0
	for taken < SketchSize && (len(x) > 0 || len(y) > 0) {
		switch {
		case len(y) == 0 || (len(x) > 0 && x[0] < y[0]):
			x = x[1:]
		case len(x) == 0 || y[0] < x[0]:
			y = y[1:]
		default:
			common++
			x, y = x[1:], y[1:]
		}
		taken++
	}
	if common == 0 {
		return 0, 0
	}
	j := float64(common) / float64(taken)
	na, nb := float64(a.Shingles), float64(b.Shingles)
	c := j * (na + nb) / (1 + j) / min(na, nb)
	return min(c, 1), common
}

// ngrammer hashes every PassageWords-gram of word hashes with a rolling
// polynomial hash, so each n-gram costs O(1) whatever its length.
type ngrammer struct {
	ring [PassageWords]uint64
	h    uint64
	n    int
}

const rollBase = 0x9E3779B97F4A7C15

// rollBaseN is rollBase^PassageWords, the weight of the word leaving the n-gram.
var rollBaseN = func() uint64 {
	p := uint64(1)
	for range PassageWords {
		p *= rollBase
	}
	return p
}()

func (g *ngrammer) push(word uint64) (uint32, bool) {
	wh := mix64(word)
	slot := g.n % PassageWords
	g.h = g.h*rollBase + wh - g.ring[slot]*rollBaseN
	g.ring[slot] = wh
	g.n++
	return uint32(mix64(g.h) >> 32), g.n >= PassageWords
}

// winnower selects anchors by winnowing (Schleimer et al. 2003): the
// rightmost smallest hash of every window of AnchorWindow consecutive
// n-grams. Copies of a passage select the same anchors inside it wherever
// the passage sits in the document.
type winnower struct {
	ring    [AnchorWindow]Anchor
	n       int // n-grams seen
	min     int // index of the selected n-gram
	emitted int // index of the last anchor emitted, or -1
	started bool
}

func (w *winnower) add(out []Anchor, h, pos uint32) []Anchor {
	if !w.started {
		w.started, w.emitted = true, -1
	}
	w.ring[w.n%AnchorWindow] = Anchor{h, pos}
	w.n++
	switch {
	case w.n < AnchorWindow:
		if w.n == 1 || h <= w.ring[w.min%AnchorWindow].Hash {
			w.min = w.n - 1
		}
		return out
	case w.min < w.n-AnchorWindow:
		w.min = w.n - AnchorWindow
		for i := w.n - AnchorWindow + 1; i < w.n; i++ {
			if w.ring[i%AnchorWindow].Hash <= w.ring[w.min%AnchorWindow].Hash {
				w.min = i
			}
		}
	case h <= w.ring[w.min%AnchorWindow].Hash:
		w.min = w.n - 1
	}
	if w.min != w.emitted {
		w.emitted = w.min
		out = append(out, w.ring[w.min%AnchorWindow])
	}
	return out
}

// finish emits the smallest n-gram of a text shorter than one window.
func (w *winnower) finish(out []Anchor) []Anchor {
	if w.started && w.emitted < 0 {
		out = append(out, w.ring[w.min%AnchorWindow])
	}
	return out
}

// WordSpan returns the byte offsets in text of the words first to end-1 (as
// counted by Sign), to show a passage reported in words; end is clamped to
// the number of words.
func WordSpan(text string, first, end int) (start, stop int) {
	var w words
	w.reset(text)
	start, stop = -1, -1
	for i := 0; i < end; i++ {
		if _, ok := w.next(); !ok {
			break
		}
		if i == first {
			start = w.start
		}
		stop = w.end
	}
	if start < 0 {
		return len(text), len(text)
	}
	return start, stop
}
