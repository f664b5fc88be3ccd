package clean

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// TestHTMLGolden cleans news pages in several languages and encodings,
// each with navigation, ads, related links, comments and a footer, and
// compares the metadata and text, and the explanation of every removal,
// with the golden files beside them.
func TestHTMLGolden(t *testing.T) {
	pages, _ := filepath.Glob("testdata/html/*.html")
	if len(pages) < 9 {
		t.Fatalf("found %d pages, want the 9 fixtures", len(pages))
	}
	c := newCleaner(t, Options{})
	for _, in := range pages {
		name := strings.TrimSuffix(filepath.Base(in), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			p, err := c.HTML(src, "")
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(in, ".html")
			golden(t, base+".golden", pageSummary(p))
			golden(t, base+".explain", explain(p.Result))
		})
	}
}

func pageSummary(p Page) string {
	m := p.Meta
	return fmt.Sprintf("encoding: %s\ntitle: %s\nbyline: %s\ndate: %s\nsite: %s\nlanguage: %s\nurl: %s\n---\n%s\n",
		p.Encoding, m.Title, m.Byline, m.Date, m.SiteName, m.Language, m.URL, p.Text)
}

// TestHTMLFixtures checks what the golden files must never lose: the
// article, decoded, without the page furniture.
func TestHTMLFixtures(t *testing.T) {
	tests := []struct {
		file, enc, title string
		want, notWant    []string
	}{
		{"en-utf-8", "utf-8", "City council approves new bridge across the Elm River",
			[]string{"The city council voted 7 to 2", "bond measure that voters approved in November."},
			[]string{"Most read", "All rights reserved", "Sign up for our daily newsletter", "Finally! I have been waiting"}},
		{"de-iso-8859-1", "windows-1252", "Stadtwerke erhöhen die Preise für Fernwärme",
			[]string{"Die Stadtwerke erhöhen zum ersten März", "Anträge sind ab sofort im Kundenzentrum möglich."},
			[]string{"Meistgelesen", "Impressum", "Alle Rechte vorbehalten"}},
		{"ru-windows-1251", "windows-1251", "Ремонт Центрального моста завершат к осени",
			[]string{"Ремонт Центрального моста планируется завершить", "Средства выделены из областного и городского бюджетов."},
			[]string{"Самое читаемое", "Все права защищены"}},
		{"ja-shift-jis", "shift_jis", "夏祭りの花火大会、三年ぶりに規模を拡大して開催へ",
			[]string{"市観光協会は一日", "市内のコンビニなどで販売される。"},
			[]string{"よく読まれている記事", "All rights reserved"}},
		{"zh-gb18030", "gb18030", "地铁五号线南延段今日开通运营",
			[]string{"记者从市轨道交通集团获悉", "运营总里程将突破三百公里。"},
			[]string{"热门排行", "版权所有"}},
		{"ar-utf-8", "utf-8", "افتتاح محطة جديدة لتحلية المياه شمال المدينة",
			[]string{"افتتح محافظ المدينة صباح الاثنين"},
			[]string{"الأكثر قراءة", "جميع الحقوق محفوظة"}},
		// A short post that readability passes over for the sidebar's prose.
		{"en-blog-sidebar", "utf-8", "New 35-100mm lens in stock at last",
			[]string{"The new 35-100mm f/2.8 lens is in stock", "once we hear back from them."},
			[]string{"Disclaimer", "what the word rumor means", "Finally! I have been waiting"}},
		// A teaser copy of the article before the full text.
		{"en-second-copy", "ascii", "Factory activity in the region slows less than feared",
			[]string{"Factory activity in the region declined in July", "ready to act again"},
			[]string{"Subscribe to read", "All rights reserved"}},
	}
	c := newCleaner(t, Options{})
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata/html", tt.file+".html"))
			if err != nil {
				t.Fatal(err)
			}
			p, err := c.HTML(src, "")
			if err != nil {
				t.Fatal(err)
			}
			if p.Encoding != tt.enc {
				t.Errorf("encoding %q, want %q", p.Encoding, tt.enc)
			}
			if p.Meta.Title != tt.title {
				t.Errorf("title %q, want %q", p.Meta.Title, tt.title)
			}
			for _, w := range tt.want {
				if !strings.Contains(p.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, p.Text)
				}
			}
			for _, w := range append(tt.notWant, tt.title) {
				if strings.Contains(p.Text, w) {
					t.Errorf("text keeps %q:\n%s", w, p.Text)
				}
			}
		})
	}
}

