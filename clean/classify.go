package clean

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// class is a block's verdict in the jusText scheme.
type class uint8

const (
	bad class = iota
	short
	nearGood
	good
)

// Thresholds of the structural classifier, after jusText's defaults,
// adapted to plain text (no link density) and to shorter stopword lists.
const (
	lengthLow   = 70   // below this a block is short and its neighbours decide
	lengthHigh  = 200  // above this a block with enough stopwords is good
	stopLow     = 0.18 // stopword density of near-good text
	stopHigh    = 0.28 // stopword density of good text
	headingMax  = 200  // longest block that may be a heading or a title
	cjkWeight   = 3    // a CJK character carries about as much as this many Latin ones
	minLangHits = 0.05 // share of stopwords below which the language is unknown
	maxListRun  = 30   // longest headline list a heading takes with it

	minHeadlineRun  = 4  // title-case lines in a row that make a list
	maxTeaserWords  = 45 // longest summary under a headline in a list of stories
	minStoryIndex   = 5  // summaries that make a page a list of stories
	maxStoryCompare = 40 // stories whose words a list of stories compares
	relatedEnd      = 30 // percent of the good text a related-stories heading must follow to end the article
	blurbGap        = 6  // blocks without good text that must follow a profile under an about heading
	maxLabelWords   = 3  // longest label, such as a section link, that sets a profile apart
	threadShare     = 4  // tenths of the good text a comment heading must follow to end the article when a thread comes after it
)

// block is a paragraph: one line, or lines a scraper hard-wrapped.
type block struct {
	lines    []int // indices into document.lines
	size     int   // length in Latin-equivalent characters
	words    int
	stops    []uint16 // stopword hits per language
	stop     float64  // stopword density in the document's language
	cjk      bool     // mostly CJK: words are characters, stopwords particles
	parts    int      // CJK particles
	sentEnd  bool     // ends like a sentence
	endsDot  bool     // ends with a full stop, or a question or exclamation mark
	endsStop bool     // ends with a full stop: headlines may ask or exclaim, but seldom stop
	colon    bool     // ends with a colon: what follows is its list or quotation
	clause   bool     // ends with a semicolon: a sentence, or a list item, goes on
	titleish bool     // short and headline-like
	caps     int      // longer words that start in upper case
	lowers   int      // longer words that start in lower case
	uncased  int      // of those, words in a script without case
	inList   bool     // one of a run of headline-like blocks
	initial  class
	cls      class
	ruled    bool // removed by a rule; a hard bad
	bare     bool // ruled, and without a letter or digit: a bullet or a rule
	link     bool // ruled as a link to another story set in the text ("Read also: …")
	listed   bool // ruled as one of the list after a heading
	cat      Category
	heading  *Rule
}

// classify decides the lines in alive (indices of lines still present,
// blank ones included) and returns how many it removed.
func (c *Cleaner) classify(d *document, alive []int) int {
	firstPass := !d.cutsFound
	d.cutsFound = true
	// Measured on every pass, as a second run over the output would.
	d.wrap = wrapWidth(d, alive)
	// Blocks live in one slab, their line lists in one array, block after
	// block; both are sized so that no append moves them.
	slab := grow(d.slab, len(alive))
	blocks := grow(d.blocks, len(alive))
	members := grow(d.members, len(alive))
	defer func() { d.slab, d.blocks, d.members = slab, blocks, members }()
	newBlock := func(i int) *block {
		members = append(members, i)
		slab = append(slab, block{lines: members[len(members)-1:]})
		b := &slab[len(slab)-1]
		blocks = append(blocks, b)
		return b
	}
	if d.seenCap < len(alive) {
		d.seen, d.seenCap = make(map[uint64]int, len(alive)), len(alive)
	}
	seen := d.seen
	clear(seen)
	removed := 0
	var cur, ruled *block     // the paragraph being built; the ruled block of the line before
	var prev, last *lineState // the last line of cur; the line before, unless blank
	for _, i := range alive {
		l := &d.lines[i]
		if l.blank {
			cur, ruled, last = nil, nil, nil
			continue
		}
		if firstPass {
			c.findCuts(l)
		}
		if !l.feat.ready {
			c.features(d, i)
		}
		if l.feat.empty {
			d.remove(i, l.cuts[0].rule.Category, l.cuts[0].rule.String())
			l.cuts = nil
			removed++
			continue
		}
		if b := cmp.Or(cur, ruled); b != nil && d.wrap > 0 && wrapped(last.feat.tail, l.feat.head, d.wrap, l.feat.cat != "") {
			// The rest of a hard-wrapped paragraph goes with its first
			// line, even where it would match a rule on its own.
			members = append(members, i)
			b.lines = b.lines[:len(b.lines)+1]
			if b == ruled {
				l.cat, l.rule = last.cat, last.rule
			}
			prev, last = l, l
			continue
		}
		cat, rule, hr := c.lineRule(d, i+1, l, seen)
		if cat != "" {
			b := newBlock(i)
			b.ruled, b.cat, b.heading = true, cat, hr
			b.bare = !hasAlnum(d.view(i))
			b.link = cat == Related && hr == nil && isStoryLink(d.view(i))
			l.cat, l.rule = cat, rule
			cur, ruled, last = nil, b, l
			continue
		}
		ruled = nil
		if cur != nil && continues(prev.feat.tail, l.feat.head) {
			members = append(members, i)
			cur.lines = cur.lines[:len(cur.lines)+1]
		} else {
			cur = newBlock(i)
		}
		prev, last = l, l
	}
	if len(blocks) == 0 {
		return removed
	}
	prose := measure(d, blocks)
	for _, b := range blocks {
		if !b.ruled && !b.cjk && b.words >= 3 && float64(b.words)*prose < 2 {
			// Too few words to expect two stopwords at the density of the
			// document's prose: the count says nothing either way.
			b.stop = max(b.stop, prose)
		}
	}
	lim := limitsFor(prose)
	d.next = grow(d.next, len(blocks))[:len(blocks)]
	anyGood := false
	for _, b := range blocks {
		b.initial = lim.initialClass(b)
		b.cls = b.initial
		anyGood = anyGood || b.initial == good
	}
	if !anyGood {
		// Without one good block, context would sink everything: let the
		// best prose of a thin document stand in for it, or, in a story
		// told in short sentences, the sentences.
		promoteThin(blocks, lim)
	}
	if !c.keep[Related] {
		storyIndex(d, blocks)
	}
	c.headingLists(d, blocks)
	if !c.keep[Byline] {
		authorBox(d, blocks)
		datedNames(d, blocks)
		bylineBio(d, blocks)
	}
	headlineRuns(blocks)
	c.template(d, blocks, lim)
	d.ctx = grow(d.ctx, 4*len(blocks))[:4*len(blocks)]
	revise(blocks, lim, d.next, d.ctx)
	if !c.keep[Related] {
		closingHeadlines(d, blocks)
	}
	d.wasGood = grow(d.wasGood, len(blocks))[:len(blocks)]
	rescueHeadings(blocks, d.wasGood)
	keepRepeatedHeadings(d, blocks)
	keepRepeatsInText(d, blocks, lim)
	keepHeadline(d, blocks)
	for _, b := range blocks {
		if b.ruled {
			for _, i := range b.lines {
				if !d.lines[i].removed {
					d.lines[i].removed = true
					removed++
				}
			}
			continue
		}
		if b.cls == good || c.keep[Fragment] {
			continue
		}
		for _, i := range b.lines {
			d.remove(i, Fragment, b.reason())
			removed++
		}
	}
	return removed
}

func (c *Cleaner) findCuts(l *lineState) {
	spans, rules := c.m.promoSentences(l.text)
	for k, sp := range spans {
		if c.keep[rules[k].Category] {
			continue
		}
		l.cuts = append(l.cuts, cut{from: sp[0], to: sp[1], rule: rules[k]})
	}
	// Rules report their sentences rule by rule; put them in line order.
	slices.SortStableFunc(l.cuts, func(a, b cut) int { return a.from - b.from })
	if len(l.cuts) > 0 {
		l.cutText = applyCuts(l.text, l.cuts)
	}
}

