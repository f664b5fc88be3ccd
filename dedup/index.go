package dedup

import (
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sync"
)

// MaxDistance is the largest Hamming radius an Index accepts.
const MaxDistance = 24

const (
	blocks    = 4              // the fingerprint is cut into four 16-bit blocks
	blockBits = 64 / blocks    // bits per block
	buckets   = 1 << blockBits // distinct values of a block
	hotLimit  = 8192           // fingerprints scanned linearly before a rebuild
	pairBatch = buckets / 64   // buckets a worker takes at a time in Pairs
)

// Index finds every fingerprint within Hamming distance k of another without
// comparing all pairs. It is multi-index hashing (Norouzi et al. 2012) with
// the generalized pigeonhole principle (Qin et al. 2018): the 64 bits are cut
// into four blocks and each block gets a radius r_i with r_1+…+r_4 = k-3, so
// two fingerprints within k bits are within r_i bits on at least one block.
// Each block has a table of the fingerprints sorted by that block; a search
// probes, in each table, the buckets within r_i of the query's block.
//
// An Index costs about 58 bytes a fingerprint. Fingerprints added since the
// tables were last built (up to 8192 when searching) are scanned linearly,
// which keeps Add cheap while streaming; Pairs builds the tables once.
//
// The radius sets the cost. All pairs among a million random fingerprints,
// a tenth of them planted copies of another with up to k bits flipped (CPU
// seconds in all; Pairs runs on every core):
//
//	k           3     6     8    10    12    14     16
//	CPU s    0.16  0.59   1.7   3.8   9.9  20.9   51.9
//	pairs    115k  115k  115k  121k  231k  1.9M  19.4M
//
// Beyond 12 bits the pairs that are near by chance swamp the copies, which
// is why a Finder meets its candidates through shared sketch values and
// uses the radius only as a filter.
type Index struct {
	k      int
	radii  [blocks]int
	fps    []uint64 // every fingerprint, by document number
	frozen int      // fps[:frozen] are in the tables
	tables [blocks]table
}

type table struct {
	start []uint32 // bucket b holds entries start[b]:start[b+1]
	fps   []uint64
	docs  []uint32
}

// NewIndex returns an empty Index for Hamming radius k, 0 <= k <= MaxDistance.
func NewIndex(k int) *Index {
	if k < 0 || k > MaxDistance {
		panic(fmt.Sprintf("dedup: Hamming radius %d out of range [0, %d]", k, MaxDistance))
	}
	x := &Index{k: k}
	// Spread k-3 over the blocks; a radius of -1 means the block is not probed.
	spare := k - blocks + 1
	for i := range x.radii {
		switch {
		case spare >= 0:
			x.radii[i] = spare / blocks
			if i < spare%blocks {
				x.radii[i]++
			}
		case i <= k:
			x.radii[i] = 0
		default:
			x.radii[i] = -1
		}
	}
	return x
}

// K returns the Hamming radius of the index.
func (x *Index) K() int { return x.k }

// Len returns the number of fingerprints added.
func (x *Index) Len() int { return len(x.fps) }

// Fingerprint returns the fingerprint of document doc.
func (x *Index) Fingerprint(doc int) uint64 { return x.fps[doc] }

// Add adds a fingerprint and returns its document number: 0 for the first,
// then 1, 2, and so on.
func (x *Index) Add(fp uint64) int {
	x.fps = append(x.fps, fp)
	return len(x.fps) - 1
}

func block(fp uint64, i int) uint32 { return uint32(fp>>(i*blockBits)) & (buckets - 1) }

// rebuild puts every fingerprint in the tables, by counting sort.
func (x *Index) rebuild() {
	n := len(x.fps)
	var wg sync.WaitGroup
	for i := range x.tables {
		wg.Go(func() {
			t := &x.tables[i]
			start := make([]uint32, buckets+1)
			for _, fp := range x.fps {
				start[block(fp, i)+1]++
			}
			for b := 1; b <= buckets; b++ {
				start[b] += start[b-1]
			}
			fps, docs := t.fps[:0], t.docs[:0]
			if cap(fps) < n {
				// Exact sizes: the tables are most of an Index's memory.
				fps, docs = make([]uint64, n), make([]uint32, n)
			}
			fps, docs = fps[:n], docs[:n]
			next := slices.Clone(start[:buckets])
			for d, fp := range x.fps {
				b := block(fp, i)
				fps[next[b]], docs[next[b]] = fp, uint32(d)
				next[b]++
			}
			*t = table{start, fps, docs}
		})
	}
	wg.Wait()
	x.frozen = n
}

// masks[r] lists the block values with r bits set.
var masks = func() (m [blockBits + 1][]uint32) {
	for v := uint32(0); v < buckets; v++ {
		c := bits.OnesCount32(v)
		m[c] = append(m[c], v)
	}
	return m
}()