func TestHTMLMeta(t *testing.T) {
	page := `<html lang="pt-BR"><head><title>Chuva forte atinge o litoral - Jornal do Porto</title>
<meta name="date" content="2023-11-05">
<meta property="og:url" content="https://jornal.example/chuva">
</head><body><article><h1>Chuva forte atinge o litoral</h1>
<p>` + strings.Repeat("A chuva forte que atingiu o litoral nesta segunda-feira deixou ruas alagadas e bairros sem energia. ", 6) + `</p>
<p>` + strings.Repeat("A defesa civil recomenda que os moradores evitem as áreas de risco até o fim da semana. ", 6) + `</p>
</article></body></html>`
	c := newCleaner(t, Options{})
	p, err := c.HTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{Title: "Chuva forte atinge o litoral", Date: "2023-11-05", Language: "pt-BR", URL: "https://jornal.example/chuva"}
	if p.Meta != want {
		t.Errorf("meta\n got %+v\nwant %+v", p.Meta, want)
	}
	if strings.Contains(p.Text, "Chuva forte atinge o litoral\n") || !strings.HasPrefix(p.Text, "A chuva forte") {
		t.Errorf("title not taken out of the text:\n%s", p.Text)
	}
	p, _ = c.HTML([]byte(page), "https://given.example/a")
	if p.Meta.URL != "https://given.example/a" {
		t.Errorf("URL %q, want the one given", p.Meta.URL)
	}
}

// TestHTMLFallback: when readability finds no article, the visible text
// still comes through, cleaned, so nothing is lost.
// TestHTMLNoscript checks that the article a page writes with a script,
// and copies into a noscript element for readers without, is found, while
// a noscript's tracking pixel or notice stays out.
func TestHTMLNoscript(t *testing.T) {
	story := "<p>The council voted on Tuesday to rebuild the old bridge over the river, after years of debate about the cost and the traffic it would bring to the town centre.</p>" +
		"<p>Work on the new bridge will start in the spring, and the ferry will run again while the old one is taken down.</p>" +
		"<p>Shops near the river welcomed the vote, though some of them fear a long and noisy summer.</p>"
	page := `<html><body><div class="header"><h2>Town Blog</h2><div>News from the town hall</div></div>
<div class="post-body"><script type="text/template">` + story + `</script>
<noscript>` + story + `</noscript></div>
<noscript><img src="https://example.com/pixel.gif"></noscript><noscript><p>Please enable JavaScript to view the comments.</p></noscript></body></html>`
	p, err := newCleaner(t, Options{}).HTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The council voted on Tuesday", "Work on the new bridge", "Shops near the river"} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("article lost: %q", p.Text)
		}
	}
	if strings.Contains(p.Text, "JavaScript") || strings.Contains(p.Text, "<") {
		t.Errorf("noscript notice or markup kept: %q", p.Text)
	}
}

func TestHTMLFallback(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"empty", "", ""},
		{"text only", "Just one plain sentence, no markup at all.", "Just one plain sentence, no markup at all."},
		{"short note", `<html><body><div><span>Der Zug fällt heute aus.</span></div></body></html>`, "Der Zug fällt heute aus."},
		{"list page", `<body><ul><li><p>Erste Meldung des Tages über das Wetter in der Stadt und im Umland.</p></li>
<li><p>Zweite Meldung des Tages über den Verkehr auf den Straßen der Stadt.</p></li></ul></body>`,
			"Erste Meldung des Tages über das Wetter in der Stadt und im Umland.\nZweite Meldung des Tages über den Verkehr auf den Straßen der Stadt."},
	}
	c := newCleaner(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := c.HTML([]byte(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if p.Text != tt.want {
				t.Errorf("text %q, want %q", p.Text, tt.want)
			}
		})
	}
}

