package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/winnow-text/winnow/internal/gen/dedupset"
)

// benchCorpus writes about mb megabytes of news-like JSONL: synthetic
// articles of about 3 KB wrapped in the chaff of the seed articles, one in
// twenty an edited copy of an earlier one, and returns its path and size.
// The corpus is deterministic, so it is kept in the system's temporary
// directory and reused by later runs.
func benchCorpus(b *testing.B, mb int) (string, int64) {
	b.Helper()
	path := filepath.Join(os.TempDir(), "winnow-bench-news-"+strconv.Itoa(mb)+"mb.jsonl")
	if fi, err := os.Stat(path); err == nil {
		return path, fi.Size()
	}
	tmp := path + ".tmp" + strconv.Itoa(os.Getpid())
	size := writeBenchCorpus(b, tmp, mb)
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path, size
}

func writeBenchCorpus(b *testing.B, path string, mb int) int64 {
	chaff := []string{"ADVERTISEMENT", "Share this article", "Recommended articles",
		"Sign up for our newsletter", "All the contents on this site are copyrighted ©."}
	rng := rand.New(rand.NewPCG(1, 2))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	var size int64
	var recent []string
	for i := 0; size < int64(mb)<<20; i++ {
		text := dedupset.Article(rng, 3000)
		if i%20 == 19 {
			text = dedupset.Edit(rng, recent[rng.IntN(len(recent))], dedupset.Kinds[rng.IntN(len(dedupset.Kinds))], text)
		}
		if len(recent) < 100 {
			recent = append(recent, text)
		} else {
			recent[rng.IntN(100)] = text
		}
		text = chaff[i%len(chaff)] + "\n\n" + text + "\n\n" + chaff[(i+2)%len(chaff)] + "\n"
		line, _ := json.Marshal(map[string]any{"id": strconv.Itoa(i), "date": "2016-12-07", "text": text, "source": "bench"})
		n, _ := w.Write(append(line, '\n'))
		size += int64(n)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return size
}

func benchMB() int {
	if v, err := strconv.Atoi(os.Getenv("WINNOW_BENCH_MB")); err == nil && v > 0 {
		return v
	}
	return 16
}

// BenchmarkRunJSONL is winnow run over JSONL news on every core, as users
// run it: a first pass learns the batch's template lines. Set
// WINNOW_BENCH_MB (default 16) for a larger corpus, e.g. 1024 for 1 GB.
func BenchmarkRunJSONL(b *testing.B) {
	path, size := benchCorpus(b, benchMB())
	benchCommand(b, size, "run", "-q", path)
}

// BenchmarkRunJSONLNoLearn is winnow run without the learning pass, as it
// runs on standard input or with --model.
func BenchmarkRunJSONLNoLearn(b *testing.B) {
	path, size := benchCorpus(b, benchMB())
	benchCommand(b, size, "run", "-q", "--no-learn", path)
}

// BenchmarkNormalizeJSONL is winnow normalize over the same corpus.
func BenchmarkNormalizeJSONL(b *testing.B) {
	path, size := benchCorpus(b, benchMB())
	benchCommand(b, size, "normalize", "-q", path)
}

// BenchmarkCleanJSONL is winnow clean over the same corpus.
func BenchmarkCleanJSONL(b *testing.B) {
	path, size := benchCorpus(b, benchMB())
	benchCommand(b, size, "clean", "-q", "--no-learn", path)
}

func benchCommand(b *testing.B, size int64, args ...string) {
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard}
		if code := Run(context.Background(), append([]string{"winnow"}, args...), env); code != 0 {
			b.Fatalf("status %d", code)
		}
	}
}