// firstTable returns the first block on which two fingerprints differing by
// x are within that block's radius: the one table that reports the pair.
func (x *Index) firstTable(diff uint64) int {
	for i, r := range x.radii {
		if bits.OnesCount32(block(diff, i)) <= r {
			return i
		}
	}
	return -1
}

// Near calls fn for every document whose fingerprint is within k bits of fp,
// with the distance. The order of the calls is unspecified.
func (x *Index) Near(fp uint64, fn func(doc, dist int)) {
	if len(x.fps)-x.frozen > hotLimit {
		x.rebuild()
	}
	for i, r := range x.radii {
		t := &x.tables[i]
		if r < 0 || t.start == nil {
			continue
		}
		key := block(fp, i)
		for d := 0; d <= r; d++ {
			for _, m := range masks[d] {
				b := key ^ m
				for j := t.start[b]; j < t.start[b+1]; j++ {
					diff := fp ^ t.fps[j]
					if dist := bits.OnesCount64(diff); dist <= x.k && x.firstTable(diff) == i {
						fn(int(t.docs[j]), dist)
					}
				}
			}
		}
	}
	for d := x.frozen; d < len(x.fps); d++ {
		if dist := bits.OnesCount64(fp ^ x.fps[d]); dist <= x.k {
			fn(d, dist)
		}
	}
}

// Pair is two documents, A < B, whose fingerprints are Dist bits apart.
type Pair struct {
	A, B uint32
	Dist uint8
}

// Pairs returns every pair of documents within k bits of each other, sorted
// by A then B. It runs on all cores.
func (x *Index) Pairs() []Pair {
	if x.frozen < len(x.fps) {
		x.rebuild()
	}
	var (
		mu   sync.Mutex
		all  []Pair
		next int
		wg   sync.WaitGroup
	)
	claim := func() int {
		mu.Lock()
		defer mu.Unlock()
		b := next
		next += pairBatch
		return b
	}
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var out []Pair
			for lo := claim(); lo < blocks*buckets; lo = claim() {
				for tb := lo; tb < lo+pairBatch; tb++ {
					out = x.bucketPairs(tb/buckets, uint32(tb%buckets), out)
				}
			}
			mu.Lock()
			all = append(all, out...)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.SortFunc(all, func(p, q Pair) int {
		if p.A != q.A {
			return int(p.A) - int(q.A)
		}
		return int(p.B) - int(q.B)
	})
	return all
}

// bucketPairs appends the pairs table i reports between bucket b and the
// buckets within the table's radius that sort after it.
func (x *Index) bucketPairs(i int, b uint32, out []Pair) []Pair {
	t, r := &x.tables[i], x.radii[i]
	if r < 0 || t.start[b] == t.start[b+1] {
		return out
	}
	fa, da := t.fps[t.start[b]:t.start[b+1]], t.docs[t.start[b]:t.start[b+1]]
	for d := 0; d <= r; d++ {
		for _, m := range masks[d] {
			b2 := b ^ m
			if b2 < b {
				continue
			}
			lo, hi := t.start[b2], t.start[b2+1]
			fb, db := t.fps[lo:hi], t.docs[lo:hi]
			for p, f := range fa {
				if b2 == b {
					fb, db = fa[p+1:], da[p+1:]
				}
				out = x.scan(i, f, da[p], fb, db, out)
			}
		}
	}
	return out
}

// scan appends the pairs table i reports between fingerprint f of document
// doc and the fingerprints fps of documents docs. It is the inner loop of
// Pairs: almost every candidate fails the distance test.
func (x *Index) scan(i int, f uint64, doc uint32, fps []uint64, docs []uint32, out []Pair) []Pair {
	k := x.k
	docs = docs[:len(fps)]
	q := 0
	// Four at a time: one well-predicted branch for four candidates.
	for ; q+4 <= len(fps); q += 4 {
		g := fps[q : q+4 : q+4]
		d0, d1 := bits.OnesCount64(f^g[0]), bits.OnesCount64(f^g[1])
		d2, d3 := bits.OnesCount64(f^g[2]), bits.OnesCount64(f^g[3])
		if min(d0, d1, d2, d3) <= k {
			out = x.scanSlow(i, f, doc, g, docs[q:q+4], out)
		}
	}
	return x.scanSlow(i, f, doc, fps[q:], docs[q:], out)
}

func (x *Index) scanSlow(i int, f uint64, doc uint32, fps []uint64, docs []uint32, out []Pair) []Pair {
	docs = docs[:len(fps)]
	for q, g := range fps {
		diff := f ^ g
		if dist := bits.OnesCount64(diff); dist <= x.k && x.firstTable(diff) == i {
			c := docs[q]
			out = append(out, Pair{min(doc, c), max(doc, c), uint8(dist)})
		}
	}
	return out
}
