package clean

import (
	"bytes"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/winnow-text/winnow/normalize"
)

// Meta is what a page says about its article. It goes into fields of the
// output record, never into the text.
type Meta struct {
	Title    string
	Byline   string
	Date     string // as the page gives it, preferably ISO 8601
	SiteName string
	Language string
	URL      string
}

// Page is a cleaned HTML page: the article text with its removals, the
// page's metadata, and the encoding its bytes were decoded from. Line
// numbers of removals count the lines of the text extracted from the page,
// one block per line, before cleaning.
type Page struct {
	Result
	Meta     Meta
	Encoding string
}

// HTML extracts the main text of an HTML page and cleans it as Text does.
// The page may be in any encoding; it is decoded to UTF-8 by its declared
// charset and its bytes. The main content comes from readability, rendered
// one block per line, checked against the body the page itself marks (see
// withMarkedBody); when both find little or nothing, or leave out runs of
// prose (see preferWhole), the whole visible text is cleaned instead so
// that no article is lost. pageURL may be empty.
//
// Pages of more than 6 MB once decoded skip the DOM and readability, whose
// tree costs some thirty times the page's size: their visible text is
// cleaned whole, and memory stays within about five to eight times the
// page's size (a 50 MB page: about 2 s and 250 MB).
func (c *Cleaner) HTML(page []byte, pageURL string) (Page, error) {
	return c.HTMLWithCharset(page, pageURL, "")
}

// HTMLWithCharset is HTML for a page whose transport named its charset,
// such as the charset parameter of an HTTP Content-Type header in a WARC
// record. The hint counts only when the page declares no charset of its
// own and has no byte order mark, and even then the bytes overrule it when
// they are invalid or far less likely in it, as they overrule a page's own
// declaration. An empty or unknown charset is ignored.
func (c *Cleaner) HTMLWithCharset(page []byte, pageURL, charset string) (Page, error) {
	src, enc := decodePage(page, charset)
	if len(src) > maxReadabilitySize {
		return c.hugeHTML(src, enc, pageURL), nil
	}
	src = flattenDeep(src, maxHTMLDepth)
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return Page{}, err
	}
	u, _ := url.Parse(pageURL)
	if u != nil && u.Scheme == "" {
		u = nil // readability resolves links against it; a bare path helps nothing
	}
	prune(doc)
	art, rerr := readability.FromDocument(doc, u)

	meta := pageMeta(doc, art, pageURL)
	whole := renderLines(doc)
	var lines []pageLine
	if rerr == nil && art.Node != nil {
		// Node is the first child of the article's container; Content,
		// the container's inner HTML, holds all of them.
		content := art.Node
		if content.Parent != nil {
			content = content.Parent
		}
		lines = renderLines(content)
	}
	lines, byHeadline := withHeadlineArticle(lines, doc, meta.Title)
	lines, found := withMarkedBody(lines, doc)
	lines = withLead(lines, whole)
	var r Result
	if len(lines) > 0 {
		if c.keep[Comment] {
			lines = withComments(lines, whole)
		}
		r = c.cleanWithMeta(lineText(lines), meta, true)
	}
	if found != markedElsewhere && !byHeadline && c.preferWhole(whole, r.Text, found == markedSame) {
		r = c.cleanWithMeta(lineText(whole), meta, false)
	}
	return Page{Result: r, Meta: meta, Encoding: enc}, nil
}

// withLead puts back the paragraphs that stand right before the article
// on the page and that readability left out, as it does with a lead or
// standfirst kept in a container of its own: the lines of prose, not link
// text or captions, between the article's first line and whatever
// precedes them.
func withLead(article, whole []pageLine) []pageLine {
	if len(article) == 0 {
		return article
	}
	first := -1
	for i, l := range whole {
		if l.text == article[0].text {
			first = i
			break
		}
	}
	start := first
	for start > 0 && leadLine(whole[start-1]) {
		start--
	}
	if start == first || first < 0 {
		return article
	}
	return append(whole[start:first:first], article...)
}

func leadLine(l pageLine) bool {
	return wordCount(l.text) >= 5 && l.links*5 <= len(l.text) && !l.figure
}