func TestHTMLKeepCategories(t *testing.T) {
	page := []byte(`<html><head><title>Flood warning for the valley</title><meta name="author" content="Sam Reed"></head>
<body><article><p><b>Flood warning for the valley</b></p><p>Sam Reed</p>
<p>` + strings.Repeat("Heavy rain is expected to swell the river to its highest level in a decade by Friday. ", 8) + `</p></article></body></html>`)
	for _, tt := range []struct {
		keep       []Category
		title, who bool // kept in the text
	}{
		{nil, false, false},
		{[]Category{Duplicate}, true, false},
		{[]Category{Byline}, false, true},
	} {
		p, err := newCleaner(t, Options{Keep: tt.keep}).HTML(page, "")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(p.Text, "Flood warning for the valley"); got != tt.title {
			t.Errorf("keep %v: title kept %v, want %v\n%s", tt.keep, got, tt.title, p.Text)
		}
		if got := strings.Contains(p.Text, "Sam Reed"); got != tt.who {
			t.Errorf("keep %v: byline kept %v, want %v\n%s", tt.keep, got, tt.who, p.Text)
		}
	}
}

func TestDecodePage(t *testing.T) {
	tests := []struct {
		name      string
		page      []byte
		want, enc string
	}{
		{"utf-8", []byte(`<meta charset="utf-8"><p>Grüße</p>`), `<meta charset="utf-8"><p>Grüße</p>`, "utf-8"},
		{"bom", []byte("\uFEFF<p>été</p>"), "<p>été</p>", "utf-8"},
		{"windows-1251", []byte("<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0, \xf7\xf2\xee \xed\xee\xe2\xee\xe3\xee</p>"),
			`<meta charset="windows-1251"><p>Привет мир, что нового</p>`, "windows-1251"},
		{"shift_jis", []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x4c\x83\x58\x83\x67</p>"),
			`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>日本語のテキスト</p>`, "shift_jis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decodePage(tt.page, "")
			if string(got) != tt.want || enc != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
		})
	}
	if got, _ := decodePage([]byte("<p>caf\xc3</p>\xff\xfe\x00"), ""); !utf8.Valid(got) {
		t.Errorf("invalid UTF-8 out: %q", got)
	}
}

