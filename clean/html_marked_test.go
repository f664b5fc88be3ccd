package clean

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLMarkedBody: on a short post beside a sidebar of longer prose,
// readability takes the sidebar; the page's entry-content wins.
func TestHTMLMarkedBody(t *testing.T) {
	src, err := os.ReadFile("testdata/html/en-blog-sidebar.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newCleaner(t, Options{}).HTML(src, "")
	if err != nil {
		t.Fatal(err)
	}
	want := "The new 35-100mm f/2.8 lens is in stock for the first time at two shops in the United States, and only a handful are left at each of them.\n" +
		"In Germany the lens has been shipping for days already. We will post a longer list of shops that take orders once we hear back from them."
	if p.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", p.Text, want)
	}
}

func TestMarkedBody(t *testing.T) {
	prose := "words of a paragraph that tells the story at some length, as articles do"
	p := func(s string) string { return "<p>" + s + " " + prose + ".</p>" }
	tests := []struct {
		name, page string
		want       []string // the body's lines, by their first word
	}{
		{"none", `<div class="content">` + p("One") + p("Two") + `</div>`, nil},
		{"entry-content", `<div class="entry-content clearfix">` + p("One") + p("Two") + `</div>`, []string{"One", "Two"}},
		{"itemprop", `<section itemprop="articleBody">` + p("One") + p("Two") + `</section>`, []string{"One", "Two"}},
		{"id, any case", `<article id="Article-Body">` + p("One") + p("Two") + `</article>`, []string{"One", "Two"}},
		{"too short", `<div class="post-content"><p>One line.</p></div>`, nil},
		{"not a container", `<p class="post-content">` + prose + ` ` + prose + `</p>`, nil},
		{"largest wins", `<div class="article-text">` + p("Bio") + `</div><div class="article-body article-text">` + p("One") + p("Two") + `</div>`, []string{"One", "Two"}},
		{"outermost", `<div class="post-entry">` + p("Lead") + `<div class="post-text">` + p("One") + `</div></div>`, []string{"Lead", "One"}},
		{"without comments", `<div class="post-body">` + p("One") + p("Two") + `<div id="comments">` + p("Nice") + `</div></div>`, []string{"One", "Two"}},
		{"links are not prose", `<div class="entry-content"><p><a href="/a">` + prose + `</a></p><p><a href="/b">` + prose + `</a></p></div>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range markedBody(parseBody(t, tt.page)) {
				got = append(got, strings.Fields(l.text)[0])
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("body lines start %q, want %q", got, tt.want)
			}
		})
	}
}

func TestContained(t *testing.T) {
	lines := func(ss ...string) []pageLine {
		var out []pageLine
		for _, s := range ss {
			out = append(out, pageLine{text: s})
		}
		return out
	}
	article := lines("the council voted on the bridge today", "work starts in the spring and ends next year")
	tests := []struct {
		name string
		a, b []pageLine
		want bool
	}{
		{"same", article, article, true},
		{"split differently", article, lines("the council voted on the bridge today work starts", "in the spring and ends next year"), true},
		{"part of more", article, append(lines("a lead paragraph before it"), article...), true},
		{"more than half missing", append(lines("a much longer paragraph that the other never saw at all, nor any of its words, since it came from another part of the page"), article...), article, false},
		{"elsewhere", article, lines("subscribe to our newsletter for daily updates"), false},
		{"link lines do not count", append(lines("the council voted on the bridge today"), pageLine{text: "ten other stories you may like to read", links: 38}), article, true},
		{"a lone word", lines("Home"), article, false},
		{"nothing to hold", nil, article, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contained(tt.a, tt.b); got != tt.want {
				t.Errorf("contained = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithMarkedBody(t *testing.T) {
	prose := " is a paragraph of the story that goes on for a while, as stories do."
	body := `<div class="entry-content"><p>One` + prose + `</p><p>Two` + prose + `</p></div>`
	side := "Subscribe to our newsletter and get the best of the week in your inbox every Friday morning."
	doc := parseBody(t, `<div id="main">`+body+`</div><div id="side"><p>`+side+`</p></div>`)
	inBody := []pageLine{{text: "One" + prose}, {text: "Two" + prose}}
	// A teaser borrows the body's class; an article of many times its
	// prose, elsewhere on the page, is the story.
	var longArticle []pageLine
	for range minOverrulingWords / 10 {
		longArticle = append(longArticle, pageLine{text: "Three is a paragraph of the real story, which runs on and on."})
	}
	tests := []struct {
		name    string
		article []pageLine
		doc     *html.Node
		want    agreement
		first   string
	}{
		{"unmarked page", inBody, parseBody(t, `<p>One`+prose+`</p>`), unmarked, "One"},
		{"readability agrees", inBody, doc, markedSame, "One"},
		{"readability took less", inBody[1:], doc, markedSame, "Two"},
		{"readability took a headline list below", append(inBody[:2:2], pageLine{text: "Ten other stories you should read", links: 33}), doc, markedSame, "One"},
		{"readability took the sidebar", []pageLine{{text: side}}, doc, markedElsewhere, "One"},
		{"readability found nothing", nil, doc, markedElsewhere, "One"},
		{"readability found a long article", longArticle, doc, unmarked, "Three"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, how := withMarkedBody(tt.article, tt.doc)
			if how != tt.want || len(got) == 0 || !strings.HasPrefix(got[0].text, tt.first) {
				t.Errorf("got %v, %v; want %v starting %q", how, got, tt.want, tt.first)
			}
			if last := got[len(got)-1].text; strings.HasPrefix(last, "Ten other") {
				t.Errorf("kept the list below the body: %q", last)
			}
		})
	}
}

func TestWithin(t *testing.T) {
	line := func(s string, links int) pageLine { return pageLine{text: s, links: links} }
	body := []pageLine{line("the council voted on the bridge today", 0), line("see the vote by ward on our map", 26), line("work starts in the spring", 0)}
	tests := []struct {
		name    string
		article []pageLine
		want    []string
	}{
		{"all in", body, []string{"the council", "see the vote", "work starts"}},
		{"head kept", append([]pageLine{line("Bridge approved", 0), line("a standfirst that sums it up", 0)}, body...), []string{"Bridge approved", "a standfirst", "the council", "see the vote", "work starts"}},
		{"tail cut", append(body[:3:3], line("Ten other stories you should read", 33), line("a blurb of another story", 0)), []string{"the council", "see the vote", "work starts"}},
		{"lone words stay", []pageLine{body[0], line("Advertisement", 0), body[2]}, []string{"the council", "Advertisement", "work starts"}},
		{"split lines", []pageLine{line("the council voted on the", 0), line("bridge today", 0)}, []string{"the council", "bridge today"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range within(tt.article, body) {
				got = append(got, l.text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want lines starting %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("got %q, want lines starting %q", got, tt.want)
				}
			}
		})
	}
}

func TestSecondCopies(t *testing.T) {
	long := func(s string) string { return s + " is a line long enough to count as a paragraph" }
	join := func(ss ...string) string { return strings.Join(ss, "\n") }
	tests := []struct {
		name, text string
		want       []int
	}{
		{"no repeats", join(long("One"), long("Two"), long("Three")), nil},
		{"teaser then article", join(long("One"), long("Two"), "Subscribe", long("One"), long("Two"), long("Three")), []int{4, 5}},
		{"a quote in a thread", join(long("One"), long("Two"), long("Three"), long("Four"), long("One"), long("Five"), long("Six")), nil},
		{"short lines recur", join("Advertisement", long("One"), "Advertisement", long("Two")), nil},
		{"case and punctuation do not count", join(long("One"), strings.ToUpper(long("One"))+"!"), []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := secondCopies(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("copies %v, want lines %v", got, tt.want)
			}
			for _, n := range tt.want {
				if !got[n] {
					t.Errorf("copies %v, want lines %v", got, tt.want)
				}
			}
		})
	}
}

// FuzzMarkedBody: the marked body of any page is made of the page's own
// lines, in the page's order, and holds enough prose.
func FuzzMarkedBody(f *testing.F) {
	f.Add([]byte(`<div class="entry-content"><p>one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive</p></div>`))
	f.Add([]byte(`<article itemprop=articleBody><div class=post-body><p>a <a>b</a> c<div id=comments><p>d e f`))
	if b, err := os.ReadFile("testdata/html/en-blog-sidebar.html"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, err := html.Parse(bytes.NewReader(flattenDeep(page, maxHTMLDepth)))
		if err != nil {
			return
		}
		body := markedBody(doc)
		if body == nil {
			return
		}
		if w := proseWords(body); w < minMarkedWords {
			t.Fatalf("body of %d words of prose", w)
		}
		whole := renderLines(doc)
		i := 0
		for _, l := range body {
			for i < len(whole) && whole[i].text != l.text {
				i++
			}
			if i == len(whole) || l.comment {
				t.Fatalf("body line %q is not a line of the page, in order, outside comments", l.text)
			}
			i++
		}
	})
}

func BenchmarkMarkedBody(b *testing.B) {
	var docs []*html.Node
	size := 0
	for _, pages := range benchPages(b) {
		for _, p := range pages {
			doc, err := html.Parse(bytes.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, doc)
			size += len(p)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			markedBody(d)
		}
	}
}
