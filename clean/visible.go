package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/winnow-text/winnow/normalize"
)

// VisibleText returns all visible text of an HTML page, one block per line,
// the way a scraper dumps a page: the head, scripts, styles, templates and
// hidden elements are skipped; block elements, br, list items, table cells and
// headings each start a new line; inline elements are joined into their line.
// Runs of white space collapse to one space except inside pre, and soft
// hyphens and bidi marks, which only guide a renderer, are dropped. The input is
// expected to be UTF-8; invalid bytes become U+FFFD.
func VisibleText(page []byte) string {
	if !utf8.Valid(page) {
		page = bytes.ToValidUTF8(page, []byte("\uFFFD"))
	}
	v := visible{}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			v.flush()
			return strings.Join(v.lines, "\n")
		case html.TextToken:
			if v.skip == 0 {
				v.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if v.skip > 0 {
				if a == v.skipTag && tt == html.StartTagToken && a != 0 {
					v.skip++
				}
				continue
			}
			if skipped[a] || (hasAttr && hiddenAttr(z) && closable[a]) {
				if tt == html.StartTagToken && !voids[a] {
					v.skip, v.skipTag = 1, a
				}
				continue
			}
			v.tag(a, true)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if v.skip > 0 {
				if a == v.skipTag {
					v.skip--
				}
				continue
			}
			v.tag(a, false)
		}
	}
}

// visible accumulates the lines of a page dump.
type visible struct {
	lines   []string
	cur     []byte
	space   bool // a space is pending before the next word
	pre     int  // depth of pre elements
	skip    int  // depth of the skipped element
	skipTag atom.Atom
}

func (v *visible) text(t []byte) {
	if v.pre > 0 {
		for i, part := range bytes.Split(t, []byte("\n")) {
			if i > 0 {
				v.flush()
			}
			v.words(part)
		}
		return
	}
	v.words(t)
}

// words appends t to the current line with white space collapsed.
func (v *visible) words(t []byte) {
	for len(t) > 0 {
		r, n := utf8.DecodeRune(t)
		switch {
		case isSpace(r):
			v.space = true
		case normalize.Invisible(r):
		default:
			if v.space && len(v.cur) > 0 {
				v.cur = append(v.cur, ' ')
			}
			v.space = false
			v.cur = append(v.cur, t[:n]...)
		}
		t = t[n:]
	}
}

func (v *visible) tag(a atom.Atom, start bool) {
	if a == atom.Pre {
		if start {
			v.pre++
		} else if v.pre > 0 {
			v.pre--
		}
	}
	if blocks[a] {
		v.flush()
		return
	}
	// Inline boundaries between cells of words still separate words.
	if a == atom.Img || a == atom.Input || a == atom.Wbr {
		v.space = true
	}
}

func (v *visible) flush() {
	if len(v.cur) > 0 {
		v.lines = append(v.lines, string(v.cur))
	}
	v.cur = v.cur[:0]
	v.space = false
}

// isSpace reports whether r separates words on a page: Unicode white space
// (NEL and the line separators included), and the zero-width space and
// no-break BOM that pages use as spacing.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

// hiddenAttr reports whether the tag carries the hidden attribute,
// aria-hidden="true" or an inline display:none.
func hiddenAttr(z *html.Tokenizer) bool {
	for {
		k, val, more := z.TagAttr()
		switch string(k) {
		case "hidden":
			return true
		case "aria-hidden":
			if string(val) == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(string(val)), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
		if !more {
			return false
		}
	}
}

func atomSet(as ...atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}

var (
	// skipped elements never show text to a reader. The head needs no entry:
	// its only text lives in title, script and style, and its end tag is optional.
	skipped = atomSet(atom.Title, atom.Script, atom.Style, atom.Noscript,
		atom.Template, atom.Svg, atom.Math, atom.Iframe, atom.Select,
		atom.Textarea, atom.Button, atom.Noembed, atom.Noframes, atom.Canvas, atom.Audio, atom.Video)

	// closable elements reliably carry an end tag, so skipping a hidden one
	// cannot swallow the rest of a sloppy page.
	closable = atomSet(atom.Div, atom.Span, atom.Section, atom.Aside, atom.Nav,
		atom.Form, atom.Ul, atom.Ol, atom.Table, atom.Figure, atom.Header, atom.Footer, atom.A)

	voids = atomSet(atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr)

	// blocks start and end a line.
	blocks = atomSet(atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Br, atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Form, atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Legend, atom.Li, atom.Main,
		atom.Menu, atom.Nav, atom.Ol, atom.Option, atom.P, atom.Pre, atom.Section,
		atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead,
		atom.Tr, atom.Ul, atom.Frame, atom.Listing, atom.Plaintext, atom.Xmp)
)