func TestFlattenDeep(t *testing.T) {
	tests := []struct {
		name, page, want string
		limit            int
	}{
		{"shallow", "<div><p>a</p></div>", "<div><p>a</p></div>", 3},
		{"deep", "<div><div><div><div>x</div></div></div></div>", "<div><div>x</div></div>", 2},
		{"voids do not nest", "<div><br><img src=a><hr><p>x</p></div>", "<div><br><img src=a><hr><p>x</p></div>", 2},
		{"siblings close", "<ul><li>a<li>b<li>c</ul>", "<ul><li>a<li>b<li>c</ul>", 2},
		{"text kept", "<b><i><u>one</u> two</i> three</b> four", "<b><i>one two</i> three</b> four", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(flattenDeep([]byte(tt.page), tt.limit)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	page := []byte("<p>unchanged</p>")
	if got := flattenDeep(page, 10); &got[0] != &page[0] {
		t.Error("a page within the limit was copied")
	}
}

// TestHTMLDeepNesting: hostile nesting must cost linear time, not the
// parser's quadratic one, and keep the text.
func TestHTMLDeepNesting(t *testing.T) {
	const depth = 100000
	page := []byte("<html><body>" + strings.Repeat("<div>", depth) +
		"<p>" + strings.Repeat("Deep inside the page there is still a sentence worth keeping. ", 10) + "</p>" +
		strings.Repeat("</div>", depth) + "</body></html>")
	c := newCleaner(t, Options{})
	start := time.Now()
	p, err := c.HTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %v", d)
	}
	if !strings.Contains(p.Text, "Deep inside the page there is still a sentence worth keeping.") {
		t.Errorf("text lost: %q", p.Text)
	}
}

func TestWordCount(t *testing.T) {
	for in, want := range map[string]int{
		"":                     0,
		"Three short words.":   3,
		"it's 2024, isn't it?": 6,
		"Ремонт моста — к осени": 4,
		"地铁五号线":         5,
		"花火大会、三年ぶり":     8,
		"Tokyo 東京 2024": 4,
	} {
		if got := wordCount(in); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestMetaKey(t *testing.T) {
	for in, want := range map[string]string{
		"Breaking: Rain, again!": "breaking rain again",
		"  ÉTÉ   brûlant ":       "été brûlant",
		"—":                      "",
		"地铁五号线 今日开通":             "地铁五号线 今日开通",
	} {
		if got := metaKey(in); got != want {
			t.Errorf("metaKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRestoreStructural(t *testing.T) {
	lines := []string{"Title", "short bit", "Share this", "Body text."}
	r := Result{
		Text: "Title\nBody text.",
		Removed: []Removal{
			{Line: 2, Text: "short bit", Category: Fragment, Rule: "structure: short"},
			{Line: 3, Text: "Share this", Category: Share, Rule: `contains "share"`},
		},
	}
	got := restoreStructural(lines, r)
	if want := "Title\nshort bit\nBody text."; got.Text != want {
		t.Errorf("text %q, want %q", got.Text, want)
	}
	if len(got.Removed) != 1 || got.Removed[0].Category != Share {
		t.Errorf("removed %+v, want only the share line", got.Removed)
	}
	// A sentence cut is not a whole line: nothing to restore, Text stands.
	cut := Result{Text: "Title\nshort\nShare this\nBody text.",
		Removed: []Removal{{Line: 2, Text: "bit", Category: Promo}}}
	if got := restoreStructural(lines, cut); got.Text != cut.Text {
		t.Errorf("cut result changed: %q", got.Text)
	}
}

func TestWalk(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<div><p><b>x</b></p><ul><li>y</li></ul></div><span></span>"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	walk(doc, func(n *html.Node) { names = append(names, n.Data) })
	if got, want := strings.Join(names, " "), " html head body div p b x ul li y span"; got != want {
		t.Errorf("walked %q, want %q", got, want)
	}
}

// FuzzHTML: any bytes give valid UTF-8 out, and every word of the text
// is a word, or part of one, of the page's visible text: clean never
// invents text.
func FuzzHTML(f *testing.F) {
	pages, _ := filepath.Glob("testdata/html/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<div><p>a<b>b</p>c</b><table><td>x<p>y</table>"))
	f.Add([]byte(scrollPage(`<article><h1>Next</h1><div>BODY</div></article>`)))
	f.Add([]byte("\xef\xbb\xbf<meta charset=koi8-r><title>\xf4\xc5\xd3\xd4</title><p>\xf4\xc5\xd3\xd4"))
	c, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		p, err := c.HTML(page, "")
		if err != nil {
			return
		}
		for _, s := range []string{p.Text, p.Meta.Title, p.Meta.Byline, p.Meta.Date, p.Meta.SiteName} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8: %q", s)
			}
		}
		src, _ := decodePage(page, "")
		// The token stream and the parsed tree disagree on sloppy markup
		// (an unclosed <button> hides the rest of the stream, not of the
		// tree); the text may come from either reading.
		src = flattenDeep(src, maxHTMLDepth)
		all := VisibleText(src)
		if doc, err := html.Parse(bytes.NewReader(src)); err == nil {
			prune(doc)
			all += "\n" + lineText(renderLines(doc))
		}
		visible := map[string]bool{}
		for _, w := range strings.Fields(all) {
			visible[w] = true
		}
		for _, w := range strings.Fields(p.Text) {
			// Readability may cut a word where an inline element starts.
			if !visible[w] && !fromJoinedWords(w, visible) && !strings.Contains(all, w) {
				t.Fatalf("word %q is not on the page\ntext: %q", w, p.Text)
			}
		}
	})
}

// fromJoinedWords reports whether w is made of visible words run together,
// as when readability drops an element that stood between two of them.
func fromJoinedWords(w string, visible map[string]bool) bool {
	if w == "" {
		return true
	}
	for i := len(w); i > 0; i-- {
		if visible[w[:i]] && fromJoinedWords(w[i:], visible) {
			return true
		}
	}
	return false
}

func newCleaner(t testing.TB, o Options) *Cleaner {
	t.Helper()
	c, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ExampleCleaner_HTML() {
	page := []byte(`<html lang="en"><head><title>Storm closes harbour | Coast News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Storm closes harbour</h1>
<p>The harbour was closed on Monday as a storm brought winds of up to 120 kilometres an hour to the coast.</p>
<p>Ferries to the islands were cancelled and fishing boats stayed in port, the harbour master said.</p>
<p>The storm is expected to ease by Wednesday, when the harbour should reopen to traffic.</p>
</article><footer>© 2024 Coast News</footer></body></html>`)
	c, _ := New(Options{})
	p, _ := c.HTML(page, "https://coast.example/storm")
	fmt.Println(p.Meta.Title, "|", p.Meta.Language, "|", p.Encoding)
	fmt.Println(p.Text)
	// Output:
	// Storm closes harbour | en | utf-8
	// The harbour was closed on Monday as a storm brought winds of up to 120 kilometres an hour to the coast.
	// Ferries to the islands were cancelled and fishing boats stayed in port, the harbour master said.
	// The storm is expected to ease by Wednesday, when the harbour should reopen to traffic.
}

// TestHTMLWithCharset: a transport's charset stands in for the page's
// missing declaration, never over a declaration, a BOM or bytes that
// contradict it.
func TestHTMLWithCharset(t *testing.T) {
	const body = "<p>The council met on Tuesday to approve the budget for next year.</p>"
	tests := []struct {
		name, page, hint, enc string
	}{
		{"no hint", body, "", "ascii"},
		{"hint stands in", body, "windows-1251", "windows-1251"},
		{"hint case-folded label", body, "CP1251", "windows-1251"},
		{"page declares", `<meta charset="windows-1252">` + body, "windows-1251", "windows-1252"},
		{"http-equiv declares", `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">` + body, "windows-1251", "koi8-r"},
		{"bytes overrule", "<p>Grüße aus München, schöne Grüße</p>", "windows-1252", "utf-8"},
		{"bom overrules", "\uFEFF" + body, "windows-1251", "utf-8"},
		{"unknown hint", body, "no-such-charset", "ascii"},
	}
	c := newCleaner(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := c.HTMLWithCharset([]byte(tt.page), "", tt.hint)
			if err != nil {
				t.Fatal(err)
			}
			if p.Encoding != tt.enc {
				t.Errorf("encoding %q, want %q", p.Encoding, tt.enc)
			}
		})
	}
	// The hint decodes: windows-1251 bytes with no declaration.
	page := []byte("<p>\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0, \xf7\xf2\xee \xed\xee\xe2\xee\xe3\xee \xf1\xe5\xe3\xee\xe4\xed\xff \xe2 \xe3\xee\xf0\xee\xe4\xe5?</p>")
	p, err := c.HTMLWithCharset(page, "", "windows-1251")
	if err != nil || p.Text != "Привет мир, что нового сегодня в городе?" {
		t.Errorf("got %q, %v", p.Text, err)
	}
}

// TestHTMLHugePage: a page too big for a DOM is cleaned from its token
// stream, in bounded memory, and keeps its text and metadata.
func TestHTMLHugePage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an 8 MB page")
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Archive of the Valley Gazette</title><meta name="date" content="2024-03-01"></head><body>`)
	for i := 0; b.Len() < maxReadabilitySize+2<<20; i++ {
		fmt.Fprintf(&b, `<div class="item"><h2><a href="/n/%d">Story %d</a></h2><p>The council met on Tuesday to discuss item %d of the budget for the coming year and agreed on most points.</p></div>`+"\n", i, i, i)
	}
	b.WriteString("<p>The last story of the archive ends here, with the vote on the new bridge.</p></body></html>")
	page := []byte(b.String())
	c := newCleaner(t, Options{})

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	p, err := c.HTML(page, "")
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if took > 10*time.Second {
		t.Errorf("took %v", took)
	}
	// The DOM and readability allocate some 30 times the page; the token
	// stream and pieces of Text far less.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 15*uint64(len(page)) {
		t.Errorf("allocated %d MB for a %d MB page", alloc>>20, len(page)>>20)
	}
	for _, want := range []string{"item 0 of the budget", "item 1000 of the budget", "with the vote on the new bridge."} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if p.Meta.Title != "Archive of the Valley Gazette" || p.Meta.Date != "2024-03-01" {
		t.Errorf("meta %+v", p.Meta)
	}
}

// TestPreferWhole: runs of prose that readability left out win the page
// for the whole text; teasers between links, and a page where readability
// took the prose, do not.
func TestPreferWhole(t *testing.T) {
	para := func(s string) pageLine {
		return pageLine{text: s + " " + strings.Repeat("more words of the same paragraph ", 3)}
	}
	link := func(s string) pageLine { return pageLine{text: s, links: len(s)} }
	article := "The first paragraph of the article, which readability chose for its text and kept whole.\nThe second paragraph, also chosen, says a little more about the story and its people."
	lines := func(s string) []pageLine {
		var out []pageLine
		for _, l := range strings.Split(s, "\n") {
			out = append(out, pageLine{text: l})
		}
		return out
	}
	comment := func(s string) pageLine { l := para(s); l.comment = true; return l }
	more := append(lines(article), para("A third paragraph"), para("A fourth paragraph"), para("A fifth paragraph"))
	thread := append(lines(article), comment("A first comment"), comment("A second comment"), comment("A third comment"))
	tests := []struct {
		name      string
		whole     []pageLine
		article   string
		confirmed bool // by the page's marked body
		want      bool
	}{
		{"nothing found", lines("Some text on the page"), "", false, true},
		{"empty page", nil, "", false, false},
		{"readability took it all", append(lines(article), link("Home"), link("About")), article, false, false},
		{"article continues", more, article, false, true},
		{"confirmed article: prose elsewhere is not its", more, article, true, false},
		{"confirmed article, comment thread", thread, article, true, true},
		{"teasers", append(lines(article), link("Other story"), para("Teaser one"), link("Another"), para("Teaser two"), link("A third"), para("Teaser three")), article, false, false},
		{"linked prose", append(lines(article), link(para("A linked paragraph").text), link(para("Another linked one").text), link(para("And a third").text)), article, false, false},
	}
	c := newCleaner(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.preferWhole(tt.whole, tt.article, tt.confirmed); got != tt.want {
				t.Errorf("preferWhole = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRenderLines(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><title>T</title></head><body>
<p>One <a href="/a">linked</a>  words</p><ul><li><a href="/b">Home</a></li><li>Two<br>lines</li></ul>
<pre>a
 b</pre><div>x<span>y</span><img src=i>z</div><figure><figcaption>Cap</figcaption></figure></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	got := renderLines(doc)
	want := []pageLine{{"One linked words", 7, false, false}, {"Home", 4, false, false}, {"Two", 0, false, false}, {"lines", 0, false, false}, {"a", 0, false, false}, {"b", 0, false, false}, {"xy z", 0, false, false}, {"Cap", 0, false, true}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// Elements built by name alone, as readability builds them, still
	// break lines.
	div := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, s := range []string{"first", "second"} {
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		div.AppendChild(p)
	}
	if got := lineText(renderLines(div)); got != "first\nsecond" {
		t.Errorf("built elements: got %q", got)
	}
}

// TestHTMLComments: readers' comments stay out of the text unless the
// comment category is kept; then their prose follows the article, without
// the names, dates and reply links around it.
func TestHTMLComments(t *testing.T) {
	page := []byte(`<html><head><title>Bridge reopens after repairs</title></head><body>
<article><h1>Bridge reopens after repairs</h1>
<p>` + strings.Repeat("The old bridge over the river reopened on Monday after eight months of repairs to its deck. ", 4) + `</p>
<p>` + strings.Repeat("Drivers had used a detour through the industrial estate, which added twenty minutes to the trip. ", 4) + `</p>
</article>
<section id="comments"><h3>3 comments</h3>
<div class="comment"><a href="/u/ann">Ann</a> <a href="#c1">May 2, 2024 at 9:12 am</a>
<p>Finally! The detour through the estate was a nightmare every single morning.</p><a href="#reply">Reply</a></div>
<div class="comment"><a href="/u/bo">Bo</a> <a href="#c2">May 2, 2024 at 9:40 am</a>
<p>I hope they fixed the potholes on the approach road as well this time.</p><a href="#reply">Reply</a></div>
</section></body></html>`)
	comments := []string{"The detour through the estate was a nightmare", "fixed the potholes on the approach road"}
	for _, tt := range []struct {
		keep []Category
		want bool
	}{{nil, false}, {[]Category{Comment}, true}} {
		p, err := newCleaner(t, Options{Keep: tt.keep}).HTML(page, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(p.Text, "The old bridge over the river") {
			t.Errorf("keep %v: article lost:\n%s", tt.keep, p.Text)
		}
		for _, w := range comments {
			if got := strings.Contains(p.Text, w); got != tt.want {
				t.Errorf("keep %v: comment %q kept %v, want %v\n%s", tt.keep, w, got, tt.want, p.Text)
			}
		}
		for _, w := range []string{"Reply", "9:12 am"} {
			if strings.Contains(p.Text, w) {
				t.Errorf("keep %v: text keeps %q:\n%s", tt.keep, w, p.Text)
			}
		}
	}
}

func TestCommentSection(t *testing.T) {
	tests := []struct {
		page string
		want bool
	}{
		{`<div id="comments"><p>x</p></div>`, true},
		{`<ol class="commentlist"><li>x</li></ol>`, true},
		{`<div class="post comments-open"><h1>Title</h1><p>x</p></div>`, false},
		{`<div class="content"><p>x</p></div>`, false},
	}
	for _, tt := range tests {
		if got := commentSection(parseBody(t, tt.page).FirstChild); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.page, got, tt.want)
		}
	}
	if commentSection(parseBody(t, `<body class="comments-open"></body>`)) {
		t.Error("the body is never a comment section")
	}
}

// parseBody parses page and returns its body.
func parseBody(t *testing.T, page string) *html.Node {
	t.Helper()
	d, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return d.FirstChild.LastChild
}

func TestWithLead(t *testing.T) {
	lead := pageLine{text: "The standfirst says in one sentence what the story is about."}
	nav := pageLine{text: "Home News Sport Weather", links: 23}
	short := pageLine{text: "By Ann Lee"}
	body := []pageLine{{text: "The first paragraph that readability chose."}, {text: "The second one."}}
	tests := []struct {
		name  string
		whole []pageLine
		want  int // lines put back
	}{
		{"lead before the article", []pageLine{nav, lead, body[0], body[1]}, 1},
		{"link text is not a lead", []pageLine{lead, nav, body[0], body[1]}, 0},
		{"short lines stop it", []pageLine{lead, short, body[0], body[1]}, 0},
		{"captions stop it", []pageLine{lead, {text: "The bridge at dusk, seen from the north bank of the river", figure: true}, body[0], body[1]}, 0},
		{"article first on the page", []pageLine{body[0], body[1], lead}, 0},
		{"article not on the page", []pageLine{lead, nav}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := withLead(body, tt.whole)
			if len(got) != len(body)+tt.want || got[len(got)-1] != body[1] {
				t.Errorf("got %v, want %d lines put back before %v", got, tt.want, body)
			}
			if tt.want > 0 && got[0] != lead {
				t.Errorf("got %v, want the lead first", got)
			}
		})
	}
}
