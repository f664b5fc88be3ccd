package clean

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The jusText scheme: a first verdict per block from length and stopword
// density, then context, where short and middling blocks take the class of
// the text around them.

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
// that read as sentences, or, if there are none either, its longest
// sentence.
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
			b.initial, b.cls, promoted = good, good, true
		}
	}
	if promoted {
		return
	}
	// Nor a short sentence: the longest sentence, however poor in
	// function words, as a post that lists names ("Google launched the
	// Nexus 7, the Nexus Q, Chrome on the iPad …") is written.
	var longest *block
	for _, b := range blocks {
		if !b.ruled && b.sentEnd && !b.colon && b.words >= minThinWords && b.lowers > b.caps && (longest == nil || b.size > longest.size) {
			longest = b
		}
	}
	if longest != nil {
		longest.initial, longest.cls = good, good
	}
}

// promoteShortProse makes good the short sentences of a run of
// minShortProse or more: a text written in short lines, as easy-to-read
// news sets each sentence or phrase apart, has no long paragraph for
// context to lean on. Such sentences may run to three words, and name
// as many places as they use other words, the first word aside; a title
// in title case, or one cut short ("…"), is no sentence. Dates and
// bylines may break the run. It reports whether it made any block good.
func promoteShortProse(d *document, blocks []*block, lim limits) bool {
	promoted, from, run := false, 0, 0
	shortSentence := func(b *block) bool {
		return !b.ruled && b.initial == short && b.endsDot && b.words >= 3 && b.stop >= lim.low/2 &&
			b.caps <= b.lowers+1 && !truncated(d.view(b.lines[len(b.lines)-1]))
	}
	flush := func(to int) {
		if run >= minShortProse {
			// The run holds short sentences and the ruled dates and
			// bylines between them.
			for _, b := range blocks[from:to] {
				if !b.ruled {
					b.initial, b.cls, promoted = good, good, true
				}
			}
		}
		run = 0
	}
	for i, b := range blocks {
		switch {
		case b.meta():
		case shortSentence(b):
			if run == 0 {
				from = i
			}
			run++
		default:
			flush(i)
		}
	}
	flush(len(blocks))
	return promoted
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
// marker that a rule removed, or a line without letters: a bullet, a
// separator, a live blog's time stamp, a video's length. Such lines sit
// inside articles and comments as often as outside them, so they say
// nothing about their neighbours and context looks past them, as jusText
// looks past short blocks.
func (b *block) meta() bool {
	return b.ruled && b.heading == nil && (b.bare || b.cat == Date || b.cat == Byline || b.cat == Dateline || b.cat == Ad)
}

// adMarker reports whether b marks an ad's slot ("Advertisement",
// "Pubblicità"), which a page may set between any two lines of its text.
func (b *block) adMarker() bool { return b.ruled && b.heading == nil && b.cat == Ad }

// photo reports whether a rule removed b as a photo's caption or credit.
func (b *block) photo() bool {
	return b.ruled && b.heading == nil && (b.cat == Caption || b.cat == Credit)
}

// aside reports whether context looks past a block: a meta line, a line
// that repeats an earlier one, whose verdict is about the repeat and not
// about the text around it, or a sentence that prompts to subscribe, which
// sites set between the paragraphs of their text as often as after it.
func (b *block) aside() bool {
	return b.meta() || b.ruled && (b.cat == Duplicate || b.link && len(b.lines) == 1 || b.heading != nil && b.heading.Kind == LabelRule ||
		b.prompt)
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
	if j < 0 || cls[j] != good || !b.endsDot {
		return false
	}
	// A closing line may do without function words ("Mystery solved
	// at last."), if it is a sentence of lower-case words.
	return (b.words >= 4 || b.words == 3 && b.endsStop) && b.stop >= lim.low/2 ||
		b.endsStop && b.words >= 5 && b.lowers > b.caps
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