// features computes once what classification needs of line i: the verdict
// of the rules and line tests and, unless that removes the line, the counts
// of its words. A line's text no longer changes after the first pass, so
// later passes reuse them.
func (c *Cleaner) features(d *document, i int) {
	l := &d.lines[i]
	f := &l.feat
	f.ready = true
	t := d.view(i)
	if strings.TrimSpace(t) == "" {
		f.empty = true
		return
	}
	var open, closed []byte
	open, closed, d.sc.fold = foldLine(t, d.sc.fold)
	sized := phraseSized(t)
	if r := c.m.match(t, sized, open, closed, &d.sc); r != nil && !c.keep[r.Category] {
		f.cat, f.rule = r.Category, r.String()
		if r.takesList() {
			f.heading = r
		}
	} else if sized {
		switch {
		case !c.keep[Date] && isDateLine(t):
			f.cat, f.rule = Date, "structure: date or time only"
		case !c.keep[Navigation] && isSectionList(t):
			f.cat, f.rule = Navigation, "structure: list of section names"
		case !c.keep[Navigation] && isSectionMenu(closed):
			f.cat, f.rule = Navigation, "structure: menu of section names"
		case !c.keep[Navigation] && isBreadcrumb(t):
			f.cat, f.rule = Navigation, "structure: breadcrumb trail"
		}
	}
	if f.cat != "" && f.cat != Template && d.wrap == 0 {
		// The line forms a ruled block of its own on every pass, and
		// classification reads no counts of such a block. In a wrapped
		// document it may be part of a paragraph.
		return
	}
	if f.cat == "" {
		if !c.keep[Duplicate] && (len(closed) >= 24 || utf8.RuneCount(closed) >= 8 && bytes.IndexByte(closed, ' ') > 0) {
			f.key = maphash.Bytes(dupSeed, closed)
		}
		f.model = -1
		if c.model != nil && !c.keep[Template] {
			f.model = c.model.count(t, closed)
		}
	}
	f.head = strings.TrimLeft(t, " \t")
	f.tail = strings.TrimRight(t, " \t")
	r, _ := utf8.DecodeLastRuneInString(f.tail)
	f.sentEnd = isSentenceEnd(r)
	f.endsStop = isFullStop(r)
	f.endsDot = f.endsStop || r == '!' || r == '?' || r == '！' || r == '？' || r == '؟'
	f.stops = d.stopCounts(i)
	d.sc.fold = f.addText(t, d.sc.fold)
}

// dupSeed keys the hashes by which Text finds repeated lines.
var dupSeed = maphash.MakeSeed()

// lineRule applies the rule file and the built-in line tests to line
// number n. It returns the category and rule name of a match, and the rule
// itself when it is a heading. seen maps the lines met so far to their
// numbers.
func (c *Cleaner) lineRule(d *document, n int, l *lineState, seen map[uint64]int) (Category, string, *Rule) {
	f := &l.feat
	if f.cat != "" {
		return f.cat, f.rule, f.heading
	}
	if f.key != 0 {
		if first, ok := seen[f.key]; ok {
			if f.dupOf != first { // the same on every pass, mostly: build it once
				f.dupOf, f.dupRule = first, d.numbered(&d.dupRules, "structure: repeats line ", first, "")
			}
			return Duplicate, f.dupRule, nil
		}
		seen[f.key] = n
	}
	if f.model >= c.minDocs {
		return Template, d.numbered(&d.modelRules, "model: in ", f.model, " documents"), nil
	}
	return "", "", nil
}

// continues reports whether next carries on the paragraph prev, as when a
// scraper hard-wrapped it, or broke it where a link or an emphasis began
// or ended: prev does not end a sentence and next starts in lower case, or
// next starts with punctuation that closes or carries on a sentence. Both
// come trimmed of spaces and tabs.
func continues(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	p, _ := utf8.DecodeLastRuneInString(prev)
	if prev == "" {
		return false
	}
	if (p == ',' || p == ';') && unicode.IsLetter(r) && utf8.RuneCountInString(prev) >= 20 {
		return true // a clause broken at its comma, as verse and addresses are
	}
	if strings.ContainsRune(",;.:)]!?”’", r) {
		return true
	}
	if unicode.IsLetter(r) && !unicode.IsLower(r) {
		return endsInFunctionWord(prev) // "... said in a statement to" + "Reuters"
	}
	return unicode.IsLower(r) && p != '.' && p != '!' && p != '?' && p != ':'
}

// endsInFunctionWord reports whether s ends with a stopword written in lower
// case, such as "the" or "of": a sentence does not stop there. Pronouns and
// verb particles are stopwords that do end sentences and headlines
// ("verzögert sich", "the talks broke up").
func endsInFunctionWord(s string) bool {
	i := strings.LastIndexFunc(s, notWordRune)
	w := s[i+1:]
	if w == "" || len(w) > 12 || i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && stopwords[w] != 0 && !clauseEnders[w]
}

// clauseEnders are the stopwords that commonly close a clause.
var clauseEnders = map[string]bool{
	// English
	"it": true, "them": true, "him": true, "her": true, "me": true, "us": true, "you": true,
	"up": true, "out": true, "off": true, "on": true, "in": true, "down": true, "over": true,
	"back": true, "away": true, "again": true, "too": true, "this": true, "that": true,
	"there": true, "here": true, "now": true, "then": true, "all": true, "more": true,
	// German
	"sich": true, "mich": true, "dich": true, "uns": true, "euch": true, "es": true, "ihn": true,
	"ihm": true, "an": true, "auf": true, "aus": true, "ein": true, "mit": true, "zu": true,
	"vor": true, "ab": true, "nicht": true, "mehr": true, "hin": true,
	// Dutch and Scandinavian
	"zich": true, "het": true, "op": true, "uit": true, "af": true, "mee": true, "niet": true,
	"sig": true, "seg": true, "ikke": true, "inte": true, "ut": true, "upp": true, "av": true,
}

// wrapWidth returns the width at which a scraper hard-wrapped the
// document's paragraphs, or 0 when it did not. A greedy wrap leaves no line
// longer than the width unless it has no space to break at; most lines of
// more than half the width end close to it, and the line after one of
// those starts with a word that would not have fitted on it. Lines cut
// short with an ellipsis are truncated, not wrapped.
func wrapWidth(d *document, alive []int) int {
	const minWrap, maxWrap, slack = 40, 200, 12
	var hist [maxWrap + 1]int // breakable lines by length in runes
	width := 0
	for _, i := range alive {
		l := &d.lines[i]
		if l.blank {
			continue
		}
		t := strings.TrimRight(l.text, " \t")
		if !strings.Contains(strings.TrimLeft(t, " \t"), " ") || hasCJK(t) {
			// Chinese, Japanese and Thai set no space between words
			// (Thai sets one between phrases): no greedy wrap to find.
			continue
		}
		n := utf8.RuneCountInString(t)
		if n > maxWrap {
			return 0
		}
		width = max(width, n)
		if !strings.HasSuffix(t, "...") && !strings.HasSuffix(t, "…") {
			hist[n]++
		}
	}
	if width < minWrap {
		return 0
	}
	near, half := 0, 0
	for n := width / 2; n <= width; n++ {
		half += hist[n]
		if n >= width-slack {
			near += hist[n]
		}
	}
	if near < 3 || near*2 < half {
		return 0
	}
	// Lines of one paragraph each can crowd near their longest by chance;
	// a wrap also leaves no room on a line for the next line's first word.
	followed, tight := 0, 0
	for k := 1; k < len(alive); k++ {
		l, next := &d.lines[alive[k-1]], &d.lines[alive[k]]
		if l.blank || next.blank {
			continue
		}
		n := utf8.RuneCountInString(strings.TrimRight(l.text, " \t"))
		if n < width-slack || n > width {
			continue
		}
		followed++
		if !nextWordFits(n, strings.TrimLeft(next.text, " \t"), width) {
			tight++
		}
	}
	if tight*4 < followed*3 {
		return 0
	}
	return width
}

// hasCJK reports whether s holds a Chinese, Japanese or Thai character.
// Those are three bytes long in UTF-8, so only runes that start with such
// a byte are decoded.
func hasCJK(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xE0 && c < 0xF0 {
			if r, _ := utf8.DecodeRuneInString(s[i:]); isCJK(r) {
				return true
			}
		}
	}
	return false
}

