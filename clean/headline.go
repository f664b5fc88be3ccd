package clean

import (
	"hash/maphash"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The article's own headline and standfirst, and headings the text repeats:
// the lines above or inside the text that rules or context would take for
// chaff, and that the article still owns.

// keepHeadline keeps the headline of the article: the nearest
// headline-like block before its first run of good paragraphs, as jusText
// keeps a heading that good text follows closely. Pages set the headline
// among their section lists, or repeat it in a list of the latest stories,
// so a line of such a list or a repeated line qualifies; a line a rule
// named as chaff does not. Between the two may stand dates, bylines and a
// few short lines (a source, "Print"), up to headlineReach characters,
// and one summary: a paragraph set apart from the text by a label, or a
// standfirst that paraphrases the text rather than echoes it. A
// caption echoes the text too: one that a credit follows is passed over,
// and one under the date, or one too long for a headline, gets the
// headline over it for company.
func keepHeadline(d *document, blocks []*block) {
	start := firstRun(blocks)
	if start < 0 {
		return
	}
	var lead []uint64
	looked, nearest, reach, hops, widgets, button := false, true, 0, 0, 0, false
	found, dated, summarised, kept, long := false, false, false, false, false
	points, top := 0, 0 // summary points passed, and the first of them
	for i, b := range slices.Backward(blocks[:start]) {
		if b.meta() {
			dated = dated || found && b.cat != Ad
			continue
		}
		if b.cat == Duplicate && originalKept(d, blocks, b) || b.reheaded {
			return // the text has its heading already
		}
		if b.headline() && !credited(d, blocks, i) {
			if !looked {
				lead, looked = leadStems(d, blocks[start:]), true
			}
			if found && repeatsLineOver(d, blocks, i) && claimEcho(d, b, lead, 2) {
				// A title set twice in a row, as the last step of the
				// breadcrumb trail and as the heading, is the headline
				// over the standfirst found.
				return
			}
			if found && (dated || kept || long) {
				// Over the date, a headline echoes its text more than
				// once; a line of tags starts in lower case. What a date
				// has over it may be the standfirst, and the headline
				// straight over that. Over a heading the text kept
				// already, the headline stands over its standfirst, and
				// the kept heading was a caption.
				var sf *block
				if !dated {
					sf = standfirst(d, blocks[i+1:start], blocks[start:])
				}
				if (dated || sf != nil) && claimEcho(d, b, lead, 2) && sentenceCase(b) {
					if sf != nil {
						sf.claim(d)
					}
					claimOver(d, blocks, i, lead, 2)
					return
				}
				if dated {
					return
				}
			}
			// Set twice in a row straight over the text, as the last step
			// of the breadcrumb trail and as the heading, a title is the
			// headline whatever words its text opens with.
			if !found && (echoes(d, b, lead, nearest) || b.cjk && echoesCJK(d, b, blocks[start:], nearest) || nearest && repeatsLineOver(d, blocks, i)) {
				kept = b.cls == good && !b.ruled  // perhaps a caption
				long = b.words > maxHeadlineWords // a caption, most likely
				b.claim(d)
				if points > 0 && top == i+1 {
					claimPoints(d, blocks[top:top+points])
					// The line found may be a point itself, under the
					// headline and the points before it.
					i -= claimPointsOver(d, blocks, i, blocks[start:], maxSummaryPoints-points)
					b = blocks[i]
				}
				claimStandfirst(d, blocks[i+1:start], blocks[start:])
				// A standfirst of a headline's shape echoes the text as
				// the headline does: the headline may stand straight over it.
				if sentenceCase(b) && (claimOver(d, blocks, i, lead, 1) || b.words >= minLeadWords && claimStatementOver(d, blocks, i, blocks[start:])) {
					// What stands over it may be the standfirst, too long
					// for a headline, or long and longer than the line over
					// it: the headline is that line.
					if up := blocks[i-1]; up.words > maxHeadlineWords || up.words >= minLeadWords && i >= 2 && blocks[i-2].words < up.words {
						claimOver(d, blocks, i-1, lead, 1)
					}
					return
				}
				// A caption under the date may echo the text as well as
				// the headline over it: look on past the date once.
				found, reach, hops, widgets = true, 0, 0, 0
				continue
			}
			if nearest && !summarised && sentenceCase(b) && b.words >= minLeadWords {
				// A standfirst that paraphrases rather than echoes the
				// text leaves the headline over it the nearest, however
				// long it runs.
				summarised = true
				continue
			}
			if !found && summaryPoint(d, b, blocks[start:]) && points < maxSummaryPoints && (points == 0 || top == i+1) {
				// A point of the summary under a headline ("Bajo su mando
				// …") retells the story in its words; a run of them is
				// passed as one hop.
				if points++; points == 1 {
					hops++
				}
				top = i
				continue
			}
			nearest = false
		}
		if credited(d, blocks, i) {
			// A photo, or a gallery of them, may stand between the
			// headline and its text: a caption is a hop, however long.
			if hops++; hops > headlineHops {
				return
			}
			continue
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
		// A row of buttons ("Small", "Medium", "Large") is one hop.
		if !b.menuItem() || !button {
			hops++
		}
		button = b.menuItem()
	}
}

// maxHeadlineWords is the most words a headline runs to; a longer line
// that echoes the text is more likely a photo's caption.
const maxHeadlineWords = 18

// Summary points: at most maxSummaryPoints headline-shaped lines between
// the headline and its text, each sharing summaryPointEcho words or more
// with the text.
const (
	maxSummaryPoints = 5
	summaryPointEcho = 2
	minPointWords    = 6
)

// summaryPoint reports whether headline-shaped b could be a point of a
// summary: a sentence in sentence case, not a title in title case, of
// minPointWords or more, that shares words with the text.
func summaryPoint(d *document, b *block, text []*block) bool {
	return !b.ruled && b.words >= minPointWords && sentenceCase(b) && echoesText(d, b, text, summaryPointEcho)
}

// claimPointsOver keeps the summary points and headline that run on
// straight over blocks[i], at most max lines that share words with the
// text, and returns how many it kept.
func claimPointsOver(d *document, blocks []*block, i int, text []*block, max int) int {
	n := 0
	for j := i - 1; j >= 0 && n < max; j-- {
		up := blocks[j]
		if up.meta() || !up.headline() || credited(d, blocks, j) || !summaryPoint(d, up, text) {
			break
		}
		up.claim(d)
		n++
	}
	return n
}

// claimPoints keeps the summary points under a kept headline.
func claimPoints(d *document, points []*block) {
	for _, b := range points {
		b.claim(d)
	}
}

// claimStatementOver keeps the block straight over blocks[i], a
// standfirst, if it is a headline written as one or two sentences with
// their full stops ("Wild goats ruled this island for a century. Now, it's
// being reborn."), which shares two words or more with the text.
func claimStatementOver(d *document, blocks []*block, i int, text []*block) bool {
	if i == 0 {
		return false
	}
	up := blocks[i-1]
	if up.ruled || len(up.lines) != 1 || !up.endsDot || up.words < 4 || up.words > maxHeadlineWords ||
		up.sentences(d) > 2 || !startsUpper(d.view(up.lines[0])) || !echoesText(d, up, text, 2) {
		return false
	}
	up.claim(d)
	return true
}

// claimEcho keeps headline h if it shares least word stems or more with
// the text's lead, and starts as a headline does, not in lower case as a
// line of tags.
func claimEcho(d *document, h *block, lead []uint64, least int) bool {
	if shared, _ := sharedStems(d, h, lead); shared < least || !startsUpper(d.view(h.lines[0])) {
		return false
	}
	h.claim(d)
	return true
}

// claimOver keeps the block straight over blocks[i] if it is a headline
// that claimEcho keeps: a line a credit follows, or the repeat of a kept
// line, is none.
func claimOver(d *document, blocks []*block, i int, lead []uint64, least int) bool {
	if i == 0 {
		return false
	}
	up := blocks[i-1]
	if up.meta() || up.cat == Duplicate && originalKept(d, blocks, up) || !up.headline() || credited(d, blocks, i-1) {
		return false
	}
	return claimEcho(d, up, lead, least)
}

// repeatsLineOver reports whether blocks[i] is a repeat of the line
// straight over it.
func repeatsLineOver(d *document, blocks []*block, i int) bool {
	b := blocks[i]
	return i > 0 && b.cat == Duplicate && len(b.lines) == 1 && repeatedLine(d, b) == blocks[i-1].lines[len(blocks[i-1].lines)-1]
}

// repeatedLine returns the index of the line that duplicate b repeats
// (dupOf counts lines from 1, as rule names do).
func repeatedLine(d *document, b *block) int { return d.lines[b.lines[0]].feat.dupOf - 1 }

// sentenceCase reports whether a block has no more capitalised words than
// lower-case ones, as a standfirst has and an English headline has not.
func sentenceCase(b *block) bool { return b.caps <= b.lowers }

// claimStandfirst keeps the standfirst under a headline that a list took.
func claimStandfirst(d *document, below, text []*block) {
	if b := standfirst(d, below, text); b != nil {
		b.claim(d)
	}
}

// standfirst returns the first line of below, past dates and bylines, if
// it is a standfirst: a sentence of minStandfirstWords or more words sharing
// two with the text. A standfirst sums up the whole story, so the whole text
// is searched, not just its lead.
// minStandfirstWords is the fewest words of a standfirst: it may be a
// short sentence ("Two-year-old bug exposes thousands of servers to
// crippling attack.").
const minStandfirstWords = 8

func standfirst(d *document, below, text []*block) *block {
	for _, b := range below {
		if b.meta() {
			continue
		}
		if (b.listed || !b.ruled && (sentenceCase(b) || b.endsStop)) && b.words >= minStandfirstWords && startsUpper(d.view(b.lines[0])) && echoesText(d, b, text, 2) {
			return b
		}
		return nil
	}
	return nil
}

// echoesText reports whether at least n of the longer words of h's first
// line recur in the good text of blocks.
func echoesText(d *document, h *block, blocks []*block, n int) bool {
	var local [16]uint64
	want := append(local[:0], d.lineStems(h.lines[0])...)
	shared := 0
	for _, b := range blocks {
		if b.ruled || b.cls != good {
			continue
		}
		for _, i := range b.lines {
			for _, k := range d.lineStems(i) {
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

// credited reports whether a photo credit, or a gallery's count of its
// slides, follows blocks[i]: then it is a caption, however much it has in
// common with the text. An agency's name with the hour of the story ("AFP
// 30 avril 2015 à 07:19") credits the story under its headline instead.
func credited(d *document, blocks []*block, i int) bool {
	if i+1 == len(blocks) || !blocks[i+1].ruled {
		return false
	}
	// Some credits come in brackets, and the rules take them for
	// captions: "(foto di Marco Lenzi)".
	n := blocks[i+1]
	return n.cat == Credit && !clockTime(d.view(n.lines[0])) || n.cat == Caption && n.heading == nil || n.slide
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
	keys, size, read := d.lead[:0], 0, 0 // read: blocks with words read so far
	for _, b := range text {
		if b.ruled || b.cls != good || b.titleish || b.words == 0 {
			continue
		}
		// The first block may be a photo's caption, long or in another
		// language: the start of the second has its say too.
		span := echoSpan
		if read++; read == 2 && size >= echoSpan {
			span = size + echoSpan/2
		}
		for _, i := range b.lines {
			t := d.view(i)
			for k := range stems(t[:min(len(t), span-size)]) {
				keys = append(keys, k)
			}
			if size += len(t); size >= span {
				break
			}
		}
		if size >= echoSpan && read >= 2 {
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
	for _, k := range d.lineStems(h.lines[0]) {
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

// echoesCJK reports whether a Chinese or Japanese headline shares pairs
// of characters with the start of the text, which has no spaces to cut
// words at: two pairs for the nearest headline, as echoes asks one word;
// half its pairs for one further up.
func echoesCJK(d *document, h *block, text []*block, nearest bool) bool {
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
	t, shared, pairs := lead.String(), 0, 0
	var prev rune
	for _, r := range d.view(h.lines[0]) {
		if isCJK(r) && isCJK(prev) {
			pairs++
			if strings.Contains(t, string([]rune{prev, r})) {
				shared++
			}
		}
		prev = r
	}
	return shared >= 2 && (nearest || shared*2 >= pairs)
}

// stems yields a key for each word of four letters or more of s: a hash
// of its first five letters in lower case.
func stems(s string) iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		var buf [32]byte // longer than any stopword
		for i := 0; i < len(s); {
			n, stem, letters, start := 0, 0, 0, i
			// A Hangul syllable is as much as a few Latin letters, and
			// particles follow the stem: "신호장애로" is "신호장애" + "로".
			cut, least := 5, 4
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
				if letters == 0 && unicode.Is(unicode.Hangul, r) {
					cut, least = 2, 2
				}
				if letters++; letters == cut {
					stem = n
				}
				i += size
			}
			if letters < cut {
				stem = n
			}
			// Function words ("with", "that", "über") say nothing of
			// what a headline is about.
			if letters >= least && stopIndex.lookup(buf[:n]) == 0 && !yield(maphash.Bytes(dupSeed, buf[:stem])) {
				return
			}
			if i == start { // not a word character: step over it
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			}
		}
	}
}

// keepRepeatedHeadings keeps a heading that repeats an earlier line when
// good text follows it and the line it repeats goes: pages show the title
// of a text in their section lists or page title too, and the repeat that
// heads the text is the one to keep. Its source, date and share buttons
// may stand between, and so may its standfirst, when the page showed that
// over itself too and that copy goes.
func keepRepeatedHeadings(d *document, blocks []*block) {
	for i, b := range blocks {
		if b.cat != Duplicate || !b.headline() || originalKept(d, blocks, b) {
			continue
		}
		j, tools := i+1, false
		for ; j < len(blocks) && (blocks[j].meta() || blocks[j].photo() || blocks[j].tool()); j++ {
			tools = tools || blocks[j].tool()
		}
		var lead *block
		if j < len(blocks) && blocks[j].cat == Duplicate && blocks[j].sentEnd && !originalKept(d, blocks, blocks[j]) {
			lead, j = blocks[j], j+1
		}
		// Over share buttons, a line that announces with a colon is
		// their label ("Link to this comment:"), and one under more of
		// them is one of the row.
		if !leadsToText(blocks[j:]) || tools && (announces(d, b) || i > 0 && blocks[i-1].tool()) {
			continue
		}
		b.unmark(d)
		b.cls, b.titleish = good, true
		if lead != nil {
			// With its standfirst, it is the text's headline: the one
			// the page showed over itself is not to be kept instead.
			lead.unmark(d)
			lead.initial, lead.cls = good, good
			b.reheaded = true
		}
	}
}

// tool reports whether a rule removed b as a share button, which pages set
// between a headline and its text.
func (b *block) tool() bool {
	return b.ruled && b.heading == nil && b.cat == Share
}

// keepRepeatsInText keeps a line that repeats an earlier one when
// paragraphs of kept text stand on both sides of it: listings that share a
// sentence or a field ("Job type: Full time"), or a reply quoting what it
// answers, are text whose repeats belong to it, while a repeated label or
// teaser stands among boilerplate. On a page of repeats, each would look
// past the others: the nearest blocks that context does not look past
// are found once, in a pass each way, as keptNear would find them.
func keepRepeatsInText(d *document, blocks []*block, lim limits) {
	before := -1 // the last block before i that context does not look past
	var after []int
	for i, b := range blocks {
		// A long line must read as prose; a short one may be a field.
		if b.cat != Duplicate || lim.prose(b) == bad && b.size >= lengthLow {
			if !b.aside() {
				before = i
			}
			continue
		}
		if after == nil {
			// Blocks after i are as they were before the loop: find
			// each one's next solid block once.
			after = grow(d.solid, len(blocks))[:len(blocks)]
			next := -1
			for k := len(blocks) - 1; k >= 0; k-- {
				after[k] = next
				if !blocks[k].aside() {
					next = k
				}
			}
			d.solid = after
		}
		// A repeated heading must stand between paragraphs: a title
		// repeated under itself or under its subtitle is still a repeat.
		// (Ruled blocks are never titleish: ask the punctuation.)
		// Under a line of the text that announces a list ("… were:"),
		// it is an item of the list, with more items under it.
		heading := !b.endsStop
		if solidKept(blocks, before, i-before, heading) &&
			solidKept(blocks, after[i], after[i]-i, heading && !(before >= 0 && blocks[before].colon)) {
			b.unmark(d)
			b.initial, b.cls = good, good
		}
		if !b.aside() {
			before = i
		}
	}
}

// solidKept is keptNear for the block k it would stop at, dist blocks on:
// whether it is kept text within maxListRun (see keptText).
func solidKept(blocks []*block, k, dist int, prose bool) bool {
	return k >= 0 && dist <= maxListRun && keptText(blocks[k], prose)
}

// keptNear reports whether the first block of seq that context does not
// look past is kept text (see keptText). It looks no further than
// maxListRun blocks, so that a wall of repeats costs linear time.
func keptNear(seq iter.Seq2[int, *block], prose bool) bool {
	n := 0
	for _, b := range seq {
		if n++; n > maxListRun {
			return false
		}
		if !b.aside() {
			return keptText(b, prose)
		}
	}
	return false
}

// keptText reports whether b is kept text, and when prose is set, not a
// heading: a line that announces a list with a colon is the text's.
func keptText(b *block, prose bool) bool {
	return !b.ruled && b.cls == good && !(prose && b.titleish && !b.colon)
}

// originalKept reports whether the line that block b repeats is kept.
func originalKept(d *document, blocks []*block, b *block) bool {
	first := repeatedLine(d, b)
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

// firstRun returns the index of the first good paragraph that another
// follows, not counting ruled blocks or kept headings between (an
// interview's questions, a subheading), or, in a brief without two
// paragraphs in a row, its first long paragraph; or -1.
func firstRun(blocks []*block) int {
	prev, first := -1, -1
	for i, b := range blocks {
		if b.ruled || b.cls == good && b.titleish {
			continue
		}
		if b.cls == good && !b.titleish {
			if prev >= 0 {
				return prev
			}
			prev = i
			if first < 0 && b.size > lengthHigh {
				first = i
			}
			continue
		}
		prev = -1
	}
	return first
}

// headline reports whether a block could be a headline: a line of a few
// words that does not end in a full stop, removed, if at all, only as a
// line of a list or as a repeat.
func (b *block) headline() bool {
	if b.ruled && !b.listed && b.cat != Duplicate && !b.titled {
		return false
	}
	// A capital, if only on "A" or "La", sets it apart from a line of
	// tags; scripts without case (Chinese, Korean, Hindi, Arabic) have none.
	return b.headlineShaped() && b.words >= 4 && (b.caps > 0 || b.capital || b.uncased*2 > b.lowers || b.cjk)
}

// unmark takes back a rule's verdict on a block.
func (b *block) unmark(d *document) {
	b.ruled, b.listed, b.cat = false, false, ""
	for _, i := range b.lines {
		d.lines[i].cat, d.lines[i].rule = "", ""
	}
}
