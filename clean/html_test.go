package clean

import (
	"fmt"
	"os"
	"path/filepath"
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
			got, enc := decodePage(tt.page)
			if string(got) != tt.want || enc != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", got, enc, tt.want, tt.enc)
			}
		})
	}
	if got, _ := decodePage([]byte("<p>caf\xc3</p>\xff\xfe\x00")); !utf8.Valid(got) {
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
// is a word of the page's visible text: clean never invents text.
func FuzzHTML(f *testing.F) {
	pages, _ := filepath.Glob("testdata/html/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<div><p>a<b>b</p>c</b><table><td>x<p>y</table>"))
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
		src, _ := decodePage(page)
		visible := map[string]bool{}
		for _, w := range strings.Fields(VisibleText(flattenDeep(src, maxHTMLDepth))) {
			visible[w] = true
		}
		for _, w := range strings.Fields(p.Text) {
			if !visible[w] && !fromJoinedWords(w, visible) {
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
