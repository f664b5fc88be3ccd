package clean

import (
	"slices"

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
	own, others := headlineArticles(doc, key)
	if own == nil || len(others) == 0 {
		return article, false
	}
	ownLines := withoutComments(renderLines(own))
	if proseWords(ownLines) < minMarkedWords || contained(article, ownLines) {
		return article, false
	}
	for _, n := range others {
		if contained(article, renderLines(n)) {
			return ownLines, true
		}
	}
	return article, false
}

// headlineArticles returns the nearest <article> element around the first
// h1 whose text is the title, folded as metaKey folds it, and the other
// <article> elements around an h1, apart from those that hold it or that
// it holds. Only h1 elements are visited, so a page with a single one
// costs a walk and no rendering.
func headlineArticles(doc *html.Node, key string) (own *html.Node, others []*html.Node) {
	var heads []*html.Node // the article around each h1, or nil
	found := -1
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.DataAtom != atom.H1 {
			return
		}
		if found < 0 && metaKey(nodeText(n)) == key {
			found = len(heads)
		}
		heads = append(heads, articleAround(n))
	})
	if found < 0 || heads[found] == nil {
		return nil, nil
	}
	own = heads[found]
	for _, a := range heads {
		if a != nil && a != own && !encloses(a, own) && !encloses(own, a) && !slices.Contains(others, a) {
			others = append(others, a)
		}
	}
	return own, others
}

// articleAround returns the nearest <article> element that holds n, or nil.
func articleAround(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Article {
			return p
		}
	}
	return nil
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
