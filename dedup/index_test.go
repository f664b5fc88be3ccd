package dedup

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomFingerprints returns n random fingerprints, every tenth one a copy
// of an earlier one with up to maxFlip bits flipped.
func randomFingerprints(n, maxFlip int, seed uint64) []uint64 {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	fps := make([]uint64, n)
	for i := range fps {
		if i > 0 && i%10 == 0 {
			fp := fps[rng.IntN(i)]
			for range rng.IntN(maxFlip + 1) {
				fp ^= 1 << rng.IntN(64)
			}
			fps[i] = fp
			continue
		}
		fps[i] = rng.Uint64()
	}
	return fps
}

func brutePairs(fps []uint64, k int) []Pair {
	var out []Pair
	for a := range fps {
		for b := a + 1; b < len(fps); b++ {
			if d := bits.OnesCount64(fps[a] ^ fps[b]); d <= k {
				out = append(out, Pair{uint32(a), uint32(b), uint8(d)})
			}
		}
	}
	return out
}

func TestIndexPairsMatchesBruteForce(t *testing.T) {
	for _, k := range []int{0, 1, 2, 3, 5, 8, 12, 16, 18, 24} {
		fps := randomFingerprints(3000, k+2, uint64(k))
		// Clustered fingerprints too, so that large radii have real neighbours.
		for i := 0; i < 500; i++ {
			fps = append(fps, fps[i]^uint64(i)*0x0101_0101)
		}
		x := NewIndex(k)
		for _, fp := range fps {
			x.Add(fp)
		}
		got, want := x.Pairs(), brutePairs(fps, k)
		if !slices.Equal(got, want) {
			t.Errorf("k=%d: Pairs found %d pairs, brute force %d", k, len(got), len(want))
		}
	}
}

func TestIndexNearWhileStreaming(t *testing.T) {
	const k = 14
	fps := randomFingerprints(3*hotLimit, k, 7)
	x := NewIndex(k)
	var got []Pair
	for b, fp := range fps {
		x.Near(fp, func(a, dist int) {
			got = append(got, Pair{uint32(a), uint32(b), uint8(dist)})
		})
		x.Add(fp)
	}
	slices.SortFunc(got, func(p, q Pair) int {
		if p.A != q.A {
			return int(p.A) - int(q.A)
		}
		return int(p.B) - int(q.B)
	})
	want := brutePairs(fps, k)
	if !slices.Equal(got, want) {
		t.Fatalf("streaming Near found %d pairs, brute force %d", len(got), len(want))
	}
	if len(want) < 2000 {
		t.Fatalf("only %d planted pairs; the test is too weak", len(want))
	}
}