// withComments appends to an article's lines the prose of the page's
// comment sections, which readability leaves out, for a Cleaner that keeps
// the comment category: readers' comments are not the article, but some
// uses (and trafilatura by default) want them. Lines that are mostly link
// text (names, dates, "Reply") or short stay out.
func withComments(article, whole []pageLine) []pageLine {
	seen := make(map[string]bool, len(article))
	for _, l := range article {
		seen[l.text] = true
	}
	for _, l := range whole {
		if l.comment && !seen[l.text] && wordCount(l.text) >= minCommentWords && l.links*4 <= len(l.text) {
			seen[l.text] = true
			article = append(article, l)
		}
	}
	return article
}

// minCommentWords is the fewest words a comment line needs to be kept.
const minCommentWords = 5

// commentSection reports whether n is a page's comment section: its id or
// class says so, and it holds no main heading (pages mark whole articles
// "comments-open" and the like).
func commentSection(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	named := false
	for _, a := range n.Attr {
		if (a.Key == "id" || a.Key == "class") && strings.Contains(strings.ToLower(a.Val), "comment") {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	h1 := false
	walk(n, func(c *html.Node) { h1 = h1 || c.DataAtom == atom.H1 })
	return !h1
}

// maxReadabilitySize is the size of a decoded page above which HTML skips
// the DOM and readability: a parsed tree costs some thirty times the
// page's bytes, a 50 MB page more than a gigabyte. Such pages are dumps,
// feeds and archives rather than articles, and are cleaned as a whole.
const maxReadabilitySize = 6 << 20

// hugeHTML cleans a page too big for a DOM: its visible text, read by the
// tokenizer, goes through Text, and metadata comes from the page's head
// alone. The text is cleaned in pieces of about a megabyte, so that
// Text's working memory does not grow with the page: the whole call needs
// some five to eight times the page's size, and about 40 ms per megabyte.
func (c *Cleaner) hugeHTML(src []byte, enc, pageURL string) Page {
	head := src[:min(len(src), 1<<20)]
	if i := bytes.Index(bytes.ToLower(head), []byte("</head")); i >= 0 {
		head = head[:i]
	}
	var meta Meta
	if doc, err := html.Parse(bytes.NewReader(head)); err == nil {
		meta = pageMeta(doc, readability.Article{}, pageURL)
	}
	text := VisibleText(src)
	var out strings.Builder
	out.Grow(len(text)) // at most the text: growing by doubling would hold two copies
	var r Result
	lines := 0
	for text != "" {
		piece := text
		if len(piece) > hugePiece {
			if i := strings.IndexByte(piece[hugePiece:], '\n'); i >= 0 {
				piece = piece[:hugePiece+i]
			}
		}
		text = strings.TrimPrefix(text[len(piece):], "\n")
		pr := c.cleanWithMeta(piece, meta, false)
		if pr.Text != "" {
			if out.Len() > 0 {
				out.WriteByte('\n')
			}
			out.WriteString(pr.Text)
		}
		for _, rm := range pr.Removed {
			rm.Line += lines
			r.Removed = append(r.Removed, rm)
		}
		lines += strings.Count(piece, "\n") + 1
	}
	r.Text = out.String()
	return Page{Result: r, Meta: meta, Encoding: enc}
}

// hugePiece is the size of the pieces hugeHTML cleans one at a time.
const hugePiece = 1 << 20

// prune removes the nodes that show no text to a reader, as VisibleText
// judges them, so that readability neither keeps them nor spends time
// copying and searching them. The title and JSON-LD stay: they carry
// metadata.
func prune(doc *html.Node) {
	var dead []*html.Node
	shown := make(map[*html.Node]*html.Node) // noscript elements, and the prose they show
	walk(doc, func(n *html.Node) {
		switch {
		case n.Type == html.CommentNode:
		case n.Type != html.ElementNode, n.DataAtom == atom.Title:
			return
		case n.DataAtom == atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") {
				return
			}
		case n.DataAtom == atom.Noscript:
			if div := noscriptProse(n); div != nil {
				shown[n] = div
				return
			}
		case !skipped[n.DataAtom] && !hiddenNode(n):
			return
		}
		dead = append(dead, n)
	})
	for n, div := range shown {
		prune(div)
		n.Parent.InsertBefore(div, n)
		n.Parent.RemoveChild(n)
	}
	for _, n := range dead {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// noscriptProse returns a div holding what a noscript element shows when
// it holds prose, or nil: the copy of the article that pages which write
// their text with scripts (Blogger's templates among them) leave for
// readers without. The parser keeps a noscript's content as raw text;
// tracking pixels and "enable JavaScript" notices hold too few words.
func noscriptProse(n *html.Node) *html.Node {
	raw := n.FirstChild
	if raw == nil || raw.Type != html.TextNode || raw.NextSibling != nil || n.Parent == nil || !strings.Contains(raw.Data, "<") {
		return nil
	}
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(raw.Data), div)
	if err != nil {
		return nil
	}
	for _, c := range nodes {
		div.AppendChild(c)
	}
	if wordCount(lineText(renderLines(div))) < minNoscriptWords {
		return nil
	}
	return div
}

// minNoscriptWords is the fewest words a noscript element needs to be
// shown as part of the page.
const minNoscriptWords = 50

// hiddenNode reports whether n carries the hidden attribute,
// aria-hidden="true" or an inline display:none.
func hiddenNode(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// maxHTMLDepth bounds element nesting: the HTML parser and readability
// both slow down with the square of the depth, and no real page nests this
// deep.
const maxHTMLDepth = 256

// decodePage returns the page as valid UTF-8 and the encoding it was
// decoded from. hint is a charset named outside the page, or "".
func decodePage(page []byte, hint string) ([]byte, string) {
	enc := detectPage(page, hint)
	switch enc {
	case "utf-8", "ascii":
	default:
		if out, err := normalize.DecodeTo(page, enc); err == nil {
			return out, enc
		}
	}
	page = bytes.TrimPrefix(page, []byte("\uFEFF"))
	if !utf8.Valid(page) {
		page = bytes.ToValidUTF8(page, []byte("\uFFFD"))
	}
	if bytes.IndexByte(page, 0) >= 0 {
		// The HTML parser drops NULs from text; so must every reading of it.
		page = bytes.ReplaceAll(page, []byte{0}, nil)
	}
	return page, enc
}

// detectPage names the encoding of page. A hint stands in for the
// declaration the page lacks: detection reads it as if the page began
// with <meta charset=hint>, so the bytes may still overrule it.
func detectPage(page []byte, hint string) string {
	head := page[:min(len(page), declarationScan)]
	if hint == "" || hasBOM(page) || bytes.Contains(bytes.ToLower(head), []byte("charset")) ||
		bytes.HasPrefix(page, []byte("<?xml")) {
		return normalize.DetectHTML(page).Encoding
	}
	if _, err := normalize.Lookup(hint); err != nil {
		return normalize.DetectHTML(page).Encoding
	}
	// Detection samples the start of the page; a megabyte is plenty and
	// bounds the copy.
	sample := page[:min(len(page), 1<<20)]
	b := make([]byte, 0, len(sample)+len(hint)+20)
	b = append(append(append(b, `<meta charset="`...), hint...), `">`...)
	return normalize.DetectHTML(append(b, sample...)).Encoding
}

// declarationScan is how far into a page a charset declaration is looked
// for: browsers look at the first 1024 bytes; pages with long heads put it
// later, and detection finds those too.
const declarationScan = 4096

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) || bytes.HasPrefix(b, []byte("\xFE\xFF")) ||
		bytes.HasPrefix(b, []byte("\xFF\xFE"))
}

// preferWhole reports whether the whole page, cleaned line by line, is
// a better text than article, readability's cleaned choice. Readability
// settles on one container; where an article continues outside it (pages
// split in several containers, comment threads, dropped lead paragraphs),
// the page holds runs of prose it did not take: several successive lines
// of ten words or more that are not link text, as jusText and trafilatura
// judge paragraphs. Isolated prose lines are teasers and sidebar blurbs and
// do not count. When the page's marked body confirms the article, it is
// not split, and only comment threads count. When readability found
// almost nothing, the whole page wins if it holds clearly more prose.
func (c *Cleaner) preferWhole(whole []pageLine, article string, confirmed bool) bool {
	got := wordCount(article)
	if got == 0 {
		return len(whole) > 0
	}
	taken := make(map[string]bool)
	forEachLine(article, func(_ int, line string) { taken[line] = true })
	var prose, run, runLines int
	end := func() {
		if runLines >= minProseRun {
			run += prose
		}
		prose, runLines = 0, 0
	}
	all := 0
	for _, l := range whole {
		w := wordCount(l.text)
		if w >= 10 {
			all += w
		}
		switch {
		case taken[l.text]:
			end()
		case w >= 10 && l.links*4 <= len(l.text) && (!confirmed || l.comment):
			prose += w
			runLines++
		default:
			end()
		}
	}
	end()
	if got < 20 && all*2 > got*5 {
		return true
	}
	return run*10 > got*3
}

// minProseRun is how many successive prose lines make a run of article
// text rather than a teaser.
const minProseRun = 3

// wordCount counts runs of letters and digits, and each character of the
// scripts written without spaces, so that pages compare alike in any
// language.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && (!in || isCJK(r)) {
			n++
		}
		in = w
	}
	return n
}

