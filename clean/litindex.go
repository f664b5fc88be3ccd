package clean

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// litIndex finds where any of many literals occur in a text, probing only
// every stride-th position. A literal of n bytes spans n-3 four-byte
// windows, and when n-3 >= stride one of them starts at a probed position:
// so the four bytes at its first stride offsets (at a stride of one, its
// rarest four) are filed in a hash bitmap, which rules out nearly every
// probe with one load. The few literals too
// short for that are searched for one by one.
//
// Keys are taken with bit 5 of every byte set, which folds ASCII case, so
// one index serves texts compared exactly and texts compared with their
// ASCII letters lowered: the bitmap may admit more probes, never fewer.
type litIndex[T any] struct {
	stride int
	has    [1 << (quadBits - 6)]uint64
	slot   *[1 << quadBits]uint32 // bucket of a quadHash, or 0
	quads  [][]litEntry[T]        // buckets, by quadHash of four bytes with caseBit4
	short  []litEntry[T]          // shorter than stride+3
}

// litEntry is one literal, filed at offset off; seq is its place in the
// order literals were added.
type litEntry[T any] struct {
	lit      string
	off, seq int
	rare     int // a short literal's byte to look for first, or -1
	v        T
}

const (
	quadBits   = 16
	caseBit4   = 0x20202020
	maxStride  = 8
	minStride  = 3
	shortScans = 4 // literals worth searching alone to probe less often
)

// newLitIndex files lits, with vals[i] the value of lits[i].
func newLitIndex[T any](lits []string, vals []T) *litIndex[T] {
	lens := make([]int, len(lits))
	for i, l := range lits {
		lens[i] = len(l)
	}
	slices.Sort(lens)
	x := &litIndex[T]{stride: maxStride, slot: new([1 << quadBits]uint32), quads: [][]litEntry[T]{nil}}
	if len(lens) > 0 {
		// Probe every few bytes, searching a few short literals alone
		// when that lets the probes spread further.
		x.stride = lens[0] - 3
		if x.stride < minStride && len(lens) > shortScans {
			x.stride = lens[shortScans] - 3
		}
		x.stride = max(1, min(maxStride, x.stride))
	}
	for i, lit := range lits {
		if len(lit) < x.stride+3 {
			x.short = append(x.short, litEntry[T]{lit: lit, seq: i, rare: rareByte(lit), v: vals[i]})
			continue
		}
		for off := range x.stride {
			if x.stride == 1 {
				// Every position is probed: file the literal under its
				// four bytes that text holds least often, so that common
				// words ("the ", "for ") do not stop the scan at every turn.
				off = rarestQuad(lit)
			}
			k := load4(lit, off) | caseBit4
			h := quadHash(k)
			x.has[h>>6] |= 1 << (h & 63)
			if x.slot[h] == 0 {
				x.slot[h] = uint32(len(x.quads))
				x.quads = append(x.quads, nil)
			}
			x.quads[x.slot[h]] = append(x.quads[x.slot[h]], litEntry[T]{lit: lit, off: off, seq: i, v: vals[i]})
		}
	}
	return x
}

// find calls fn for occurrences of the literals in s: for each literal, at
// least its first occurrence, and no place where it does not occur. With
// lower, s is compared with its ASCII letters lowered.
func find[T any, S string | []byte](x *litIndex[T], s S, lower bool, fn func(at int, e *litEntry[T])) {
	for p := 0; p+4 <= len(s); p += x.stride {
		k := load4(s, p) | caseBit4
		h := quadHash(k)
		if x.has[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		es := x.quads[x.slot[h]]
		for i := range es {
			e := &es[i]
			if at := p - e.off; at >= 0 && prefixAt(s, at, e.lit, lower) {
				fn(at, e)
			}
		}
	}
	for i := range x.short {
		e := &x.short[i]
		if at := indexIn(s, e, lower); at >= 0 {
			fn(at, e)
		}
	}
}

func quadHash(k uint32) uint32 { return k * 0x9E3779B1 >> (32 - quadBits) }

// load4 reads four bytes of s from i, little-endian.
func load4[S string | []byte](s S, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// load8 reads eight bytes of s from i, little-endian.
func load8[S string | []byte](s S, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// indexIn returns where e's literal first occurs in s, or -1; with lower,
// s is compared with its ASCII letters lowered. The search jumps from one of the
// literal's rarer bytes to the next.
func indexIn[T any, S string | []byte](s S, e *litEntry[T], lower bool) int {
	if e.rare < 0 {
		if !lower {
			switch s := any(s).(type) {
			case string:
				return strings.Index(s, e.lit)
			case []byte:
				return bytes.Index(s, []byte(e.lit))
			}
		}
		for i := 0; i+len(e.lit) <= len(s); i++ {
			if prefixAt(s, i, e.lit, lower) {
				return i
			}
		}
		return -1
	}
	c := e.lit[e.rare]
	for from := e.rare; from < len(s); {
		p := indexByte(s[from:], c)
		if p < 0 {
			return -1
		}
		at := from + p - e.rare
		if prefixAt(s, at, e.lit, lower) {
			return at
		}
		from += p + 1
	}
	return -1
}

func indexByte[S string | []byte](s S, c byte) int {
	switch s := any(s).(type) {
	case string:
		return strings.IndexByte(s, c)
	case []byte:
		return bytes.IndexByte(s, c)
	}
	panic("unreachable")
}

// rarestQuad returns the offset of the four bytes of lit, at least four
// bytes long, that text is least likely to hold: the fewest spaces and
// common letters.
func rarestQuad(lit string) int {
	best, bestCost := 0, 1<<30
	for off := 0; off+4 <= len(lit); off++ {
		cost := 0
		for _, c := range []byte(lit[off : off+4]) {
			cost += byteCost(c)
		}
		if cost < bestCost {
			best, bestCost = off, cost
		}
	}
	return best
}

// byteCost ranks a byte by how often text holds it, from 0 for rare
// bytes to 4 for a space.
func byteCost(c byte) int {
	switch c | 0x20 {
	case ' ':
		return 4
	case 'e', 't', 'a', 'o', 'i', 'n':
		return 3
	case 's', 'h', 'r', 'd', 'l', 'u':
		return 2
	}
	if 'a' <= c|0x20 && c|0x20 <= 'z' || c >= utf8.RuneSelf {
		return 1
	}
	return 0
}

// rareByte picks the byte of lit that text holds least often, of those
// that have no case: a byte of a multi-byte rune, best not its first, or
// a mark, not a letter, digit, space or common punctuation. It returns -1
// when lit has none.
func rareByte(lit string) int {
	best, score := -1, 0
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		k := 0
		switch {
		case c >= 0xC0:
			k = 3
		case c >= utf8.RuneSelf:
			// A rune's later bytes vary more than its first, which
			// every letter of its block shares.
			k = 4
		case c == ' ', c == ',', c == '.', c == '-', c == '\'':
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			k = 2
		}
		if k > score {
			best, score = i, k
		}
	}
	return best
}

// prefixAt reports whether s[i:] starts with lit, exactly or, with lower,
// once the ASCII letters of s are lowered.
func prefixAt[S string | []byte](s S, i int, lit string, lower bool) bool {
	if len(s)-i < len(lit) {
		return false
	}
	if !lower {
		return string(s[i:i+len(lit)]) == lit
	}
	for j := 0; j < len(lit); j++ {
		if lowerASCII(s[i+j]) != lit[j] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
