package clean

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// lineState is one input line and what clean decided about it.
type lineState struct {
	raw     string // as in the input, without the newline
	off     int    // where raw starts in the input
	text    string // raw without a trailing carriage return
	blank   bool
	removed bool
	cat     Category
	rule    string
	cuts    []cut  // promotional sentences cut from the line
	cutText string // text without the cut sentences, when there are any
	feat    lineFeat
	whole   wholeMatch // the rule the wrapped paragraph from here meets whole
	span    int        // 1 + the runes of the line as wrapped, -1 for a line no wrap breaks, 0 until measured

	stemmed          bool  // stems found: d.stemPool[stemFrom:stemTo]
	stemFrom, stemTo int32 // see lineStems
}

// wholeMatch remembers, for the first line of a hard-wrapped paragraph
// that ends on line last, the rule the paragraph meets set on one line
// (nil for none), so that later passes need not match it again.
type wholeMatch struct {
	last int // 0 until matched: a paragraph's last line is never its first
	rule *Rule
}

// listRule returns the rule that matched the line when it takes the list
// under it (a heading or a label), or nil.
func (f *lineFeat) listRule() *Rule {
	if f.by != nil && f.by.takesList() {
		return f.by
	}
	return nil
}

// lineFeat is what classification learns of a line on first sight.
type lineFeat struct {
	ready   bool
	empty   bool     // nothing is left once its promotional sentences go
	cat     Category // set when a rule or line test removes the line
	rule    string
	by      *Rule  // the rule that matched, if one did
	key     uint64 // hash of the folded text, when long enough to count as a repeat
	dupOf   int    // the line it repeats, as last found, and the rule saying so
	dupRule string
	model   int // documents of the model with this line; -1 unknown

	trimmed          string // the text without the spaces around it
	sentEnd, endsDot bool
	endsStop         bool
	quotedTitle      bool // a speaker and the one sentence quoted: `Merkel: "Wir schaffen das."`
	size, words      int
	parts            int
	caps, lowers     int // longer words starting in upper, lower case
	uncased          int // of the lower-case ones, those in a script without case
	cjk              bool
	stops            []uint16 // stopword hits per language
}

// cut is a promotional sentence inside a line: bytes [from, to) of text.
type cut struct {
	from, to int
	rule     *Rule
}

type document struct {
	src       string // the input
	lines     []lineState
	trailing  bool // the input ends with a newline
	cutsFound bool
	wrap      int      // the width the paragraphs were hard-wrapped at, or 0
	stops     []uint16 // backing store of the lines' stopword counts
	sc        scratch

	// Working memory of classify, kept between passes and, through
	// docPool, between documents.
	alive    []int
	slab     []block
	blocks   []*block
	members  []int
	bstops   []uint16
	next     []class
	seen     map[uint64]int
	seenCap  int // the size seen was made for
	out      []string
	total    []int    // stopword hits per language (measure)
	ctx      []class  // neighbour classes (revise)
	wasGood  []bool   // rescueHeadings
	solid    []int    // the next block context does not look past (keepRepeatsInText)
	stories  [][2]int // headline and summary blocks (storyIndex)
	lead     []uint64 // stems of the start of the text (keepHeadline)
	stemPool []uint64 // stems of the lines, as lineStems finds them
	leadFrom int      // 1 + the line that text starts at, 0 before the first pass

	// Rule names built from numbers, made once per document.
	dupRules   map[int]string // by the line repeated
	modelRules map[int]string // by the count of documents
}

// docPool recycles documents: their line and block arrays are most of
// what cleaning allocates.
var docPool = sync.Pool{New: func() any {
	buf := make([]byte, 0, 2*maxPhraseLine)
	return &document{
		sc: scratch{fold: buf[:0:maxPhraseLine], canon: buf[maxPhraseLine:maxPhraseLine]},
	}
}}

// release returns d to docPool without the text it referred to.
func (d *document) release() {
	clear(d.lines)
	clear(d.slab)
	clear(d.out[:cap(d.out)])
	d.lines, d.out, d.src = d.lines[:0], d.out[:0], ""
	d.stemPool = d.stemPool[:0]
	clear(d.seen)
	clear(d.dupRules)
	clear(d.modelRules)
	d.trailing, d.cutsFound = false, false
	d.leadFrom = 0
	docPool.Put(d)
}

// lineStems returns the stems of line i as the output carries it. The
// echo tests ask for the same lines' stems pass after pass, and a line's
// text no longer changes once the first pass has cut its sentences: they
// are found once per document.
func (d *document) lineStems(i int) []uint64 {
	l := &d.lines[i]
	if !l.stemmed {
		from := len(d.stemPool)
		d.stemPool = slices.AppendSeq(d.stemPool, stems(d.view(i)))
		l.stemmed, l.stemFrom, l.stemTo = true, int32(from), int32(len(d.stemPool))
	}
	return d.stemPool[l.stemFrom:l.stemTo:l.stemTo]
}

// stopCounts returns line i's zeroed stopword counters.
func (d *document) stopCounts(i int) []uint16 {
	nl := len(languages)
	if n := nl * len(d.lines); cap(d.stops) < n {
		d.stops = make([]uint16, n)
	} else if len(d.stops) < n {
		d.stops = d.stops[:n]
		clear(d.stops)
	}
	return d.stops[i*nl : (i+1)*nl : (i+1)*nl]
}

