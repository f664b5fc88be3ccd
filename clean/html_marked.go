package clean

import (
	"iter"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodyMarkers are the class, id and itemprop names by which publishing
// systems mark the container of an article's body, as trafilatura's
// content selectors list them. A name matches when the attribute, case
// folded, contains it, so "entry-content" also finds "entry-content
// clearfix" and "articleBody" finds itemprop="articleBody".
var bodyMarkers = []string{
	"articlebody", "article-body", "article__body", "article-content", "article__content",
	"article-text", "articletext", "entry-content", "entry-body", "post-content", "post_content",
	"postcontent", "post-body", "post-text", "post_text", "post-entry", "postentry",
	"story-body", "storycontent", "story-content", "body-text", "text-content", "art-content",
}

// agreement is how readability's choice of article and the body a page
// marks relate.
type agreement int

const (
	unmarked        agreement = iota // the page marks no body
	markedSame                       // one holds most of the other's prose
	markedElsewhere                  // they are different parts of the page
)

// withMarkedBody checks readability's article lines against the body the
// page marks. Readability scores containers by their text alone, and on a
// page whose article is short, a sidebar blurb, an author box or a list of
// links can outscore it; the page's own marking is the better witness
// then. When the two are different parts of the page, the marked body
// replaces the article, unless the article is long and the body short (see
// overrules). When each holds most of the other, the article
// loses the lines after the body that are not in it: readability's
// container often holds the body and, below it, lists of headlines.
func withMarkedBody(article []pageLine, doc *html.Node) ([]pageLine, agreement) {
	body := markedBody(doc)
	inBody, holdsBody := contained(article, body), contained(body, article)
	switch {
	case body == nil:
		return article, unmarked
	case inBody && holdsBody:
		return within(article, body), markedSame
	case inBody || holdsBody:
		return article, markedSame
	case overrules(article, body):
		return article, unmarked
	}
	return body, markedElsewhere
}

// overrules reports whether readability's article outweighs a marked body
// elsewhere on the page: it is long, and many times the body's prose.
// Teasers and blurbs borrow the body's class names; sidebars and lists of
// links seldom run to hundreds of words of prose.
func overrules(article, body []pageLine) bool {
	w := proseWords(article)
	return w >= minOverrulingWords && w > proseWords(body)*minOverrulingShare
}

// minOverrulingWords and minOverrulingShare are the prose an article needs
// to overrule a marked body: that many words, that many times the body's.
const (
	minOverrulingWords = 500
	minOverrulingShare = 4
)

// markedBody returns the lines of the element the page marks as its
// article's body, without those of comment sections, or nil. Among the
// outermost article, div, main and section elements whose class, id or
// itemprop holds one of bodyMarkers, it takes the one whose lines hold the
// most prose, if that is at least minMarkedWords: the largest rather than
// the first, because author boxes and teasers borrow the same names.
func markedBody(doc *html.Node) []pageLine {
	var best []pageLine
	most := 0
	inMarked := make(map[*html.Node]bool)
	walk(doc, func(n *html.Node) {
		if n.Parent != nil && inMarked[n.Parent] {
			inMarked[n] = true // a part of a marked body is never larger
			return
		}
		if n.Type != html.ElementNode || !containerAtoms[n.DataAtom] || !marked(n) {
			return
		}
		inMarked[n] = true
		lines := withoutComments(renderLines(n))
		if w := proseWords(lines); w > most {
			best, most = lines, w
		}
	})
	if most < minMarkedWords {
		return nil
	}
	return best
}

// minMarkedWords is the least prose a marked body needs to count.
const minMarkedWords = 25

var containerAtoms = atomSet(atom.Article, atom.Div, atom.Main, atom.Section)

func marked(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "itemprop" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, m := range bodyMarkers {
			if strings.Contains(v, m) {
				return true
			}
		}
	}
	return false
}

func withoutComments(lines []pageLine) []pageLine {
	out := lines[:0:0]
	for _, l := range lines {
		if !l.comment {
			out = append(out, l)
		}
	}
	return out
}

// proseWords counts the words of the lines that are not mostly link text.
func proseWords(lines []pageLine) int {
	n := 0
	for _, l := range lines {
		if !linkLine(l) {
			n += wordCount(l.text)
		}
	}
	return n
}

func linkLine(l pageLine) bool { return l.links*2 > len(l.text) }

// contained reports whether a has prose and most of it, by its pairs of
// successive words, is also in b. Pairs rather than whole lines, because
// readability joins and splits a page's blocks into lines of its own.
func contained(a, b []pageLine) bool {
	in := pairSet(b)
	shared, all := 0, 0
	for _, l := range a {
		if !linkLine(l) {
			s, n := sharedPairs(l.text, in)
			shared, all = shared+s, all+n
		}
	}
	return all > 0 && shared*2 >= all
}

// within keeps the head of article, up to its first line in body, and
// after it the lines that are mostly in body, link text or not, and those
// of a single word. The head holds the headline and standfirst, which
// pages put outside the body; the tail, related links and the like.
func within(article, body []pageLine) []pageLine {
	in := pairSet(body)
	var out []pageLine
	head := true
	for _, l := range article {
		shared, all := sharedPairs(l.text, in)
		inBody := all == 0 || shared*2 >= all
		head = head && (!inBody || all == 0)
		if head || inBody {
			out = append(out, l)
		}
	}
	return out
}

func pairSet(lines []pageLine) map[uint64]bool {
	in := make(map[uint64]bool)
	for _, l := range lines {
		for k := range wordPairs(l.text) {
			in[k] = true
		}
	}
	return in
}

// sharedPairs counts the pairs of successive words of s, and those of
// them in the set.
func sharedPairs(s string, in map[uint64]bool) (shared, all int) {
	for k := range wordPairs(s) {
		all++
		if in[k] {
			shared++
		}
	}
	return shared, all
}

// wordPairs yields a hash of each pair of successive words of s.
func wordPairs(s string) iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		var prev uint64
		for i, w := range strings.Fields(s) {
			h := lineHash(w)
			if i > 0 && !yield(prev*31+h) {
				return
			}
			prev = h
		}
	}
}