// wrapped reports whether next carries on the line prev of a paragraph
// hard-wrapped at width: next's first word would not have fitted on prev.
// A short line that follows a finished sentence and does not finish one
// itself is a heading, not the end of the paragraph; a line that a rule
// matches on its own carries on only a sentence that prev leaves unfinished.
func wrapped(prev, next string, width int, ruled bool) bool {
	if nextWordFits(utf8.RuneCountInString(prev), next, width) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(prev)
	if isSentenceEnd(p) && ruled {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(next)
	return !isSentenceEnd(p) || isSentenceEnd(r) || utf8.RuneCountInString(next) >= width*3/4
}

// nextWordFits reports whether the first word of next, which starts with
// it, fits after a space on a line of prevRunes runes wrapped at width.
func nextWordFits(prevRunes int, next string, width int) bool {
	if i := strings.IndexAny(next, " \t"); i >= 0 {
		next = next[:i]
	}
	return prevRunes+1+utf8.RuneCountInString(next) <= width
}

// measure fills in the features of every block and the document language.
func measure(d *document, blocks []*block) (prose float64) {
	nl := len(languages)
	d.total = grow(d.total, nl)[:nl]
	total := d.total
	clear(total)
	d.bstops = grow(d.bstops, nl*len(blocks))[:nl*len(blocks)]
	stops := d.bstops
	clear(stops)
	allWords, parts := 0, 0
	for k, b := range blocks {
		b.stops = stops[k*nl : (k+1)*nl : (k+1)*nl]
		for _, i := range b.lines {
			f := &d.lines[i].feat
			b.size += f.size
			b.words += f.words
			b.parts += f.parts
			b.caps += f.caps
			b.lowers += f.lowers
			b.uncased += f.uncased
			b.cjk = b.cjk || f.cjk
			for k, n := range f.stops {
				b.stops[k] += n
			}
		}
		last := &d.lines[b.lines[len(b.lines)-1]].feat
		b.sentEnd, b.endsDot, b.endsStop = last.sentEnd, last.endsDot, last.endsStop
		b.colon = strings.HasSuffix(last.tail, ":")
		b.clause = strings.HasSuffix(last.tail, ";")
		if b.ruled {
			continue
		}
		allWords += b.words
		parts += b.parts
		for k, n := range b.stops {
			total[k] += int(n)
		}
	}
	lang, best := -1, 0
	for k, n := range total {
		if n > best {
			lang, best = k, n
		}
	}
	// One function word is no evidence of a language: "A" alone would
	// make a page of numbers English, and its prose wanting.
	known := best >= 2 && float64(best) >= minLangHits*float64(allWords)
	for _, b := range blocks {
		switch {
		case b.words == 0:
			b.stop = 0
		case b.cjk && parts > 0:
			b.stop = float64(b.parts) / float64(b.words)
		case b.cjk:
			b.stop = 1 // Thai, without Chinese or Japanese particles: length decides
		case !known:
			b.stop = 1 // no stopword list for this language: length decides
		default:
			b.stop = float64(b.stops[lang]) / float64(b.words)
			if b.size > lengthHigh {
				// A long paragraph in another language than the page's,
				// a quotation or a reader's comment, is measured in its own.
				b.stop = max(b.stop, float64(slices.Max(b.stops))/float64(b.words))
			}
		}
		b.titleish = !b.ruled && b.headingShape()
	}
	return proseDensity(blocks)
}

// proseDensity is the stopword density of the document's longest
// sentence-like blocks. Languages that fuse function words into their
// words (Turkish, Arabic, Finnish) or lists that cover a language thinly give
// low densities even to prose, so thresholds scale down to what the
// document's own prose reaches. A page told in short paragraphs has no long
// blocks; its sentences stand in for them, so that its thresholds are not
// those of a language with a fuller list.
func proseDensity(blocks []*block) float64 {
	var stops, words, shortStops, shortWords float64
	for _, b := range blocks {
		if b.ruled {
			continue
		}
		if b.endsDot && b.size >= 150 {
			stops += b.stop * float64(b.words)
			words += float64(b.words)
		}
		if (b.size >= 60 || b.endsDot && b.words >= 4) && !b.titleish {
			shortStops += b.stop * float64(b.words)
			shortWords += float64(b.words)
		}
	}
	if words < 40 {
		if shortWords < 30 {
			return 1
		}
		return shortStops / shortWords
	}
	return stops / words
}

// addText counts the words of one line; buf is scratch space, returned
// for reuse.
func (f *lineFeat) addText(s string, buf []byte) []byte {
	// A word is a run of word characters, s[start:i]. Most are ASCII and
	// are looked up in place; a run with other letters (wide) is lowered
	// into buf first.
	nonASCII, cjk, parts, wordRunes := 0, 0, 0, 0
	start, inWord, upper, uncased, wide := 0, false, false, false, false
	flush := func(end int) {
		inWord = false
		if !wide {
			f.count(end-start, upper, false, stopIndex.lookupASCII(s, start, end))
			return
		}
		buf = appendLower(buf[:0], s[start:end])
		f.count(len(buf), upper, uncased, stopIndex.lookup(buf))
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			k := wordByte[c]
			if k == 0 {
				if inWord {
					flush(i)
				}
				i++
				continue
			}
			if !inWord {
				start, inWord, upper, uncased, wide = i, true, k == wordUpper, false, false
			}
			// The rest of an ASCII run, in one go.
			for i++; i < len(s) && wordByte[s[i]] != 0; i++ {
			}
			if !wide && (i == len(s) || s[i] < utf8.RuneSelf) {
				// The common case, a whole ASCII word, without a call.
				inWord = false
				f.count(i-start, upper, false, stopIndex.lookupASCII(s, start, i))
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		nonASCII += n
		switch {
		case isCJK(r):
			if inWord {
				flush(i)
			}
			cjk++
			if isParticle(r) {
				parts++
			}
		case isWordRune(r):
			wordRunes++
			if !inWord {
				start, inWord, upper = i, true, unicode.IsUpper(r)
				uncased = !upper && !unicode.IsLower(r) && unicode.IsLetter(r)
			}
			wide = true
		default:
			wordRunes++
			if inWord {
				flush(i)
			}
		}
		i += n
	}
	if inWord {
		flush(len(s))
	}
	// Every ASCII byte and every other rune but CJK counts one.
	latin := len(s) - nonASCII + wordRunes
	f.size += latin + cjkWeight*cjk
	if cjk > latin {
		// Mostly CJK: count characters as words, particles as stopwords,
		// scaled so that ordinary prose meets the same thresholds.
		f.words += cjk
		f.parts += 2 * parts
		f.cjk = true
	}
	return buf
}

// count adds a word of n bytes, lowered, to the counts; upper says it
// starts with a capital, uncased with a letter of a script without case,
// mask gives the languages it is a stopword of.
func (f *lineFeat) count(n int, upper, uncased bool, mask uint32) {
	if n >= 4 {
		if upper {
			f.caps++
		} else {
			f.lowers++
		}
		if uncased {
			f.uncased++
		}
	}
	f.words++
	for ; mask != 0; mask &= mask - 1 {
		f.stops[bits.TrailingZeros32(mask)]++
	}
}

// wordByte sorts ASCII bytes for counting words: not part of a word (0),
// part of one, or an upper-case letter.
var wordByte = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = wordUpper
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'':
			t[c] = wordOther
		}
	}
	return t
}()

const (
	wordOther = 1 + iota
	wordUpper
)

// appendLower appends s in lower case, rune by rune.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// limits are the stopword thresholds for one document.
type limits struct{ low, high float64 }

func limitsFor(prose float64) limits {
	return limits{low: min(stopLow, 0.55*prose), high: min(stopHigh, 0.7*prose)}
}

func (t limits) initialClass(b *block) class {
	switch {
	case b.ruled:
		return bad
	case b.size < lengthLow:
		return short
	case b.stop >= t.high && (b.size > lengthHigh || b.endsDot && b.words >= 15):
		return good
	case b.stop >= t.low && b.size > lengthHigh && b.endsDot:
		return good // running prose; plain text has no link density to doubt it
	case b.stop >= t.low:
		return nearGood
	case b.size >= lengthLow && b.endsStop && b.words >= 8:
		// A sentence that stops, poor in listed function words: Turkish,
		// Arabic or Hungarian prose, or a reader's comment in another
		// language than the page's. Context decides, as for middling text.
		return nearGood
	}
	return bad
}

