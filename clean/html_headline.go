package clean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// withHeadlineArticle checks readability's article lines against the
// <article> element that holds the page's headline. Pages that load the
// next stories below the first one, as endless scrolling does, hold
// several articles, each under its own h1, and readability takes the one
// with the most text, which need not be the one the page is about. When
// the article lines lie in another <article> element with an h1 than the
// headline's, the headline's replaces them, and it reports so. Pages that
// use <article> for any box, a recipe's steps or a product's details, give
// those boxes no h1. A headline outside any <article> element, or an
// article that is not in one, leaves the choice to readability: a
// headline in a header of its own is the common layout, not a sign of a
// wrong choice.
func withHeadlineArticle(article []pageLine, doc *html.Node, title string) ([]pageLine, bool) {
	key := metaKey(title)
	if key == "" || len(article) == 0 {
		return article, false
	}
	own := headlineArticle(doc, key)
	if own == nil {
		return article, false
	}
	ownLines := withoutComments(renderLines(own))
	if proseWords(ownLines) < minMarkedWords || contained(article, ownLines) {
		return article, false
	}
	found := false
	walk(doc, func(n *html.Node) {
		if found || n.Type != html.ElementNode || n.DataAtom != atom.Article || n == own || encloses(n, own) || encloses(own, n) {
			return
		}
		found = holdsH1(n) && contained(article, renderLines(n))
	})
	if !found {
		return article, false
	}
	return ownLines, true
}

// headlineArticle returns the nearest <article> element around the first
// h1 whose text is the title, folded as metaKey folds it, or nil.
func headlineArticle(doc *html.Node, key string) *html.Node {
	var h1 *html.Node
	walk(doc, func(n *html.Node) {
		if h1 == nil && n.Type == html.ElementNode && n.DataAtom == atom.H1 && metaKey(nodeText(n)) == key {
			h1 = n
		}
	})
	for n := h1; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			return n
		}
	}
	return nil
}

// holdsH1 reports whether there is an h1 element under n.
func holdsH1(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) {
		found = found || c.Type == html.ElementNode && c.DataAtom == atom.H1
	})
	return found
}

// encloses reports whether n lies under outer.
func encloses(outer, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == outer {
			return true
		}
	}
	return false
}