// cleanWithMeta removes the lines that repeat the title or byline, which
// live in Meta, and a second copy of the article (see secondCopies), and
// cleans the rest with Text. Readability has already
// judged the structure of an article's text, so there only the rules
// (phrases, dates, bylines, corpus templates) remove lines, not the
// structural guesses that a whole-page dump needs. text has no blank lines;
// line numbers of removals refer to it.
func (c *Cleaner) cleanWithMeta(text string, m Meta, article bool) Result {
	title, byline := metaKey(m.Title), metaKey(m.Byline)
	var lines []string
	var orig []int // input line number of each line passed to Text
	var removed []Removal
	copies := secondCopies(text)
	forEachLine(text, func(n int, line string) {
		switch k := metaKey(line); {
		case k == "":
		case k == title && !c.keep[Duplicate]:
			removed = append(removed, Removal{Line: n, Text: line, Category: Duplicate, Rule: "html: page title"})
			return
		case k == byline && !c.keep[Byline]:
			removed = append(removed, Removal{Line: n, Text: line, Category: Byline, Rule: "html: page byline"})
			return
		case copies[n] && !c.keep[Duplicate]:
			removed = append(removed, Removal{Line: n, Text: line, Category: Duplicate, Rule: "html: second copy"})
			return
		}
		lines = append(lines, line)
		orig = append(orig, n)
	})
	r := c.Text(strings.Join(lines, "\n"))
	if article {
		r = restoreStructural(lines, r)
	}
	for i := range r.Removed {
		if l := r.Removed[i].Line; l >= 1 && l <= len(orig) {
			r.Removed[i].Line = orig[l-1]
		}
	}
	r.Removed = mergeRemovals(removed, r.Removed)
	return r
}