// promoteThin makes good the near-good blocks of a document without good
// text that end like sentences, or, if there are none, its short blocks
// that read as sentences.
func promoteThin(blocks []*block, lim limits) {
	// Thai ends a sentence with a space, not a mark: in a Thai document
	// without one mark, any near-good block will do.
	unmarked := !slices.ContainsFunc(blocks, func(b *block) bool { return !b.ruled && b.sentEnd })
	promoted := false
	for _, b := range blocks {
		if b.initial == nearGood && (b.sentEnd || unmarked && b.cjk) {
			b.initial, b.cls, promoted = good, good, true
		}
	}
	if promoted {
		return
	}
	for _, b := range blocks {
		if b.initial == short && b.sentence(lim) {
			b.initial, b.cls = good, good
		}
	}
}

// neighbours returns, for every block, the class of the nearest block
// before it and after it that is not short (nor near-good when skipNear),
// or bad at the document's edge. One sweep each way keeps this linear in
// long runs of short blocks.
func neighbours(blocks []*block, skipNear bool, prev, next []class) {
	c := bad
	for i, b := range blocks {
		prev[i] = c
		if b.cls != short && !(skipNear && b.cls == nearGood) && !b.aside() {
			c = b.cls
		}
	}
	c = bad
	for i := len(blocks) - 1; i >= 0; i-- {
		next[i] = c
		if b := blocks[i]; b.cls != short && !(skipNear && b.cls == nearGood) && !b.aside() {
			c = b.cls
		}
	}
}

// meta reports whether a block is a date, byline, dateline or advertisement
// marker that a rule removed, or a bullet or separator line. Such lines sit inside articles and comments
// as often as outside them, so they say nothing about their neighbours and
// context looks past them, as jusText looks past short blocks.
func (b *block) meta() bool {
	return b.ruled && b.heading == nil && (b.bare || b.cat == Date || b.cat == Byline || b.cat == Dateline || b.cat == Ad)
}

// aside reports whether context looks past a block: a meta line, or a
// line that repeats an earlier one, whose verdict is about the repeat and
// not about the text around it.
func (b *block) aside() bool {
	return b.meta() || b.ruled && (b.cat == Duplicate || b.link && len(b.lines) == 1)
}

// isStoryLink reports whether a line links another story by its headline
// after a label and a colon or a bracket ("Read also: <headline>",
// "【関連記事】<headline>"). Sites set such links between the paragraphs of
// an article as often as after it, so, like meta lines, they say nothing
// about their neighbours; "More from BostonWorks" is a heading, not a link.
func isStoryLink(s string) bool {
	i := strings.IndexAny(s, ":：】]»›|")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return utf8.RuneCountInString(strings.TrimSpace(s[i+n:])) >= 12
}

// closes reports whether block i reads as a sentence that carries on the
// good paragraph straight before it, or with only meta lines and in-text
// story links between; cls holds the verdicts so far.
func closes(blocks []*block, cls []class, i int, lim limits) bool {
	b := blocks[i]
	j := i - 1
	for j >= 0 && blocks[j].aside() {
		j--
	}
	return j >= 0 && cls[j] == good && b.endsDot && (b.words >= 4 || b.words == 3 && b.endsStop) && b.stop >= lim.low/2
}

// sentence reports whether a short block reads as a sentence of running
// text, not as a label: it ends like one and most of its words are in
// lower case (Chinese and Japanese have no case).
func (b *block) sentence(lim limits) bool {
	if b.cjk && b.endsStop {
		// "。" closes only sentences, and a short one may hold no particle.
		return b.words >= 4
	}
	return b.statement(lim) && (b.lowers > b.caps || b.cjk)
}

// statement reports whether a block ends like a sentence of four words or
// more, with at least half the function words of middling text: too few
// to pass alone, enough for context to vouch for it.
func (b *block) statement(lim limits) bool {
	return b.endsDot && b.words >= 4 && b.stop >= lim.low/2
}

// revise is jusText's context step: short blocks take the class of their
// surroundings, near-good blocks stay unless boilerplate surrounds them.
// next and ctx hold len(blocks) and 4*len(blocks) classes of scratch space.
func revise(blocks []*block, lim limits, next, ctx []class) {
	n := len(blocks)
	prevFar, nextFar, prevNear, nextNear := ctx[:n], ctx[n:2*n], ctx[2*n:3*n], ctx[3*n:]
	neighbours(blocks, true, prevFar, nextFar)
	neighbours(blocks, false, prevNear, nextNear)
	listed := false // the blocks so far are a list that kept text introduced
	for i, b := range blocks {
		next[i] = b.cls
		if b.cls != short || b.ruled && !b.aside() {
			listed = false
		}
		if b.cls == bad && !b.ruled && !b.inList && b.statement(lim) &&
			(b.size < lengthHigh && closes(blocks, next, i, lim) || prevNear[i] == good && nextNear[i] == good) {
			// A sentence too sparse in function words to pass alone, but
			// carrying on the paragraph above or set between two.
			next[i] = good
			continue
		}
		if b.cls != short {
			continue
		}
		p, n := prevFar[i], nextFar[i]
		switch {
		case p == good && n == good:
			next[i] = good
		case p == bad && n == bad:
			next[i] = bad
		case (p == bad && prevNear[i] == nearGood) || (n == bad && nextNear[i] == nearGood):
			next[i] = good
		case p == good && closes(blocks, next, i, lim):
			next[i] = good // a closing sentence of the article
		case p == good && (listed || b.clause || i > 0 && blocks[i-1].colon && (next[i-1] == good || next[i-1] == nearGood && prevFar[i-1] == good)):
			next[i], listed = good, true // an item of a list the text introduces
		case (p == good || n == good) && b.sentence(lim):
			next[i] = good // an item of a list set in the text
		default:
			next[i], listed = bad, false
		}
	}
	for i, b := range blocks {
		b.cls = next[i]
	}
	// A short sentence that kept text encloses is part of it, however many
	// capitals it holds (names of places, German nouns).
	neighbours(blocks, false, prevNear, nextNear)
	for i, b := range blocks {
		if b.initial == short && b.cls == bad && prevNear[i] == good && nextNear[i] == good && b.statement(lim) {
			next[i] = good
		}
	}
	neighbours(blocks, true, prevFar, nextFar)
	for i, b := range blocks {
		if b.cls != nearGood {
			continue
		}
		if prevFar[i] == bad && nextFar[i] == bad {
			next[i] = bad
		} else {
			next[i] = good
		}
	}
	for i, b := range blocks {
		b.cls = next[i]
	}
}

// goodText returns the size of the blocks first classed good: of all of
// them, or with cjk of those in Chinese or Japanese only.
func goodText(blocks []*block, cjk bool) int {
	size := 0
	for _, b := range blocks {
		if b.initial == good && (b.cjk || !cjk) {
			size += b.size
		}
	}
	return size
}

// headlineRuns marks runs of short title-case lines, such as sidebar lists
// of books, posts or sections, or of Chinese or Japanese section names,
// as boilerplate whatever surrounds them:
// article text seldom runs to several title-case lines in a row, while
// without link density a list between two paragraphs would pass for text.
func headlineRuns(blocks []*block) {
	cjkText := goodText(blocks, true)*2 > goodText(blocks, false)
	start, n := 0, 0
	flush := func(end int) {
		if n >= minHeadlineRun {
			for _, b := range blocks[start:end] {
				if !b.ruled {
					b.initial, b.cls, b.inList = bad, bad, true
				}
			}
		}
		n = 0
	}
	for i, b := range blocks {
		if b.ruled {
			continue
		}
		if b.initial != good && b.titleish && (b.caps >= 2 && b.caps*10 >= 6*(b.caps+b.lowers) || cjkText && b.menuWord()) {
			if n == 0 {
				start = i
			}
			n++
			continue
		}
		flush(i)
	}
	flush(len(blocks))
}

// menuWord reports whether a block is a word or two of Chinese or
// Japanese, as menus of those scripts list their sections: they have no
// capitals to show them. On a page in another language, such lines are
// names the text lists.
func (b *block) menuWord() bool {
	return b.cjk && b.size <= maxMenuWord*cjkWeight && !b.sentEnd
}

