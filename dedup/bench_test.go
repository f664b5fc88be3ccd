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

// BenchmarkFinder330k adds the signatures of 330,000 synthetic articles of
// about 3 KB, 1 GB of news, one in twenty an edited copy of an earlier one,
// to a Finder in input order on one goroutine: the serial part of dedup.
// Signing happens before the timer starts; sources of copies are generated
// again from their seeds so that only signatures stay in memory.
func BenchmarkFinder330k(b *testing.B) {
	sigs, size := benchSignatures(*finderDocs)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var perDoc float64
	var groups, shared int
	var addCPU float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		cpu := cpuSeconds()
		f := NewFinder(Options{})
		for _, sig := range sigs {
			res := f.Add("", time.Time{}, sig)
			shared += len(res.Shared)
		}
		addCPU += cpuSeconds() - cpu
		runtime.GC()
		runtime.ReadMemStats(&after)
		perDoc = (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / float64(len(sigs))
		groups = len(f.groups())
		runtime.KeepAlive(f)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sigs)), "ns/add")
	b.ReportMetric(addCPU*1e9/float64(b.N*len(sigs)), "cpu-ns/add")
	b.ReportMetric(perDoc, "finder-bytes/doc")
	b.ReportMetric(float64(groups), "groups")
	b.ReportMetric(float64(shared)/float64(b.N), "shared")
}

// finderDocs is the corpus size of BenchmarkFinder330k.
var finderDocs = flag.Int("dedup.finderdocs", 330_000, "documents in BenchmarkFinder330k")

// benchSignatures signs n synthetic articles on all cores and returns their
// signatures and total size.
func benchSignatures(n int) ([]Signature, int) {
	article := func(i int) string { return dedupset.Article(rand.New(rand.NewPCG(uint64(i), 7)), 3000) }
	sigs := make([]Signature, n)
	sizes := make([]int, n)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				text := article(i)
				if i%20 == 19 {
					rng := rand.New(rand.NewPCG(uint64(i), 8))
					kind := dedupset.Kinds[rng.IntN(len(dedupset.Kinds))]
					text = dedupset.Edit(rng, article(rng.IntN(i)), kind, article(i-1))
				}
				sigs[i], sizes[i] = Sign(text), len(text)
			}
		})
	}
	wg.Wait()
	size := 0
	for _, s := range sizes {
		size += s
	}
	return sigs, size
}