// secondCopies finds the lines of text that repeat earlier lines when
// the text holds its article twice, as pages do that carry a teaser or
// print copy shown by script: the line numbers of the later copies of
// long lines, when those make up a third or more of the text's words.
// Fewer repeats are quotes (forum replies, pull quotes) and stay.
func secondCopies(text string) map[int]bool {
	seen := make(map[string]bool)
	copies := make(map[int]bool)
	all, repeated := 0, 0
	forEachLine(text, func(n int, line string) {
		w := wordCount(line)
		all += w
		if w < minRepeatWords {
			return
		}
		k := metaKey(line)
		if seen[k] {
			copies[n] = true
			repeated += w
		}
		seen[k] = true
	})
	if repeated*3 < all {
		return nil
	}
	return copies
}

// minRepeatWords is the fewest words a line needs to count in a second
// copy: short lines (captions, "Advertisement") recur on their own.
const minRepeatWords = 8

// restoreStructural puts back the whole lines that r removed for their
// shape alone (fragments, repeats) rather than by a rule. lines are Text's
// input, which had no blank lines, so r's kept lines pair up in order with
// the lines it did not remove whole.
func restoreStructural(lines []string, r Result) Result {
	whole := make(map[int]Removal, len(r.Removed))
	restore := false
	for _, rm := range r.Removed {
		if rm.Line >= 1 && rm.Line <= len(lines) && rm.Text == lines[rm.Line-1] {
			whole[rm.Line] = rm
			restore = restore || structural(rm)
		}
	}
	if !restore {
		return r
	}
	var kept []string
	if r.Text != "" {
		kept = strings.Split(r.Text, "\n")
	}
	if len(kept)+len(whole) != len(lines) {
		return r // not the pairing expected: leave Text's verdict alone
	}
	out := make([]string, 0, len(lines))
	var removals []Removal
	for i, line := range lines {
		rm, gone := whole[i+1]
		switch {
		case !gone:
			out, kept = append(out, kept[0]), kept[1:]
		case structural(rm):
			out = append(out, line)
		}
	}
	for _, rm := range r.Removed {
		if w, ok := whole[rm.Line]; !ok || w != rm || !structural(rm) {
			removals = append(removals, rm)
		}
	}
	return Result{Text: strings.Join(out, "\n"), Removed: removals}
}