const maxMenuWord = 4 // CJK characters

// closingHeadlines removes a list of headlines that closes a document
// after its kept text, with nothing but ruled lines after it: three or more
// lines of a headline's shape and of four words or more. Sites set their
// "more stories" lists there without a heading as often as with one, and
// headlines in languages that write them in sentence case escape
// headlineRuns.
func closingHeadlines(d *document, blocks []*block) {
	end := len(blocks)
	for end > 0 && blocks[end-1].ruled {
		end--
	}
	start := end
	for start > 0 {
		b := blocks[start-1]
		if b.ruled || !b.headlineShaped() || b.words < 4 || b.sentEnd {
			break
		}
		start--
	}
	if end-start < 3 || start == 0 || blocks[start-1].cls != good || !blocks[start-1].endsDot {
		return
	}
	for _, b := range blocks[start:end] {
		b.markRuled(d, Related, "structure: headlines after the text")
	}
}

// rescueHeadings keeps a title or heading: a headline-like block that leads,
// through at most one more such block, to good text.
// wasGood holds len(blocks) bools of scratch space.
func rescueHeadings(blocks []*block, wasGood []bool) {
	// A line of a headline list is rescued only right before the text it
	// heads, or a rescued line would vouch for the one before it, and so
	// on up the whole list.
	for i, b := range blocks {
		wasGood[i] = b.cls == good && !b.ruled
	}
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if b.cls == good || !b.titleish {
			continue
		}
		for j, hops := i+1, 0; j < len(blocks) && hops < 2; j++ {
			n := blocks[j]
			if n.ruled && n.heading == nil {
				continue
			}
			if b.inList {
				if wasGood[j] {
					b.cls = good
				}
				break
			}
			if n.cls == good && !n.ruled {
				b.cls = good
				break
			}
			if !n.titleish {
				break
			}
			hops++
		}
	}
}

// keepHeadline keeps the headline of the article: the nearest
// headline-like block before its first run of good paragraphs, as jusText
// keeps a heading that good text follows closely. Pages set the headline
// among their section lists, or repeat it in a list of the latest stories,
// so a line of such a list or a repeated line qualifies; a line a rule
// named as chaff does not. Between the two may stand dates, bylines and a
// few short lines (a source, "Print"), up to headlineReach characters,
// and one summary paragraph set apart from the text by a label. A
// caption echoes the text too: one that a credit follows is passed over,
// and one under the date gets the headline over the date for company.
func keepHeadline(d *document, blocks []*block) {
	start := firstRun(blocks)
	if start < 0 {
		return
	}
	var lead []uint64
	looked, nearest, reach, hops, widgets := false, true, 0, 0, 0
	found, dated, summarised := false, false, false
	for i, b := range slices.Backward(blocks[:start]) {
		if b.meta() {
			dated = dated || found && b.cat != Ad
			continue
		}
		if b.cat == Duplicate && originalKept(d, blocks, b) {
			return // the text has its heading already, higher up
		}
		if b.headline() && !credited(blocks, i) {
			if !looked {
				lead, looked = leadStems(d, blocks[start:]), true
			}
			if found && dated {
				// Over the date, a headline echoes its text more than
				// once; a line of tags starts in lower case.
				if shared, _ := sharedStems(d, b, lead); shared >= 2 && startsUpper(d.view(b.lines[0])) {
					b.claim(d)
				}
				return
			}
			if !found && (echoes(d, b, lead, nearest) || b.cjk && nearest && echoesCJK(d, b, blocks[start:])) {
				b.claim(d)
				claimStandfirst(d, blocks[i+1:start], blocks[start:])
				// A caption under the date may echo the text as well as
				// the headline over it: look on past the date once.
				found, reach, hops, widgets = true, 0, 0, 0
				continue
			}
			nearest = false
		}
		if b.cls == good && !b.ruled && !b.titleish {
			// A summary may stand between the headline and its text,
			// apart from it by a label ("Summary", "Details").
			if found || summarised || b.size > headlineReach*2 {
				return // text above, not a heading
			}
			summarised = true
			continue
		}
		// Ruled lines have no size counted: bound their number too. Share
		// and follow buttons come in rows of many short lines.
		if b.ruled && !b.headlineShaped() {
			if widgets++; widgets > headlineWidgets {
				return
			}
			continue
		}
		if reach += b.size; reach > headlineReach || hops == headlineHops {
			return
		}
		hops++
	}
}

// claimStandfirst keeps the standfirst under a headline that a list took:
// the first line below it, if a sentence of minLeadWords or more words
// sharing two with the text. A standfirst sums up the whole story, so the
// whole text is searched, not just its lead.
func claimStandfirst(d *document, below, text []*block) {
	for _, b := range below {
		if b.meta() {
			continue
		}
		if b.listed && b.words >= minLeadWords && startsUpper(d.view(b.lines[0])) && echoesText(d, b, text, 2) {
			b.claim(d)
		}
		return
	}
}

// echoesText reports whether at least n of the longer words of h's first
// line recur in the good text of blocks.
func echoesText(d *document, h *block, blocks []*block, n int) bool {
	want := slices.Collect(stems(d.view(h.lines[0])))
	shared := 0
	for _, b := range blocks {
		if b.ruled || b.cls != good {
			continue
		}
		for _, i := range b.lines {
			for k := range stems(d.view(i)) {
				if j := slices.Index(want, k); j >= 0 {
					if shared++; shared == n {
						return true
					}
					want = slices.Delete(want, j, j+1)
				}
			}
		}
	}
	return false
}

// credited reports whether a photo credit follows blocks[i]: then it is a
// caption, however much it has in common with the text.
func credited(blocks []*block, i int) bool {
	return i+1 < len(blocks) && blocks[i+1].ruled && blocks[i+1].cat == Credit
}

// leadStems returns the stems of the longer words of the first paragraphs
// of text, some echoSpan bytes, sorted, in the document's scratch space.
func leadStems(d *document, text []*block) []uint64 {
	// Later passes mostly find the same text: reuse what the last one found.
	from := text[0].lines[0] + 1
	if d.leadFrom == from {
		return d.lead
	}
	d.leadFrom = from
	keys, size := d.lead[:0], 0
	for _, b := range text {
		if b.ruled || b.cls != good || b.titleish {
			continue
		}
		for _, i := range b.lines {
			t := d.view(i)
			for k := range stems(t[:min(len(t), echoSpan-size)]) {
				keys = append(keys, k)
			}
			if size += len(t); size >= echoSpan {
				break
			}
		}
		if size >= echoSpan {
			break
		}
	}
	slices.Sort(keys)
	d.lead = keys
	return keys
}

// echoes reports whether the text, given by the stems of its lead, takes
// up the words of headline h: at least half of its longer words, cut to
// their first letters so that "rebels" meets "rebel". A headline
// announces what the text tells; a blog's name, a link to the previous
// post or "Advertise with us" do not.
func echoes(d *document, h *block, lead []uint64, nearest bool) bool {
	shared, words := sharedStems(d, h, lead)
	if nearest {
		// Headlines paraphrase their story: with nothing but short lines
		// between, one word in common does.
		return shared > 0
	}
	return shared > 0 && shared*2 >= words
}

// sharedStems counts the stems of h's words, and those of them in lead.
func sharedStems(d *document, h *block, lead []uint64) (shared, words int) {
	for k := range stems(d.view(h.lines[0])) {
		words++
		if _, ok := slices.BinarySearch(lead, k); ok {
			shared++
		}
	}
	return shared, words
}

// claim keeps b as the article's headline.
func (b *block) claim(d *document) {
	if b.ruled {
		b.unmark(d)
	}
	b.cls = good
}

// echoesCJK reports whether a Chinese or Japanese headline shares two
// pairs of characters with the start of the text, which has no spaces to
// cut words at.
func echoesCJK(d *document, h *block, text []*block) bool {
	var lead strings.Builder
	for _, b := range text {
		if b.ruled || b.cls != good {
			continue
		}
		for _, i := range b.lines {
			lead.WriteString(d.view(i))
		}
		if lead.Len() >= echoSpan {
			break
		}
	}
	t, shared := lead.String(), 0
	var prev rune
	for _, r := range d.view(h.lines[0]) {
		if isCJK(r) && isCJK(prev) && strings.Contains(t, string([]rune{prev, r})) {
			if shared++; shared == 2 {
				return true
			}
		}
		prev = r
	}
	return false
}

