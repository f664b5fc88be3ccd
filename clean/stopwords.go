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

// stopTable is stopwords as an open-addressing table keyed by FNV-1a, so
// that a word is looked up by the hash built while reading it.
type stopTable struct {
	slots  []stopSlot
	maxLen int
}

type stopSlot struct {
	word string
	mask uint32
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

var stopIndex = newStopTable(stopwords)

func newStopTable(m map[string]uint32) *stopTable {
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t := &stopTable{slots: make([]stopSlot, n)}
	for w, mask := range m {
		t.maxLen = max(t.maxLen, len(w))
		h := uint64(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * fnvPrime
		}
		for j := h & uint64(n-1); ; j = (j + 1) & uint64(n-1) {
			if t.slots[j].word == "" {
				t.slots[j] = stopSlot{w, mask}
				break
			}
		}
	}
	return t
}

// lookup returns the languages of word w, whose FNV-1a hash is h.
func (t *stopTable) lookup(w []byte, h uint64) uint32 {
	if len(w) > t.maxLen {
		return 0
	}
	n := uint64(len(t.slots) - 1)
	for j := h & n; ; j = (j + 1) & n {
		s := &t.slots[j]
		if s.word == "" {
			return 0
		}
		if s.word == string(w) {
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
	"のにはをたがでてとしもないからすること"

func isParticle(r rune) bool { return strings.ContainsRune(particles, r) }

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\'' || r == '’'
}