func structural(rm Removal) bool {
	return rm.Category == Fragment || (rm.Category == Duplicate && strings.HasPrefix(rm.Rule, "structure"))
}

// metaKey folds a line or a metadata value for comparison: case and runs
// of spaces and punctuation do not count.
func metaKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// mergeRemovals merges two lists sorted by line.
func mergeRemovals(a, b []Removal) []Removal {
	if len(a) == 0 {
		return b
	}
	out := make([]Removal, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].Line <= b[0].Line {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// pageMeta takes the metadata readability found and fills what it missed
// from <meta> tags, <time> and the canonical link.
func pageMeta(doc *html.Node, art readability.Article, pageURL string) Meta {
	m := Meta{
		Title:    oneLine(art.Title),
		Byline:   oneLine(art.Byline),
		SiteName: oneLine(art.SiteName),
		Language: art.Language,
		URL:      pageURL,
	}
	if art.PublishedTime != nil {
		m.Date = art.PublishedTime.Format(time.RFC3339)
	}
	if m.Title == pageURL {
		m.Title = "" // readability's stand-in for an unreadable title
	}
	h1 := ""
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.DataAtom {
		case atom.H1:
			if h1 == "" {
				h1 = oneLine(nodeText(n))
			}
		case atom.Html:
			if m.Language == "" {
				m.Language = attr(n, "lang")
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			val := strings.TrimSpace(attr(n, "content"))
			if val == "" {
				return
			}
			switch {
			case m.Date == "" && dateKeys[key]:
				m.Date = val
			case m.URL == "" && key == "og:url":
				m.URL = val
			case m.Title == "" && (key == "og:title" || key == "twitter:title"):
				m.Title = oneLine(val)
			case m.Language == "" && (key == "og:locale" || key == "content-language"):
				m.Language = val
			}
		case atom.Title:
			if m.Title == "" {
				m.Title = oneLine(nodeText(n))
			}
		case atom.Time:
			if m.Date == "" {
				m.Date = strings.TrimSpace(attr(n, "datetime"))
			}
		case atom.Link:
			if m.URL == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				m.URL = attr(n, "href")
			}
		}
	})
	// Titles often carry the site name ("Headline | Site", "Site - Headline");
	// the page's own heading, when the title contains it, is the headline.
	if k := metaKey(h1); k != "" && strings.Contains(metaKey(m.Title), k) && strings.Contains(k, " ") {
		m.Title = h1
	}
	return m
}

// nodeText is the text under n, as the page has it.
func nodeText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// dateKeys are the <meta> names and properties that carry a publication date.
var dateKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.date": true, "dcterms.created": true,
	"sailthru.date": true, "parsely-pub-date": true, "article.published": true,
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// walk calls fn for n and every node under it, in document order,
// without recursion.
func walk(n *html.Node, fn func(*html.Node)) {
	for c := n; c != nil; {
		fn(c)
		switch {
		case c.FirstChild != nil:
			c = c.FirstChild
		default:
			for c != n && c.NextSibling == nil {
				c = c.Parent
			}
			if c == n {
				return
			}
			c = c.NextSibling
		}
	}
}

// flattenDeep drops the tags of elements nested deeper than limit, keeping
// their text, so that hostile nesting costs linear time. Pages within the
// limit come back unchanged, without copying.
func flattenDeep(page []byte, limit int) []byte {
	if !mayNestDeeper(page, limit) {
		return page
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	var (
		stack   []atom.Atom
		out     []byte // nil until the first dropped tag
		offset  int    // bytes of page consumed so far
		dropped int    // open elements whose tags were dropped
	)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := offset
		offset += len(raw)
		drop := false
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voids[a] {
				break
			}
			if len(stack) > 0 && stack[len(stack)-1] == a && selfClosing[a] {
				break // <p><p>: the second closes the first
			}
			if len(stack) >= limit {
				drop = true
				dropped++
				break
			}
			stack = append(stack, a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if dropped > 0 {
				drop = true
				dropped--
				break
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == a {
					stack = stack[:i]
					break
				}
			}
		}
		if drop && out == nil {
			out = append(make([]byte, 0, len(page)), page[:start]...)
		}
		if out != nil && !drop {
			out = append(out, raw...)
		}
	}
	if out == nil {
		return page
	}
	return append(out, page[offset:]...)
}