// stems yields a key for each word of four letters or more of s: a hash
// of its first five letters in lower case.
func stems(s string) iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		var buf [32]byte // longer than any stopword
		for i := 0; i < len(s); {
			n, stem, letters, start := 0, 0, 0, i
			for i < len(s) {
				r, size := rune(s[i]), 1
				if r < utf8.RuneSelf {
					if wordByte[r] == 0 {
						break
					}
					if 'A' <= r && r <= 'Z' {
						r += 'a' - 'A'
					}
				} else {
					r, size = utf8.DecodeRuneInString(s[i:])
					if !isAlnum(r) {
						break
					}
					r = unicode.ToLower(r)
				}
				if n+utf8.RuneLen(r) <= len(buf) {
					n += utf8.EncodeRune(buf[n:], r)
				}
				if letters++; letters == 5 {
					stem = n
				}
				i += size
			}
			if letters < 5 {
				stem = n
			}
			// Function words ("with", "that", "über") say nothing of
			// what a headline is about.
			if letters >= 4 && stopwords[string(buf[:n])] == 0 && !yield(maphash.Bytes(dupSeed, buf[:stem])) {
				return
			}
			if i == start { // not a word character: step over it
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			}
		}
	}
}

// echoSpan is how much of the text, in bytes, a headline's words are
// looked for in.
const echoSpan = 400

// keepRepeatedHeadings keeps a heading that repeats an earlier line when
// good text follows it and the line it repeats goes: pages show the title
// of a text in their section lists or page title too, and the repeat that
// heads the text is the one to keep.
func keepRepeatedHeadings(d *document, blocks []*block) {
	for i, b := range blocks {
		if b.cat != Duplicate || !b.headline() || !leadsToText(blocks[i+1:]) {
			continue
		}
		if !originalKept(d, blocks, b) {
			b.unmark(d)
			b.cls, b.titleish = good, true
		}
	}
}

// keepRepeatsInText keeps a line that repeats an earlier one when
// paragraphs of kept text stand on both sides of it: listings that share a
// sentence or a field ("Job type: Full time"), or a reply quoting what it
// answers, are text whose repeats belong to it, while a repeated label or
// teaser stands among boilerplate.
func keepRepeatsInText(d *document, blocks []*block, lim limits) {
	for i, b := range blocks {
		// A long line must read as prose; a short one may be a field.
		if b.cat != Duplicate || lim.prose(b) == bad && b.size >= lengthLow {
			continue
		}
		// A repeated heading must stand between paragraphs: a title
		// repeated under itself or under its subtitle is still a repeat.
		// (Ruled blocks are never titleish: ask the punctuation.)
		heading := !b.endsStop
		if keptNear(slices.Backward(blocks[:i]), heading) && keptNear(slices.All(blocks[i+1:]), heading) {
			b.unmark(d)
			b.initial, b.cls = good, good
		}
	}
}

// keptNear reports whether the first block of seq that context does not
// look past is kept text, and when prose is set, not a heading. It looks
// no further than maxListRun blocks, so that a wall of repeats costs
// linear time.
func keptNear(seq iter.Seq2[int, *block], prose bool) bool {
	n := 0
	for _, b := range seq {
		if n++; n > maxListRun {
			return false
		}
		if !b.aside() {
			return !b.ruled && b.cls == good && !(prose && b.titleish)
		}
	}
	return false
}

// originalKept reports whether the line that block b repeats is kept.
func originalKept(d *document, blocks []*block, b *block) bool {
	first := d.lines[b.lines[0]].feat.dupOf - 1
	k, found := slices.BinarySearchFunc(blocks, first, func(b *block, line int) int { return b.lines[0] - line })
	return !found || !blocks[k].ruled && blocks[k].cls == good
}

// leadsToText reports whether the first block of blocks that is not a
// date, byline or marker is good text.
func leadsToText(blocks []*block) bool {
	for _, b := range blocks {
		if !b.meta() {
			return !b.ruled && b.cls == good
		}
	}
	return false
}

// headlineReach is how far, in characters, a headline may stand above the
// text it heads.
const headlineReach = 200

// headlineHops is the most blocks, dates, bylines and buttons aside,
// between a headline and its text.
const headlineHops = 5

// headlineWidgets is the most ruled lines, such as share buttons, between
// a headline and its text.
const headlineWidgets = 12

// firstRun returns the index of the first good paragraph that another
// follows, not counting ruled blocks between, or -1.
func firstRun(blocks []*block) int {
	prev := -1
	for i, b := range blocks {
		if b.ruled {
			continue
		}
		if b.cls == good && !b.titleish {
			if prev >= 0 {
				return prev
			}
			prev = i
			continue
		}
		prev = -1
	}
	return -1
}

// headline reports whether a block could be a headline: a line of a few
// words that does not end in a full stop, removed, if at all, only as a
// line of a list or as a repeat.
func (b *block) headline() bool {
	if b.ruled && !b.listed && b.cat != Duplicate {
		return false
	}
	// Scripts without case (Chinese, Korean, Hindi, Arabic) count neither.
	return b.headlineShaped() && b.words >= 4 && (b.caps > 0 || b.uncased*2 > b.lowers || b.cjk)
}

// unmark takes back a rule's verdict on a block.
func (b *block) unmark(d *document) {
	b.ruled, b.listed, b.cat = false, false, ""
	for _, i := range b.lines {
		d.lines[i].cat, d.lines[i].rule = "", ""
	}
}

// headingLists removes the headline list after a "Related", "Most read" or
// "Comments" heading: the short and middling blocks up to the next good one.
// A single line straight before good text is kept, being more likely the
// next title than a list, and so is the last headline of a longer list that
// runs into good text (see spareTitle). A comment heading late in the document ends the
// article: everything after it goes, and so it does earlier when a thread of
// comments follows it. So does a related-stories heading or
// an author box, unless running prose follows it: the article going on
// past a box set into it.
func (c *Cleaner) headingLists(d *document, blocks []*block) {
	goodSize, total := 0, goodText(blocks, false)
	for i := 0; i < len(blocks); i++ {
		h := blocks[i]
		if h.initial == good {
			goodSize += h.size
		}
		if h.heading == nil {
			continue
		}
		cat := h.heading.Category
		why := h.heading.after
		if goodSize > 0 && (cat == Comment && (goodSize*10 >= total*6 || goodSize*10 >= total*threadShare && thread(d, blocks[i+1:])) ||
			(cat == Related || cat == Byline) && goodSize*100 >= total*relatedEnd && !proseFollows(blocks[i+1:])) {
			for _, b := range blocks[i+1:] {
				b.markRuled(d, cat, why)
			}
			return
		}
		if cat == Comment && goodSize*100 < total*relatedEnd {
			// A comment count by the headline links to comments further
			// down: what follows it is the article.
			continue
		}
		// Under a related-stories heading after the article, a list that
		// alternates headline and summary, after a headline or two, takes
		// the summaries too. Other lists stop at the first good text.
		alternating := cat == Related && goodSize*100 >= total*relatedEnd
		summaryNext, summaries := false, 0
		headline := func(shaped bool) { // two in a row break the alternation, once it has begun
			alternating = alternating && shaped && (!summaryNext || summaries == 0)
			summaryNext = true
		}
		var run []*block
		j, first := i+1, 0
		for ; j < len(blocks) && len(run) < maxListRun; j++ {
			b := blocks[j]
			if b.ruled && b.heading != nil {
				break // the next heading takes the list from here
			}
			if b.ruled {
				if b.headlineShaped() { // a headline repeated from higher up
					headline(true)
				}
				continue
			}
			if b.initial == good {
				if !alternating || !summaryNext || !teaser(d, blocks, j, summaries == 0) {
					break
				}
				summaryNext = false
				summaries++
			} else if !b.titleish && b.size > 150 {
				break
			} else {
				headline(b.titleish)
			}
			if len(run) == 0 {
				first = j
			}
			run = append(run, b)
		}
		// A label of one link inside the text takes that link's headline.
		single := h.heading.Kind == LabelRule && goodSize > 0 && len(run) == 1 && run[0].words >= 4 &&
			j < len(blocks) && blocks[j].initial == good
		if len(run) == 1 && j < len(blocks) && !blocks[j].ruled && run[0].titleish && !single {
			// Headings up to that line would find the same run: skip
			// them, or a wall of headings costs quadratic time.
			i = first
			continue
		}
		if j < len(blocks) && blocks[j].initial == good && !single {
			run = spareLead(run)
			// A list set inside running text has no title under it.
			if cat != Related || goodSize == 0 || !proseFollows(blocks[j:]) {
				run = spareTitle(run)
			}
			if cat == Byline && blurb(blocks, i, j, total) {
				run = append(run, blocks[j])
			}
		}
		for _, b := range run {
			b.markRuled(d, cat, why)
			b.listed = true
		}
		i = j - 1
	}
}

