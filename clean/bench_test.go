package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func seedText(b *testing.B) string {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range paths {
			s, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(s)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkText cleans the seeds, one document each, as a batch would.
func BenchmarkText(b *testing.B) { benchDocs(b, func(s string) string { return s }) }

// BenchmarkTextWrapped cleans the seeds hard-wrapped at 76 columns, one
// document each: the paragraphs are found and matched whole.
func BenchmarkTextWrapped(b *testing.B) {
	benchDocs(b, func(s string) string { return hardWrap(s, 76) })
}

// benchDocs cleans each seed, as shape gives it, one document each.
func benchDocs(b *testing.B, shape func(string) string) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var docs []string
	size := 0
	for _, p := range paths {
		s, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, shape(string(s)))
		size += len(docs[len(docs)-1])
	}
	c := c0(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			c.Text(d)
		}
	}
}

// BenchmarkTextLarge cleans the seeds repeated into one 1 MB document.
func BenchmarkTextLarge(b *testing.B) { benchText(b, seedText(b)) }

// benchText cleans s as one document.
func benchText(b *testing.B, s string) {
	c := c0(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		c.Text(s)
	}
}

func BenchmarkVisibleText(b *testing.B) {
	page := []byte(strings.Repeat(`<div class="story"><h2>Council backs <a href="/x">flood barrier</a></h2>
<p>The council of Port Selwyn voted late on Thursday to build a flood barrier across the mouth of the old harbour.</p>
<ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul><script>var a = 1;</script></div>`, 2000))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		VisibleText(page)
	}
}

func BenchmarkModelObserve(b *testing.B) {
	s := seedText(b)
	m := NewModel()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		m.Observe(s)
	}
}

// BenchmarkTextMenus cleans 1 MB of what makes long pages slow: runs of
// short menu lines and walls of headings around a little prose. Each line
// costs about the same however short, so its MB/s is a fraction of
// BenchmarkText's; what it guards is that the time stays linear.
func BenchmarkTextMenus(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "Menu item %d\n", i)
		if i%50 == 0 {
			sb.WriteString("Related\nRelated\nA Headline Here\n\n")
			sb.WriteString("The council of Port Selwyn voted late on Thursday to build a flood barrier across the mouth of the old harbour, after years of debate.\n\n")
		}
	}
	benchText(b, sb.String())
}

// BenchmarkTextPage cleans a page as scrapers dump it whole: long menus
// of short capitalised entries over a long article. The test that asks
// whether the text takes up a short line's words meets every entry, and
// must not read the whole text again for each.
func BenchmarkTextPage(b *testing.B) {
	var sb strings.Builder
	first := []string{"World", "Local", "Sport", "Travel", "Money", "Health", "Science", "Culture", "Weather", "Opinion"}
	second := []string{"News", "Guides", "Reviews", "Events", "Photos", "Videos", "Letters", "Archive"}
	for i := range 400 {
		fmt.Fprintf(&sb, "%s %s\n", first[i%len(first)], second[i/len(first)%len(second)])
	}
	sb.WriteString("\nCouncil backs the flood barrier for the old harbour\n\n")
	for i := range 80 {
		fmt.Fprintf(&sb, "The council of Port Selwyn voted late on Thursday to build a flood barrier across the mouth of the old harbour, after %d years of debate.\n\n", i+2)
	}
	benchText(b, sb.String())
}

// seedLines returns the lines of the seeds and their total length.
func seedLines(b *testing.B) ([]string, int) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var lines []string
	n := 0
	for _, p := range paths {
		s, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(s), "\n") {
			lines = append(lines, l)
			n += len(l)
		}
	}
	return lines, n
}

// BenchmarkFoldLine folds every line of the seeds, as features does.
func BenchmarkFoldLine(b *testing.B) {
	lines, n := seedLines(b)
	var buf []byte
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			_, _, buf = foldLine(l, buf)
		}
	}
}

// BenchmarkAddText counts the words and stopwords of every seed line.
func BenchmarkAddText(b *testing.B) {
	lines, n := seedLines(b)
	var buf []byte
	f := lineFeat{stops: make([]uint16, len(languages))}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			buf = f.addText(l, buf)
		}
	}
}

// BenchmarkMatch folds every seed line and tries the rules on it.
func BenchmarkMatch(b *testing.B) {
	lines, n := seedLines(b)
	m := c0(b).m
	var sc scratch
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			var open, closed []byte
			open, closed, sc.fold = foldLine(l, sc.fold)
			m.match(l, phraseSized(l), open, closed, &sc)
		}
	}
}

// BenchmarkPromoSentences looks for promotional sentences in every line.
func BenchmarkPromoSentences(b *testing.B) {
	lines, n := seedLines(b)
	m := c0(b).m
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			m.promoSentences(l)
		}
	}
}