func newDoc(s string) *document {
	d := docPool.Get().(*document)
	d.trailing = strings.HasSuffix(s, "\n")
	d.stops = d.stops[:0]
	d.lines = grow(d.lines, strings.Count(s, "\n")+1)
	d.src = s
	for off := 0; off < len(s); {
		raw := s[off:]
		if i := strings.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[:i]
		}
		text := strings.TrimSuffix(raw, "\r")
		d.lines = append(d.lines, lineState{raw: raw, text: text, off: off, blank: strings.TrimSpace(text) == ""})
		off += len(raw) + 1
	}
	return d
}

// nonRemoved lists the lines still in the document.
func (d *document) nonRemoved() []int {
	d.alive = grow(d.alive, len(d.lines))
	for i := range d.lines {
		if !d.lines[i].removed {
			d.alive = append(d.alive, i)
		}
	}
	return d.alive
}

// spareLastText keeps a brief from vanishing on structure alone: when no
// text line is left and at most a few went only because of how they looked
// among the others (Fragment), those are the article — a one-paragraph item,
// a short notice — and they stay. A whole page of fragments (a gallery, an
// index page) still goes, and lines a rule names as boilerplate always go.
// It reports whether it spared any.
func (d *document) spareLastText() bool {
	fragments := 0
	for i := range d.lines {
		l := &d.lines[i]
		if !l.removed && !l.blank {
			return false
		}
		if l.removed && l.cat == Fragment {
			fragments++
		}
	}
	if fragments == 0 || fragments > briefLines {
		return false
	}
	for i := range d.lines {
		l := &d.lines[i]
		if !l.removed || l.cat != Fragment {
			continue
		}
		if l.feat.cat != "" {
			// A rule's match that went as part of a hard-wrapped
			// paragraph: alone, as a second run would see it, it goes.
			l.cat, l.rule = l.feat.cat, l.feat.rule
			continue
		}
		l.removed, l.cat, l.rule = false, "", ""
	}
	return true
}

// numbered returns prefix+n+suffix, made once per document in *cache.
func (d *document) numbered(cache *map[int]string, prefix string, n int, suffix string) string {
	if *cache == nil {
		*cache = map[int]string{}
	}
	s, ok := (*cache)[n]
	if !ok {
		s = prefix + strconv.Itoa(n) + suffix
		(*cache)[n] = s
	}
	return s
}

// briefLines is the most lines a brief has.
const briefLines = 3

// grow returns s emptied, with room for n elements.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// view is line i as the output will carry it: without its cut sentences.
func (d *document) view(i int) string {
	l := &d.lines[i]
	if len(l.cuts) == 0 {
		return l.text
	}
	return l.cutText
}

func applyCuts(s string, cuts []cut) string {
	var b strings.Builder
	at := 0
	for _, c := range cuts {
		if c.from > at {
			b.WriteString(s[at:c.from])
		}
		at = max(at, c.to)
	}
	b.WriteString(s[at:])
	return strings.TrimRightFunc(b.String(), unicode.IsSpace)
}

func (d *document) remove(i int, cat Category, rule string) {
	l := &d.lines[i]
	l.removed, l.cat, l.rule = true, cat, rule
}

// result assembles the kept lines. Blank lines left doubled, leading or
// trailing by a removal go too, so that the output reads as a document; the
// blank lines of untouched text are kept as they were.
func (d *document) result() Result {
	n := 0
	for i := range d.lines {
		if d.lines[i].removed {
			n++
		}
		n += len(d.lines[i].cuts)
	}
	var (
		res       = Result{Removed: make([]Removal, 0, n)}
		out       = grow(d.out, len(d.lines))
		lastText  = -1 // index in out of the last kept text line
		removed   bool // a line was removed since the last kept text line
		lastBlank = true
		// While the kept lines run on unchanged in the input, the text is
		// a slice of it: lines first to last, or to lastTextLine.
		whole        = true
		first, last  = -1, -1
		lastTextLine = -1
	)
	keep := func(i int, changed bool) {
		if first < 0 {
			first = i
		}
		whole = whole && !changed && (last < 0 || last == i-1)
		last = i
	}
	for i := range d.lines {
		l := &d.lines[i]
		switch {
		case l.removed:
			res.Removed = append(res.Removed, Removal{Line: i + 1, Text: l.text, Category: l.cat, Rule: l.rule})
			removed = true
		case l.blank:
			if lastBlank && removed {
				continue
			}
			out = append(out, l.raw)
			keep(i, false)
			lastBlank = true
		default:
			raw := l.raw
			for _, c := range l.cuts {
				res.Removed = append(res.Removed, Removal{Line: i + 1, Text: strings.TrimSpace(l.text[c.from:c.to]),
					Category: c.rule.Category, Rule: c.rule.String()})
			}
			if len(l.cuts) > 0 {
				raw = l.cutText + raw[len(l.text):]
			}
			out = append(out, raw)
			keep(i, len(l.cuts) > 0)
			lastText, removed, lastBlank = len(out)-1, false, false
			lastTextLine = i
		}
	}
	if removed {
		out = out[:lastText+1]
		last = lastTextLine
	}
	d.out = out
	switch {
	case len(out) == 0:
	case whole:
		end := d.lines[last].off + len(d.lines[last].raw)
		if d.trailing {
			end++ // the newline after the last line
		}
		res.Text = d.src[d.lines[first].off:end]
	default:
		if d.trailing {
			out = append(out, "") // for the final newline
		}
		res.Text = strings.Join(out, "\n")
	}
	slices.SortStableFunc(res.Removed, func(a, b Removal) int { return a.Line - b.Line })
	return res
}
