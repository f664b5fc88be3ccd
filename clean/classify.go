package clean

import (
	"bytes"
	"cmp"
	"hash/maphash"
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
	lengthLow        = 70   // below this a block is short and its neighbours decide
	lengthHigh       = 200  // above this a block with enough stopwords is good
	stopLow          = 0.18 // stopword density of near-good text
	stopHigh         = 0.28 // stopword density of good text
	headingMax       = 200  // longest block that may be a heading or a title
	cjkWeight        = 3    // a CJK character carries about as much as this many Latin ones
	hangulWeight     = 2    // a Hangul syllable, two or three letters, as much as this many
	minLangHits      = 0.05 // share of stopwords below which the language is unknown
	maxListRun       = 30   // longest headline list a heading takes with it
	maxBoxGap        = 2    // short lines before a fact box's first item or between two
	minBoxFields     = 3    // fields that make a fact box
	maxBoxLines      = 60   // longest fact box, its table's rows included
	minTableCols     = 3    // columns of a table given one cell per line
	maxTableCols     = 8
	minTableRows     = 3
	maxTableCells    = 1000 // cells a table given one cell per line is looked for in
	maxCellBytes     = 60   // longest cell
	maxCellWords     = 6    // most words of a cell
	maxFigureLetters = 3    // letters (and spaces) of a figure's unit: "12 km", "$2.5m"
	maxFieldWords    = 4    // longest label of a field ("Player of the match: …")
	maxCompanyBox    = 3    // blocks of a press release's box about its company, heading and description included
	maxNameWords     = 8    // longest name of a company a box is about ("Luntiang Agri-Solar Corp.")
	maxTeamWords     = 4    // longest name of one side of a match ("Mura Gornji Petrovci")
	maxFieldBytes    = 60
	maxEntryTail     = 4    // ruled lines (share buttons, an ad's marker) that may end a live blog's entry
	maxReviewFacts   = 6    // lines of a review's facts between its text and its rating
	minKeyPoints     = 3    // short sentences that make a summary in points over the text
	keyPointsReach   = 12   // blocks from a summary in points to its text
	keyPointsSpan    = 2000 // bytes of the text that a summary in points sums up
	minIngredients   = 3    // lines of amounts in a row that make a recipe's ingredients
	ingredientsReach = 4    // blocks from a recipe's ingredients to its text
	minThinWords     = 12   // shortest sentence that stands for the text of a document without good text
	minShortProse    = 6    // short sentences in a row that are a text told in short lines, as easy-reading news is

	minHeadlineRun    = 4  // title-case lines in a row that make a list
	maxTeaserWords    = 45 // longest summary under a headline in a list of stories
	minStoryIndex     = 5  // summaries that make a page a list of stories
	maxStoryCompare   = 40 // stories whose words a list of stories compares
	relatedEnd        = 30 // percent of the good text a related-stories heading must follow to end the article
	closingShare      = 80 // percent of the good text a legal notice must follow to close the page
	closingReach      = 6  // blocks after a closing notice that running prose must start within to keep the page open
	minHeadingRepeats = 3  // times a grid of teasers repeats a comment heading, one a card
	maxSymbolRule     = 3  // the runes of a rule that is a symbol ("©", "(c)") rather than words
	blurbGap          = 6  // blocks without good text that must follow a profile under an about heading
	maxLabelWords     = 3  // longest label, such as a section link, that sets a profile apart
	threadShare       = 4  // tenths of the good text a comment heading must follow to end the article when a thread comes after it

	minGridLines     = 8   // lines of a grid of teasers under section labels
	minGridLabels    = 4   // section labels in such a grid
	minKickerRepeats = 3   // times a section's label recurs in a grid
	maxSummaryWords  = 45  // words of a teaser's summary in such a grid
	maxKickerWords   = 4   // longest kicker over a story's headline
	minGluedJoins    = 4   // words run together in a menu a scraper glued
	maxGluedMenu     = 600 // longest such menu, in bytes
	minSpacedItems   = 4   // Chinese or Japanese section names in a menu set apart by spaces
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
	quoted   bool     // one line that quotes a speaker's sentence, as headlines do
	colon    bool     // ends with a colon: what follows is its list or quotation
	clause   bool     // ends with a semicolon: a sentence, or a list item, goes on
	titleish bool     // short and headline-like
	caps     int      // longer words that start in upper case
	capital  bool     // starts with a capital letter, however short its first word
	lowers   int      // longer words that start in lower case
	uncased  int      // of those, words in a script without case
	inList   bool     // one of a run of headline-like blocks
	initial  class
	cls      class
	ruled    bool // removed by a rule; a hard bad
	bare     bool // ruled, and without a letter: a bullet, a rule, a time or a count
	link     bool // ruled as a link to another story set in the text ("Read also: …")
	prompt   bool // ruled as a sentence that prompts to subscribe or follow
	slide    bool // ruled as the counter of a photo gallery's slides ("2/3")
	titled   bool // ruled as a video's or a recording's headline ("WATCH: Storm hits …")
	listed   bool // ruled as one of the list after a heading
	boxed    bool // one of a fact box under the text, of a table's cells, or of a ranking
	reheaded bool // a repeat kept as the headline over the text and its standfirst (keepRepeatedHeadings)
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
		if b := cmp.Or(cur, ruled); b != nil && d.wrap > 0 && wrapped(last.feat.trimmed, l.feat.trimmed, d.wrap, l.feat.cat != "") &&
			!(b == ruled && stampOver(b.cat, l.feat.trimmed)) {
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
			b.bare = !hasLetter(d.view(i))
			b.link = cat == Related && hr == nil && isStoryLink(d.view(i))
			b.prompt = cat == Promo && hr == nil && endsSentence(d.view(i))
			b.slide = isSlideCount(d.view(i))
			b.titled = cat == Media && hr == nil && labelledHeadline(d.view(i))
			l.cat, l.rule = cat, rule
			cur, ruled, last = nil, b, l
			continue
		}
		ruled = nil
		if cur != nil && continues(prev.feat.trimmed, l.feat.trimmed) {
			members = append(members, i)
			cur.lines = cur.lines[:len(cur.lines)+1]
		} else {
			cur = newBlock(i)
		}
		prev, last = l, l
	}
	if d.wrap > 0 {
		c.rematchWrapped(d, blocks)
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
	promptsInText(blocks)
	anyGood = promoteShortProse(d, blocks, lim) || anyGood
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
	if !c.keep[Legal] {
		closingNotice(d, blocks)
	}
	if !c.keep[Byline] {
		authorBox(d, blocks)
		datedNames(d, blocks)
		bylineBio(d, blocks)
	}
	if !c.keep[Caption] {
		creditedCaptions(d, blocks)
	}
	headlineRuns(d, blocks)
	if !c.keep[Related] {
		kickerGrids(d, blocks)
	}
	c.template(d, blocks, lim)
	d.ctx = grow(d.ctx, 4*len(blocks))[:4*len(blocks)]
	if !c.keep[Navigation] {
		longMenus(d, blocks)
	}
	revise(blocks, lim, d.next, d.ctx)
	announcedLists(d, blocks, lim)
	rankedLists(d, blocks, lim)
	notesInText(d, blocks, lim)
	figuresInText(d, blocks, lim)
	announcedSections(d, blocks, lim)
	factBoxes(d, blocks, lim)
	cellTables(d, blocks, lim)
	if !c.keep[Related] {
		closingHeadlines(d, blocks)
		closingStories(d, blocks)
		teaserCards(d, blocks)
		datedFeeds(d, blocks)
		timedFeeds(d, blocks)
		wireTeasers(d, blocks)
		inlineTeasers(d, blocks)
	}
	d.wasGood = grow(d.wasGood, len(blocks))[:len(blocks)]
	rescueHeadings(d, blocks, d.wasGood)
	keepRepeatedHeadings(d, blocks)
	keepRepeatsInText(d, blocks, lim)
	keepLiveTimes(d, blocks)
	keepRatings(d, blocks, lim)
	keepKeyPoints(d, blocks, lim)
	keepIngredients(d, blocks)
	keepHeadline(d, blocks)
	if !c.keep[Related] {
		feedStories(d, blocks)
	}
	if !c.keep[Promo] {
		companyBox(d, blocks)
	}
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

// creditedCaptions removes the captions of photos inside the text: a line
// that does not end as a sentence and that a credit follows ("Photo: Marco
// Lenzi"). A sentence there may be the text's, with a photo without a
// caption after it, and over the text, the headline.
func creditedCaptions(d *document, blocks []*block) {
	inText := false
	for i, b := range blocks[:len(blocks)-1] {
		// A credit for the reporting ("… contributed to this report.")
		// ends as a sentence; a photo's does not.
		// A table's last row over its source is no caption either.
		if !inText || b.ruled || len(b.lines) != 1 || b.size > headingMax || b.sentEnd || !credited(d, blocks, i) || endsSentence(d.view(blocks[i+1].lines[0])) || pipeRow(d.view(b.lines[0])) {
			inText = inText || !b.ruled && b.initial == good
			continue
		}
		b.markRuled(d, Caption, "structure: line over a photo's credit")
	}
}

// promptsInText keeps the prompt mark only on prompts that good text
// follows before the next heading: a prompt set between the paragraphs of
// the text, which context looks past. After the text, a prompt still
// parts it from the comments and lists that follow.
func promptsInText(blocks []*block) {
	for i, b := range blocks {
		if !b.prompt {
			continue
		}
		b.prompt = false
		for _, n := range blocks[i+1 : min(len(blocks), i+1+maxListRun)] {
			if n.ruled && n.heading != nil {
				break
			}
			if !n.ruled && n.initial == good {
				b.prompt = true
				break
			}
		}
	}
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
	// Rules and tests read the line without the spaces around it, no-break
	// ones included, which pages leave at the end of a paragraph.
	t := strings.TrimSpace(d.view(i))
	if t == "" {
		f.empty = true
		return
	}
	var open, closed []byte
	open, closed, d.sc.fold = foldLine(t, d.sc.fold)
	sized := phraseSized(t)
	if r := c.m.match(t, sized, open, closed, &d.sc); r != nil && !c.keep[r.Category] {
		f.cat, f.rule, f.by = r.Category, r.String(), r
	} else if sized {
		switch {
		case !c.keep[Date] && isDateLine(t):
			f.cat, f.rule = Date, "structure: date or time only"
		case !c.keep[Byline] && isDatedByline(t):
			f.cat, f.rule = Byline, "structure: names and their date"
		case !c.keep[Credit] && isAgencyCredit(t):
			f.cat, f.rule = Credit, "structure: photographer/agency"
		case !c.keep[Navigation] && isSectionList(t) && !headsTable(d, i, t):
			f.cat, f.rule = Navigation, "structure: list of section names"
		case !c.keep[Navigation] && isSectionMenu(closed):
			f.cat, f.rule = Navigation, "structure: menu of section names"
		case !c.keep[Navigation] && (isBreadcrumb(t) || titledTrail(d, i, t)):
			f.cat, f.rule = Navigation, "structure: breadcrumb trail"
		case !c.keep[Navigation] && isGluedMenu(t):
			f.cat, f.rule = Navigation, "structure: menu items run together"
		case !c.keep[Navigation] && isSpacedMenu(t):
			f.cat, f.rule = Navigation, "structure: section names set apart by spaces"
		}
	}
	if f.cat != "" && f.cat != Template && d.wrap == 0 && !(f.cat == Media && labelledHeadline(t)) {
		// The line forms a ruled block of its own on every pass, and
		// classification reads no counts of such a block. In a wrapped
		// document it may be part of a paragraph; a video's headline may
		// head the text.
		return
	}
	if f.cat == "" {
		// The rows of two tables may differ in their figures alone, which
		// folding drops, and each table has its head row.
		if !c.keep[Duplicate] && (len(closed) >= 24 || utf8.RuneCount(closed) >= 8 && bytes.IndexByte(closed, ' ') > 0) && !pipeRow(t) && !headsTable(d, i, t) {
			f.key = maphash.Bytes(dupSeed, closed)
		}
		f.model = -1
		if c.model != nil && !c.keep[Template] {
			f.model = c.model.count(t, closed)
		}
	}
	f.trimmed = t
	// A link or a note in brackets may follow the last sentence: "…
	// w Polsce. [czytaj więcej]", "…in 1900.[1]".
	end := bracketTail(t)
	r, _ := utf8.DecodeLastRuneInString(end)
	f.sentEnd = isSentenceEnd(r)
	// A quotation closes after its full stop: the sentence ends inside it.
	quote := false
	if q := strings.TrimRight(end, closingQuotes); q != end {
		r, _ = utf8.DecodeLastRuneInString(q)
		quote = true
	}
	f.endsStop = isFullStop(r)
	f.quotedTitle = f.endsStop && quote && quotedTitle(end)
	f.endsDot = stopsSentence(r)
	f.stops = d.stopCounts(i)
	d.sc.fold = f.addText(t, d.sc.fold)
}

// headsTable reports whether line i, t, is the head row of a table set in
// pipes ("Party | Seats | Share"): names between pipes, as a menu has them,
// but a row of figures straight under them.
func headsTable(d *document, i int, t string) bool {
	if !strings.Contains(t, "|") {
		return false
	}
	for j := i + 1; j < len(d.lines) && j <= i+2; j++ { // a blank line may part them
		if n := d.view(j); strings.TrimSpace(n) != "" {
			return pipeRow(n)
		}
	}
	return false
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
		return f.cat, f.rule, f.listRule()
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
	if sep, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(sep) {
		return false // the end of "bh.com.my" or "al-Fatah", not a word
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
	"det": true, "mig": true, "dig": true, "oss": true, "honom": true, "henne": true, "meg": true,
	"deg": true, "ham": true, "hende": true, "nu": true, "igen": true, "igjen": true, "också": true,
	"også": true, "ned": true, "ner": true, "bort": true, "hem": true, "hjem": true, "fram": true,
}

// wrapWidth returns the width at which a scraper hard-wrapped the
// document's paragraphs, or 0 when it did not. A greedy wrap leaves no line
// longer than the width unless it has no space to break at; a third or more
// of the lines of more than half the width end close to it (headlines and
// last lines of paragraphs make up the rest), and the line after one of
// those starts with a word that would not have fitted on it. Two such lines
// do, if both break a sentence: a brief, or what a pass left of a page, may
// show no more. Lines cut short with an ellipsis are truncated, not wrapped.
func wrapWidth(d *document, alive []int) int {
	const minWrap, maxWrap, slack = 40, 200, 12
	var hist [maxWrap + 1]int // breakable lines by length in runes
	width := 0
	for _, i := range alive {
		l := &d.lines[i]
		if l.blank {
			continue
		}
		n := lineSpan(l)
		if n < 0 {
			continue
		}
		if n > maxWrap {
			return 0
		}
		width = max(width, n)
		if !truncated(strings.TrimRightFunc(l.text, unicode.IsSpace)) {
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
	if near < 2 || near*3 < half {
		return 0
	}
	// Lines of one paragraph each can crowd near their longest by chance;
	// a wrap also leaves no room on a line for the next line's first word.
	// It breaks a sentence where it must (open).
	followed, tight, open := 0, 0, 0
	for k := 1; k < len(alive); k++ {
		l, next := &d.lines[alive[k-1]], &d.lines[alive[k]]
		if l.blank || next.blank {
			continue
		}
		n := lineSpan(l)
		if n < width-slack || n > width {
			continue
		}
		followed++
		if !nextWordFits(n, strings.TrimLeftFunc(next.text, unicode.IsSpace), width) {
			tight++
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(l.text, unicode.IsSpace)); !isSentenceEnd(r) && r != ':' {
				open++
			}
		}
	}
	if tight*4 < followed*3 {
		return 0
	}
	// Two lines near the width are thin evidence, all a short text (or
	// what is left of it) may show: both must break a sentence.
	if near < 3 && open < 2 {
		return 0
	}
	return width
}

// lineSpan returns the runes of a line that a wrap may have broken, or -1
// for a line of one word, or in Chinese, Japanese or Thai, which set no
// space between words (Thai sets one between phrases): no greedy wrap to
// find. Every pass measures the lines, so the line keeps the answer.
func lineSpan(l *lineState) int {
	if l.span == 0 {
		t := strings.TrimRightFunc(l.text, unicode.IsSpace)
		l.span = -1
		if strings.Contains(strings.TrimLeftFunc(t, unicode.IsSpace), " ") && !hasCJK(t) {
			l.span = 1 + utf8.RuneCountInString(t)
		}
	}
	return max(l.span-1, -1)
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

// rematchWrapped gives each hard-wrapped paragraph of a document the rule
// it would meet set on one line, as a scraper that did not wrap would give
// it. A paragraph whose first line a rule matched is text again when it
// runs longer than such a rule looks at and no rule for lines of any
// length matches it whole; one that no line matched alone may match whole
// ("To comment, please fill in the fields below, … the Comment button.").
func (c *Cleaner) rematchWrapped(d *document, blocks []*block) {
	for _, b := range blocks {
		if len(b.lines) < 2 || b.ruled && !outgrowsRule(d, b) {
			continue
		}
		w := &d.lines[b.lines[0]].whole
		if last := b.lines[len(b.lines)-1]; w.last != last {
			w.last, w.rule = last, c.matchWhole(d, b)
		}
		r := w.rule
		switch {
		case b.ruled && r == nil:
			unruleWrapped(d, b)
		case !b.ruled && r != nil:
			b.markRuled(d, r.Category, r.String())
			b.cat = r.Category
			if r.takesList() {
				b.heading = r
			}
		}
	}
}

// matchWhole returns the rule that block b's lines meet set on one line:
// for a ruled block, a rule for lines of any length; for another, any
// rule. It returns nil for none, or for a category the user keeps.
func (c *Cleaner) matchWhole(d *document, b *block) *Rule {
	buf := d.sc.whole[:0]
	for k, i := range b.lines {
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, d.lines[i].feat.trimmed...)
	}
	d.sc.whole = buf
	text := string(buf)
	var r *Rule
	switch {
	case b.ruled:
		r = c.m.long(text, &d.sc)
	case phraseSized(text):
		var open, closed []byte
		open, closed, d.sc.fold = foldLine(text, d.sc.fold)
		r = c.m.match(text, true, open, closed, &d.sc)
	}
	if r != nil && c.keep[r.Category] {
		return nil
	}
	return r
}

// outgrowsRule reports whether the ruled block b, a hard-wrapped paragraph
// whose first line a rule matched, runs longer than the lines such a rule
// looks at, unless a long rule matched it already.
func outgrowsRule(d *document, b *block) bool {
	if b.cat == Duplicate || b.cat == Template {
		return false
	}
	if r := d.lines[b.lines[0]].feat.by; r != nil && r.Kind == LongRule {
		return false
	}
	n := 0
	for _, i := range b.lines {
		n += utf8.RuneCountInString(d.lines[i].feat.trimmed) + 1
	}
	return n > maxPhraseLine
}

// unruleWrapped takes back a rule's verdict on a wrapped paragraph.
func unruleWrapped(d *document, b *block) {
	b.unmark(d)
	b.heading = nil
	b.bare, b.link, b.prompt, b.slide, b.titled = false, false, false, false, false
}

// stampOver reports whether a line of category cat, a date, byline or
// dateline, stands over next as a stamp over its text rather than running
// on into it: next starts a sentence of its own, with a capital.
func stampOver(cat Category, next string) bool {
	if cat != Date && cat != Byline && cat != Dateline {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r)
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
		b.quoted = len(b.lines) == 1 && last.quotedTitle
		first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(d.lines[b.lines[0]].feat.trimmed, isOpening))
		b.capital = unicode.IsUpper(first)
		b.colon = strings.HasSuffix(last.trimmed, ":")
		b.clause = strings.HasSuffix(last.trimmed, ";")
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
		b.titleish = !b.ruled && b.headingShape() && !(len(b.lines) == 1 && isEmail(d.view(b.lines[0])))
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
	nonASCII, cjk, parts, wordRunes, hangul := 0, 0, 0, 0, 0
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
			if isHangul(r) {
				hangul++
			}
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
	f.size += latin + cjkWeight*cjk + (hangulWeight-1)*hangul
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

const maxMenuWord = 4 // CJK characters

// maxMenuItemCJK is the most characters of a section name in Chinese,
// Japanese or Thai, which writes words without spaces between them.
const maxMenuItemCJK = 16

// echoSpan is how much of the text, in bytes, a headline's words are
// looked for in.
const echoSpan = 400

// headlineReach is how far, in characters, a headline may stand above the
// text it heads.
const headlineReach = 350

// headlineHops is the most blocks, dates, bylines and buttons aside,
// between a headline and its text.
const headlineHops = 5

// headlineWidgets is the most ruled lines, such as share buttons, between
// a headline and its text.
const headlineWidgets = 12

// minLeadWords is the fewest words of a lead that spareLead leaves out.
const minLeadWords = 12

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

// unrule takes back a template or shape verdict and judges the block anew.
func (b *block) unrule(d *document, lim limits) {
	b.unmark(d)
	b.initial = lim.initialClass(b)
	b.cls = b.initial
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
