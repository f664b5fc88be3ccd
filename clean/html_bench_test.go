package clean

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	readability "github.com/go-shiori/go-readability"
)

// benchPages are the HTML fixtures and, when the evaluation data is
// beside the repository, 40 real pages of the dragnet set.
func benchPages(b *testing.B) map[string][][]byte {
	sets := map[string][][]byte{}
	files, _ := filepath.Glob("testdata/html/*.html")
	for _, f := range files {
		page, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sets["fixtures"] = append(sets["fixtures"], page)
	}
	real, _ := filepath.Glob(filepath.Join(evalData, "dragnet", "input", "*.html.gz"))
	for _, f := range real[:min(40, len(real))] {
		if page, err := readGz(f); err == nil {
			sets["dragnet"] = append(sets["dragnet"], page)
		}
	}
	return sets
}

// BenchmarkHTML measures the whole HTML mode: decoding, readability,
// rendering and the text rules. Compare pages/s with BenchmarkReadability.
func BenchmarkHTML(b *testing.B) {
	c, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for name, pages := range benchPages(b) {
		b.Run(name, func(b *testing.B) {
			benchEach(b, pages, func(page []byte) {
				if _, err := c.HTML(page, ""); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkReadability is go-readability alone on the same pages, as its
// users call it: parse and extract, no decoding, no cleaning.
func BenchmarkReadability(b *testing.B) {
	for name, pages := range benchPages(b) {
		b.Run(name, func(b *testing.B) {
			benchEach(b, pages, func(page []byte) {
				readability.FromReader(bytes.NewReader(page), nil)
			})
		})
	}
}

func BenchmarkFlattenDeep(b *testing.B) {
	pages := benchPages(b)["fixtures"]
	benchEach(b, pages, func(page []byte) { flattenDeep(page, maxHTMLDepth) })
}

// benchEach runs fn over every page once per iteration and reports bytes
// and pages per second.
func benchEach(b *testing.B, pages [][]byte, fn func([]byte)) {
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			fn(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
