package dedup

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/winnow-text/winnow/internal/gen/dedupset"
	"path/filepath"
	"strings"
	"testing"
)

// seedCorpus returns the seed articles joined, about 15 KB of news text.
func seedCorpus(tb testing.TB) string {
	paths, _ := filepath.Glob("../seeds/*.txt")
	if len(paths) == 0 {
		tb.Skip("no seeds")
	}
	var sb strings.Builder
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		sb.Write(b)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkFingerprint(b *testing.B) {
	text := seedCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Fingerprint(text)
	}
}

func BenchmarkSign(b *testing.B) {
	text := seedCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sign(text)
	}
}

func BenchmarkContainment(b *testing.B) {
	texts := seedTexts(b)
	x, y := Sign(texts[0]), Sign(texts[1])
	b.ReportAllocs()
	for b.Loop() {
		Containment(&x, &y)
	}
}

// BenchmarkIndex1M indexes a million fingerprints, a tenth of them planted
// near an earlier one, and finds all pairs within k bits.
func BenchmarkIndex1M(b *testing.B) {
	for _, k := range []int{3, 6, 8, 10, 12, 14, 16} {
		b.Run(fmt.Sprintf("k=%d", k), func(b *testing.B) {
			fps := randomFingerprints(1_000_000, k, 1)
			b.ReportAllocs()
			var pairs int
			var perDoc float64
			cpu := cpuSeconds()
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				x := NewIndex(k)
				for _, fp := range fps {
					x.Add(fp)
				}
				pairs = len(x.Pairs())
				runtime.GC()
				runtime.ReadMemStats(&after)
				perDoc = float64(after.HeapAlloc-before.HeapAlloc) / float64(len(fps))
				runtime.KeepAlive(x)
			}
			b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(pairs), "pairs")
			b.ReportMetric(perDoc, "bytes/doc")
		})
	}
}

// BenchmarkEndToEnd100k signs 100,000 articles of about 3 KB (a tenth of
// them edited copies) on all cores and adds them in input order.
func BenchmarkEndToEnd100k(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	texts := make([]string, *benchDocs)
	size := 0
	for i := range texts {
		if i%10 == 9 {
			texts[i] = dedupset.Edit(rng, texts[rng.IntN(i)], dedupset.Kinds[rng.IntN(len(dedupset.Kinds))], texts[i-1])
		} else {
			texts[i] = dedupset.Article(rng, 3000)
		}
		size += len(texts[i])
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var groups int
	var signCPU, addCPU, finderBytes float64
	var anchors int
	for b.Loop() {
		cpu := cpuSeconds()
		sigs := make([]Signature, len(texts))
		var wg sync.WaitGroup
		workers := runtime.GOMAXPROCS(0)
		for w := range workers {
			wg.Go(func() {
				for i := w; i < len(texts); i += workers {
					sigs[i] = Sign(texts[i])
				}
			})
		}
		wg.Wait()
		signCPU += cpuSeconds() - cpu
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		cpu = cpuSeconds()
		f := NewFinder(Options{})
		for _, sig := range sigs {
			f.Add("", time.Time{}, sig)
		}
		groups = len(f.Report().Groups)
		addCPU += cpuSeconds() - cpu
		runtime.GC()
		runtime.ReadMemStats(&after)
		finderBytes = float64(after.HeapAlloc-before.HeapAlloc) / float64(len(texts))
		anchors = 0
		for _, sig := range sigs {
			anchors += len(sig.Anchors)
		}
		runtime.KeepAlive(f)
	}
	b.ReportMetric(finderBytes, "finder-bytes/doc")
	b.ReportMetric(float64(anchors)/float64(len(texts)), "anchors/doc")
	b.ReportMetric(signCPU/float64(b.N), "sign-cpu-s/op")
	b.ReportMetric(addCPU/float64(b.N), "find-cpu-s/op")
	b.ReportMetric(float64(groups), "groups")
}

// benchDocs is the corpus size of BenchmarkEndToEnd100k; smaller corpora
// make quicker profiles.
var benchDocs = flag.Int("dedup.docs", 100_000, "documents in BenchmarkEndToEnd100k")
