package normalize

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// benchText repeats the files matching pattern to about 1 MiB.
func benchText(b *testing.B, pattern string) []byte {
	b.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Skipf("no files match %s", pattern)
	}
	var one []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		one = append(one, data...)
	}
	return bytes.Repeat(one, 1<<20/len(one)+1)
}

// mojibaked misreads the files matching pattern line by line, through
// Windows-1252 only or through the first three pages in turn.
func mojibaked(b *testing.B, pattern string, pages int) []byte {
	src := benchText(b, pattern)
	var out strings.Builder
	for i, line := range strings.SplitAfter(string(src), "\n") {
		out.WriteString(misread(line, mjPages[i%pages]))
	}
	return []byte(out.String())
}

func benchBytes(b *testing.B, in []byte, o Options) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Bytes(in, o)
	}
}

func BenchmarkEnglishNews(b *testing.B) {
	benchBytes(b, benchText(b, "../seeds/*.txt"), Options{})
}

func BenchmarkMultilingual(b *testing.B) {
	benchBytes(b, benchText(b, "testdata/multilingual.txt"), Options{})
}

// BenchmarkMojibakeNews is the common case: English news saved through a
// Windows-1252 misreading, so every quote and dash is mojibake.
func BenchmarkMojibakeNews(b *testing.B) {
	benchBytes(b, mojibaked(b, "../seeds/*.txt", 1), Options{})
}

// BenchmarkMojibakeMultilingual is the hard case: every line of text in
// thirty scripts misread through one of three pages.
func BenchmarkMojibakeMultilingual(b *testing.B) {
	benchBytes(b, mojibaked(b, "testdata/multilingual.txt", 3), Options{})
}

func BenchmarkEnglishNewsAllOptions(b *testing.B) {
	benchBytes(b, benchText(b, "../seeds/*.txt"), Options{DecodeEntities: true, ASCIIPunct: true, FoldWidth: true, Form: NFKC})
}

func BenchmarkStreamEnglishNews(b *testing.B) {
	in := benchText(b, "../seeds/*.txt")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	t := New(Options{})
	for b.Loop() {
		t.Reset()
		if _, err := io.Copy(io.Discard, transform.NewReader(bytes.NewReader(in), t)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFixMojibake(b *testing.B) {
	in := string(mojibaked(b, "../seeds/*.txt", 1))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		FixMojibake(in)
	}
}