// mayNestDeeper reports whether page might nest elements deeper than
// limit, by a scan of tags that is fast and errs on the deep side: it
// counts every start tag but a few common void ones as opening an element.
func mayNestDeeper(page []byte, limit int) bool {
	depth := 0
	for {
		i := bytes.IndexByte(page, '<')
		if i < 0 || i+1 >= len(page) {
			return false
		}
		page = page[i+1:]
		switch c := page[0] | 0x20; {
		case page[0] == '/':
			depth = max(depth-1, 0)
		case c >= 'a' && c <= 'z' && !startsVoid(page):
			if depth++; depth > limit {
				return true
			}
		}
	}
}

// startsVoid reports whether a tag name beginning s is one of the void
// elements pages use most.
func startsVoid(s []byte) bool {
	var name [6]byte
	n := 0
	for ; n < len(s) && n < len(name); n++ {
		c := s[n] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		name[n] = c
	}
	switch string(name[:n]) {
	case "br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "col", "embed", "base":
		return true
	}
	return false
}

// selfClosing elements are implicitly closed by a sibling of the same kind.
var selfClosing = atomSet(atom.P, atom.Li, atom.Option, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th)

// pageLine is one line of a page rendered as text: a paragraph, heading,
// list item or cell, with how much of it is link text.
type pageLine struct {
	text    string
	links   int  // bytes of text inside links
	comment bool // in a comment section
	figure  bool // in a figure: a caption or credit
}

// renderLines renders the visible text under n one block per line, as
// VisibleText does for a whole page, and measures each line's link text.
// It expects a pruned tree: nothing under n is hidden but the head.
func renderLines(n *html.Node) []pageLine {
	r := renderer{}
	r.node(n)
	r.flush()
	return r.out
}

type renderer struct {
	out   []pageLine
	cur   []byte
	links int
	space bool
	inA   int
	pre   int
	// comments is the depth of comment sections; the line began in one.
	comments int
	comment  bool
	figures  int
	figure   bool
}

// node renders n and what is under it. It recurses: trees reach it
// flattened to maxHTMLDepth.
func (r *renderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	a := n.DataAtom
	if a == 0 && n.Type == html.ElementNode {
		// readability builds elements by name alone
		a = atom.Lookup([]byte(n.Data))
	}
	switch {
	case a == atom.Head || skipped[a]:
		return
	case a == atom.Img || a == atom.Input || a == atom.Wbr:
		r.space = true
	}
	if n.Type == html.ElementNode {
		if blocks[a] {
			r.flush()
		}
		if r.comments == 0 && commentSection(n) {
			r.comments++
			defer func() { r.comments-- }()
		}
		switch a {
		case atom.Figure, atom.Figcaption:
			r.figures++
			defer func() { r.figures-- }()
		case atom.A:
			r.inA++
			defer func() { r.inA-- }()
		case atom.Pre:
			r.pre++
			defer func() { r.pre-- }()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
	if blocks[a] {
		r.flush()
	}
}

func (r *renderer) text(s string) {
	if r.pre == 0 {
		r.words(s)
		return
	}
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			r.flush()
		}
		r.words(part)
	}
}

func (r *renderer) words(t string) {
	for _, c := range t {
		if isSpace(c) {
			r.space = true
			continue
		}
		if normalize.Invisible(c) {
			continue // a soft hyphen or a bidi mark (see VisibleText)
		}
		if len(r.cur) == 0 {
			r.comment, r.figure = r.comments > 0, r.figures > 0
		}
		if r.space && len(r.cur) > 0 {
			r.cur = append(r.cur, ' ')
			if r.inA > 0 {
				r.links++
			}
		}
		r.space = false
		n := len(r.cur)
		r.cur = utf8.AppendRune(r.cur, c)
		if r.inA > 0 {
			r.links += len(r.cur) - n
		}
	}
}

func (r *renderer) flush() {
	if len(r.cur) > 0 {
		r.out = append(r.out, pageLine{text: string(r.cur), links: r.links, comment: r.comment, figure: r.figure})
	}
	r.cur, r.links, r.space = r.cur[:0], 0, false
}

// lineText joins the blocks' text one per line.
func lineText(bs []pageLine) string {
	var b strings.Builder
	for i, bl := range bs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.text)
	}
	return b.String()
}
