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
// that a word is looked up by the hash built while reading it. Slots are
// small, to stay in cache; the words are only read to confirm a hit.
type stopTable struct {
	slots  []stopSlot
	words  []string
	masks  []uint32
	maxLen int
}

type stopSlot struct {
	tag  uint32 // high half of the hash
	word uint32 // index + 1 into words; 0 marks an empty slot
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

var stopIndex = newStopTable(stopwords)

func newStopTable(m map[string]uint32) *stopTable {
	n := 16
	for n < 3*len(m) {
		n *= 2
	}
	t := &stopTable{slots: make([]stopSlot, n)}
	for w, mask := range m {
		t.maxLen = max(t.maxLen, len(w))
		t.words = append(t.words, w)
		t.masks = append(t.masks, mask)
		h := uint64(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * fnvPrime
		}
		for j := h & uint64(n-1); ; j = (j + 1) & uint64(n-1) {
			if t.slots[j].word == 0 {
				t.slots[j] = stopSlot{uint32(h >> 32), uint32(len(t.words))}
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
		s := t.slots[j]
		if s.word == 0 {
			return 0
		}
		if s.tag == uint32(h>>32) && t.words[s.word-1] == string(w) {
			return t.masks[s.word-1]
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\'' || r == '’'
}