// teaser reports whether blocks[j], good text right under a headline in
// a list of stories, is the story's summary: one short paragraph of one or
// two sentences, followed by the next headline or other text that is not
// good, or by the end of the list. For the first summary of a list, the
// text that follows must not be a subheading over paragraphs.
func teaser(d *document, blocks []*block, j int, first bool) bool {
	b := blocks[j]
	if b.words > maxTeaserWords || !b.sentEnd || b.sentences(d) > 2 {
		return false
	}
	for k, n := range blocks[j+1:] {
		if !n.ruled {
			// Before a list has shown a summary, a subheading with
			// paragraphs under it is the article going on.
			return n.initial != good && (!first || !paragraphsOpen(blocks[j+k+2:]))
		}
		if n.heading != nil || n.headlineShaped() {
			return true
		}
	}
	return true
}

// storyIndex removes the stories of a section front or a home page: a
// page whose only good text is summaries, each right under its headline
// and sharing a word with it, among more headlines without one, and about
// different things. An article's paragraphs seldom sit one by one between
// headings, and when they do, as in a list of tips, they share its subject.
func storyIndex(d *document, blocks []*block) {
	stories := d.stories[:0] // each story's headline and summary, by block index
	defer func() { d.stories = stories }()
	n, headlines := 0, 0 // summaries not shaped as headlines; headlines
	for i, b := range blocks {
		head := b.storyHeadline()
		if head {
			headlines++
		}
		if b.ruled || b.initial != good && b.initial != nearGood {
			continue
		}
		if h, ok := summary(d, blocks, i); ok {
			stories = append(stories, [2]int{h, i})
			if !head {
				n++
			}
		} else if b.initial == good {
			return
		}
	}
	if n < minStoryIndex || headlines < 2*n {
		return
	}
	// Words are compared among the first stories only: enough to tell
	// one subject from many, in bounded time.
	var words [][]string // the topic words of each story's headline and summary
	echoes := 0
	for _, st := range stories[:min(len(stories), maxStoryCompare)] {
		head := topicWords(d.view(blocks[st[0]].lines[0]), nil)
		sum := slices.Clip(head)
		for _, l := range blocks[st[1]].lines {
			sum = topicWords(d.view(l), sum)
		}
		if shareWord(sum[len(head):], head) {
			echoes++
		}
		words = append(words, sum)
	}
	m := len(words)
	if echoes*3 < m*2 {
		return
	}
	related := 0
	for i, a := range words {
		for _, b := range words[i+1:] {
			if shareWord(a, b) {
				related++
			}
		}
	}
	if related*5 > m*(m-1)/2*2 { // over two in five pairs share a subject
		return
	}
	for _, st := range stories {
		for _, k := range st {
			blocks[k].markRuled(d, Related, "structure: headline and summary of a story in a list")
		}
	}
}

// summary reports whether blocks[i] is a story's summary under its
// headline, and returns the headline's index. A date or a byline may stand
// between them.
func summary(d *document, blocks []*block, i int) (int, bool) {
	h := i - 1
	for h >= 0 && blocks[h].ruled && (blocks[h].cat == Date || blocks[h].cat == Byline) {
		h--
	}
	if h < 0 || !blocks[h].storyHeadline() {
		return 0, false
	}
	return h, teaser(d, blocks, i, false)
}

// shareWord reports whether the word lists a and b have a word in common.
func shareWord(a, b []string) bool {
	return slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) })
}

// topicWords appends to dst the words of s that are not stopwords, of
// five letters or more, cut to their first five letters and lower-cased,
// so that "genetic" and "genetics" meet.
func topicWords(s string, dst []string) []string {
	const stem = 5
	for w := range strings.FieldsFuncSeq(s, notWordRune) {
		if utf8.RuneCountInString(w) < stem {
			continue
		}
		lw := strings.ToLower(w)
		if stopwords[lw] != 0 {
			continue
		}
		dst = append(dst, string([]rune(lw)[:stem]))
	}
	return dst
}

// headingShape reports whether a block is as short as a heading and does
// not end with a full stop: headlines may ask or exclaim, but seldom stop.
func (b *block) headingShape() bool {
	return b.size <= headingMax && !b.endsStop && (b.words >= 2 || b.size >= 12)
}

// headlineShaped reports whether a block, ruled or not, is one line of a
// heading's shape.
func (b *block) headlineShaped() bool { return len(b.lines) == 1 && b.headingShape() }

// storyHeadline reports whether a block may head a story in a list:
// headline shaped, and ruled (a repeat of a headline higher up) or not good
// text.
func (b *block) storyHeadline() bool { return b.headlineShaped() && (b.ruled || b.initial != good) }

