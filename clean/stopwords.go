package clean

import (
	_ "embed"
	"strings"
	"unicode"
)

//go:embed rules/stopwords.txt
var stopwordData string

// stopwords maps a lower-case word to the set of languages (bit i is
// languages[i]) whose function words include it.
var stopwords, languages = loadStopwords(stopwordData)

// stopTable is stopwords as an open-addressing table keyed by a word's
// first eight bytes packed into an integer: most lookups hash and compare
// one machine word and never touch a string, and only the few longer
// stopwords are confirmed against the word.
type stopTable struct {
	bloom  [1 << (bloomBits - 6)]uint64 // keys present: a miss, most words, stays in cache
	slots  []stopSlot
	words  []string // the words longer than eight bytes
	shift  uint     // 64 - log2(len(slots))
	maxLen int
}

type stopSlot struct {
	key  uint64 // the word's first eight bytes, packed
	mask uint32 // the languages of the word
	n    uint16 // the word's length; 0 marks an empty slot
	long uint16 // index into words of a long word
}

const (
	packMax    = 8                  // longest word its key holds whole
	hashFactor = 0x9E3779B97F4A7C15 // Fibonacci hashing: spreads keys to the high bits
	caseBit8   = 0x2020202020202020
	bloomBits  = 15
)

var stopIndex = newStopTable(stopwords)

func newStopTable(m map[string]uint32) *stopTable {
	bits := uint(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := &stopTable{slots: make([]stopSlot, 1<<bits), shift: 64 - bits}
	for w, mask := range m {
		if len(w) == 0 || len(w) > 1<<16-1 {
			continue
		}
		t.maxLen = max(t.maxLen, len(w))
		key := pack(w[:min(len(w), packMax)])
		s := stopSlot{key: key, mask: mask, n: uint16(len(w))}
		if len(w) > packMax {
			s.long = uint16(len(t.words))
			t.words = append(t.words, w)
		}
		b := key * hashFactor >> (64 - bloomBits)
		t.bloom[b>>6] |= 1 << (b & 63)
		for j := t.home(key); ; j = (j + 1) & uint64(len(t.slots)-1) {
			if t.slots[j].n == 0 {
				t.slots[j] = s
				break
			}
		}
	}
	return t
}

// pack packs up to eight bytes little-endian.
func pack[S string | []byte](w S) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}

func (t *stopTable) home(key uint64) uint64 { return key * hashFactor >> t.shift }

// lookup returns the languages of the lower-case word w.
func (t *stopTable) lookup(w []byte) uint32 {
	if len(w) > t.maxLen || len(w) == 0 {
		return 0
	}
	key := pack(w[:min(len(w), packMax)])
	return t.probe(key, len(w), func(long string) bool { return long == string(w) })
}

// lookupASCII returns the languages of the word s[from:to], made only of
// ASCII letters, digits and apostrophes, in any case. Setting bit 5 of
// every byte lowers the letters and leaves digits and apostrophes as they
// are, so the key is lowered and packed with one load.
func (t *stopTable) lookupASCII(s string, from, to int) uint32 {
	n := to - from
	if n > t.maxLen {
		return 0
	}
	var k uint64
	if from+8 <= len(s) {
		w := s[from : from+8]
		k = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		k |= caseBit8
		if n < 8 {
			k &= 1<<(8*n) - 1
		}
	} else {
		for i := to - 1; i >= from; i-- {
			k = k<<8 | uint64(s[i]|0x20)
		}
	}
	if n <= packMax {
		return t.probeShort(k, n)
	}
	return t.probe(k, n, func(long string) bool {
		for i := range len(long) {
			if s[from+i]|0x20 != long[i] {
				return false
			}
		}
		return true
	})
}

// probeShort is probe for a word of at most eight bytes, whose key is the
// whole word: small enough to inline where most words are looked up.
func (t *stopTable) probeShort(key uint64, n int) uint32 {
	if b := key * hashFactor >> (64 - bloomBits); t.bloom[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	for j := t.home(key); ; j = (j + 1) & uint64(len(t.slots)-1) {
		if s := &t.slots[j]; s.n == 0 || s.key == key && int(s.n) == n {
			return s.mask // an empty slot's mask is 0
		}
	}
}

// probe finds the key of a word of n bytes; same confirms a long one.
func (t *stopTable) probe(key uint64, n int, same func(long string) bool) uint32 {
	if b := key * hashFactor >> (64 - bloomBits); t.bloom[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	m := uint64(len(t.slots) - 1)
	for j := t.home(key); ; j = (j + 1) & m {
		s := &t.slots[j]
		if s.n == 0 {
			return 0
		}
		if s.key == key && int(s.n) == n && (n <= packMax || same(t.words[s.long])) {
			return s.mask
		}
	}
}

func loadStopwords(data string) (map[string]uint32, []string) {
	m := map[string]uint32{}
	var langs []string
	for _, ln := range strings.Split(data, "\n") {
		f := strings.Fields(ln)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		bit := uint32(1) << len(langs)
		langs = append(langs, f[0])
		for _, w := range f[1:] {
			m[w] |= bit
		}
	}
	return m, langs
}

// particles are the commonest function characters of Chinese and Japanese,
// which write words without spaces; they play the stopwords' part there.
const particles = "的了是在和有也就不这他我们与对为中而将被等上到说从着个都要地得把让给" +
	"还以及其之于并或但因所此该由已" +
	"のにはをたがでてとしもないからすること"

func isParticle(r rune) bool { return strings.ContainsRune(particles, r) }

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc) || r == '\'' || r == '’'
}

func notWordRune(r rune) bool { return !isWordRune(r) }