// sentences counts the sentences of a block, as sentences does.
func (b *block) sentences(d *document) int {
	n := 1
	for k, i := range b.lines {
		n += sentences(d.view(i)) - 1
		if k > 0 {
			p, _ := utf8.DecodeLastRuneInString(d.lines[b.lines[k-1]].feat.tail)
			r, _ := utf8.DecodeRuneInString(d.lines[i].feat.head)
			if isSentenceEnd(p) && unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}

// sentences counts the sentences of a paragraph: the breaks after a full
// stop, question or exclamation mark, and any closing quotes, where the
// next word starts in upper case.
func sentences(s string) int {
	n := 1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != '.' && r != '?' && r != '!' {
			continue
		}
		j := i
		for j < len(s) && strings.IndexByte("\"')”’»", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] == ' ' {
			if next, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsUpper(next) {
				n++
			}
		}
	}
	return n
}

// blurb reports whether blocks[j], the good text an author or about
// heading at blocks[i] runs into, is a profile: one paragraph right under
// the heading, small beside the page's text, and set apart from any text
// after it by a rule's line or a label of a few words, or by several
// blocks without good text. Sidebars set a blogger's or a site's
// self-description so under "About me"; a section of the article runs on.
func blurb(blocks []*block, i, j, goodTotal int) bool {
	b := blocks[j]
	if j-i > 3 || b.size*4 > goodTotal {
		return false
	}
	if j+1 < len(blocks) {
		if n := blocks[j+1]; n.ruled && !n.meta() || n.initial == short && n.words <= maxLabelWords && !n.sentEnd {
			return true
		}
	}
	for _, n := range blocks[j+1 : min(len(blocks), j+1+blurbGap)] {
		if n.initial == good {
			return false
		}
	}
	return true
}

// thread reports whether the blocks after a comment heading open a thread
// of comments: two lines that introduce a commenter ("Jane wrote:") among
// the first maxListRun.
func thread(d *document, blocks []*block) bool {
	n := 0
	for _, b := range blocks[:min(len(blocks), maxListRun)] {
		if len(b.lines) == 1 && !b.ruled && isCommenterLine(d.view(b.lines[0])) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// spareLead leaves out of a heading's list its last line when that is a
// sentence of some length straight before good text: the article's lead,
// set apart from the rest as a standfirst. Headlines seldom end in a full
// stop.
func spareLead(run []*block) []*block {
	if k := len(run) - 1; k >= 0 && run[k].initial == nearGood && run[k].endsStop && run[k].words >= minLeadWords {
		return run[:k]
	}
	return run
}

// minLeadWords is the fewest words of a lead that spareLead leaves out.
const minLeadWords = 12

// spareTitle takes out of a headline list that runs into good text the
// last headline before it, passing over the labels of a word or three (a
// source, "Print") between them: that headline is the title of the text,
// which pages put under their section lists. It returns what is left.
func spareTitle(run []*block) []*block {
	k := len(run) - 1
	for k >= 0 && run[k].words < 4 {
		k--
	}
	if k < 0 || !run[k].titleish {
		return run
	}
	return append(run[:k], run[k+1:]...)
}

// authorBox removes an author's box: a name on a line of its own, then a
// paragraph that starts with that name and goes on in lower case ("Jane
// Smith is a reporter who …"), after half of the article. A page with
// several such pairs is a list of people (speakers, panellists), which is
// text, and keeps them; so is a pair whose surname the article's good
// text names before it: the person is its subject, and the pair a section
// about them.
func authorBox(d *document, blocks []*block) {
	total, seen := goodText(blocks, false), 0
	var name, bio *block
	var surname string
	var before []*block
	for i, b := range blocks[:max(0, len(blocks)-1)] {
		if b.initial == good {
			seen += b.size
		}
		n := blocks[i+1]
		if b.ruled || n.ruled || seen*2 < total {
			continue
		}
		who := d.lines[b.lines[0]].feat.tail
		if !isName(b, who) {
			continue
		}
		if t := d.lines[n.lines[0]].feat.head; n.size >= 100 && n.endsDot && strings.HasPrefix(t, who+" ") && startsLower(t[len(who)+1:]) {
			if name != nil {
				return
			}
			name, bio, before = b, n, blocks[:i]
			surname = strings.TrimFunc(who[strings.LastIndexByte(who, ' ')+1:], notAlnum)
		}
	}
	if name != nil && !mentions(d, before, surname) {
		name.markRuled(d, Byline, "structure: author box")
		bio.markRuled(d, Byline, "structure: author box")
	}
}

// bylineBio removes the author's biography at the end of an article: a
// paragraph at the end of the text, with less good text after it than
// it holds, that opens with the full name of the page's byline, then
// goes on in lower case ("Jane Smith is a reporter who …"). A person the
// text names before is its subject instead.
func bylineBio(d *document, blocks []*block) {
	var bylines []string
	for _, b := range blocks {
		if b.ruled && b.cat == Byline && len(b.lines) == 1 {
			bylines = append(bylines, d.view(b.lines[0]))
		}
	}
	if len(bylines) == 0 {
		return
	}
	total, seen := goodText(blocks, false), 0
	for i, b := range blocks {
		if b.initial == good {
			seen += b.size
		}
		// At the end of the text: a reader's comment to the author
		// has more comments after it.
		if b.ruled || b.initial != good || seen*3 < total*2 || total-seen > b.size {
			continue
		}
		name, rest := leadingName(d.view(b.lines[0]))
		if name == "" || !startsLower(rest) {
			continue
		}
		bylined := slices.ContainsFunc(bylines, func(l string) bool { return containsWord(l, name) })
		if bylined && !mentions(d, blocks[:i], name[strings.LastIndexByte(name, ' ')+1:]) {
			b.markRuled(d, Byline, "structure: author's biography")
		}
	}
}

// leadingName splits off the two or three capitalised words that open s,
// returning them and what follows.
func leadingName(s string) (name, rest string) {
	end, words := 0, 0
	for words < 3 {
		w := s[end:]
		sp := strings.IndexByte(w, ' ')
		if sp <= 0 || !startsUpper(w) {
			break
		}
		end += sp + 1
		words++
	}
	if words < 2 {
		return "", s
	}
	return s[:end-1], s[end:]
}

// datedNames removes the bare names of authors, as a page sets them
// under the story's date above or below the article: a line of two or
// three capitalised words right after a line a rule removed as a date,
// outside the article's run of good text. A name above the date is left
// alone, for a short title sits there as often.
func datedNames(d *document, blocks []*block) {
	first, last := -1, -1
	for i, b := range blocks {
		if b.initial == good {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	dated := func(i int) bool { return i >= 0 && blocks[i].ruled && blocks[i].cat == Date }
	for i, b := range blocks {
		if b.ruled || first <= i && i <= last || !dated(i-1) {
			continue
		}
		if isName(b, d.view(b.lines[0])) && b.words <= 3 && !b.colon {
			b.markRuled(d, Byline, "structure: name under a date")
		}
	}
}

// mentions reports whether the good blocks among blocks hold word as a
// word of their text.
func mentions(d *document, blocks []*block, word string) bool {
	for _, b := range blocks {
		if b.initial != good {
			continue
		}
		for _, i := range b.lines {
			if containsWord(d.view(i), word) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether s holds w with no letter or digit right
// before or after it.
func containsWord(s, w string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return false
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isAlnum(before) && !isAlnum(after) {
			return true
		}
		at = i + len(w)
	}
}

// isName reports whether a block could be a person's name: two to four
// words, each capitalised, no digits, and nothing else.
func isName(b *block, s string) bool {
	return len(b.lines) == 1 && b.words >= 2 && b.words <= 4 && b.lowers == 0 && !b.endsDot && !b.cjk && !hasDigit(s)
}

// startsUpper reports whether s starts with a capital or a letter of a
// script without case, as a headline does and a line of tags seldom.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsLower(r)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// paragraphsOpen reports whether the first two blocks not ruled are good
// paragraphs.
func paragraphsOpen(blocks []*block) bool {
	n := 0
	for _, b := range blocks {
		if b.ruled {
			continue
		}
		if b.initial != good || b.size <= 100 {
			return false
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}

// proseFollows reports whether blocks hold two good paragraphs in a row:
// running text, where teasers and comments alternate with short lines.
func proseFollows(blocks []*block) bool {
	prev := false
	for _, b := range blocks {
		if b.ruled {
			continue
		}
		cur := b.initial == good && b.size > 100
		if cur && prev {
			return true
		}
		prev = cur
	}
	return false
}

func (b *block) markRuled(d *document, cat Category, rule string) {
	if b.ruled {
		return
	}
	b.ruled, b.cls, b.initial = true, bad, bad
	for _, i := range b.lines {
		d.lines[i].cat, d.lines[i].rule = cat, rule
	}
}

// template removes the lines the corpus model knows as template. Lines that
// read as good prose are spared when they would take most of the article
// with them: then the document is a copy of a story the corpus repeats,
// which is dedup's business, not boilerplate.
func (c *Cleaner) template(d *document, blocks []*block, lim limits) {
	if c.model == nil {
		return
	}
	// A headline that leads this document's text is its title, however
	// many pages of the site link to it.
	for i, b := range blocks {
		if b.cat != Template || b.size > headingMax || b.endsDot || b.words < 3 {
			continue
		}
		for _, n := range blocks[i+1:] {
			if n.ruled && n.cat != Template && n.cat != "" {
				continue // a byline or a date between title and text
			}
			if !n.ruled && n.initial == good {
				b.unrule(d, lim)
				b.titleish = true
			}
			break
		}
	}
	tmpl, all := 0, 0
	for _, b := range blocks {
		if b.ruled && b.cat != Template {
			continue
		}
		if k := lim.prose(b); k != bad {
			all += b.size
			if b.cat == Template {
				tmpl += b.size
			}
		}
	}
	if tmpl*2 <= all {
		return
	}
	for _, b := range blocks {
		if b.cat == Template && lim.prose(b) != bad {
			b.unrule(d, lim)
		}
	}
}

// unrule takes back a template verdict.
func (b *block) unrule(d *document, lim limits) {
	b.ruled, b.cat = false, ""
	b.initial = lim.initialClass(b)
	b.cls = b.initial
	for _, i := range b.lines {
		d.lines[i].cat, d.lines[i].rule = "", ""
	}
}

// prose is the class a block would have on its structure alone.
func (lim limits) prose(b *block) class {
	r := b.ruled
	b.ruled = false
	k := lim.initialClass(b)
	b.ruled = r
	if k == short {
		return bad
	}
	return k
}

func (b *block) reason() string {
	if b.inList {
		return "structure: run of headline-like lines"
	}
	switch b.initial {
	case short:
		return "structure: short block among boilerplate"
	case nearGood:
		return "structure: middling block among boilerplate"
	}
	if b.stop < stopLow {
		return "structure: few function words"
	}
	return "structure: outside the article"
}
