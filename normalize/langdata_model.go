package normalize

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Character models for statistical detection.
//
// Each rune a candidate encoding decodes becomes a token: a letter of one
// language's alphabet, or a class (foreign letter, punctuation, symbol,
// control...). A language model prices a token sequence in nats, from
// lingua-go's unigram and bigram frequencies (generated into langdata.go)
// and fixed costs for what those do not cover. ASCII decodes alike in every
// candidate, so it is priced only next to non-ASCII characters.

// detLangSource is one language's tables as generated into langdata.go: runes
// with their unigram costs, rune pairs with their conditional bigram costs,
// both in quarter nats.
type detLangSource struct {
	lang, runes, costs, pairs, pairCosts string
}

// Costs, in nats, of what a language model does not cover.
const (
	detCostForeign = 12  // a letter outside the language's alphabet
	detCostMark    = 7   // a combining mark outside it
	detCostPunct   = 5   // non-ASCII punctuation: quotes, dashes, no-break space
	detCostSymbol  = 9   // any other symbol
	detCostInWord  = 5   // extra for punctuation or a symbol between two letters
	detCostBad     = 20  // a control, unmapped byte or invalid sequence
	detCostCase    = 4   // an upper-case letter right after a lower-case one
	detCostBackoff = 2.5 // a letter pair too rare to be in the bigram table
	detCostMixed   = 8   // a letter next to an ASCII letter of another script
	detCostDigit   = 3   // a non-ASCII letter next to a digit
	detCostSwitch  = 3   // a word of another script than the last, in non-Latin text
	// detCostLatinText is added per ASCII letter of the input to readings in
	// a language of another script, up to detCostLatinCap per non-ASCII
	// character: English with a few stray bytes is not Russian. Small and
	// capped, because markup is ASCII too.
	detCostLatinText = 0.03
	detCostLatinCap  = 3
	detCostTier      = 10 // CJK: a common ideograph (by its code set's tiers) missing from the model
)

// A detTok is a language model's view of one rune: an alphabet position
// (>= 0, with flags) or a negative class.
type detTok int32

const (
	detTokOther   detTok = -1 // ASCII space, digit, punctuation, control
	detTokForeign detTok = -2
	detTokMark    detTok = -3
	detTokPunct   detTok = -4
	detTokSymbol  detTok = -5
	detTokBad     detTok = -6
	detTokLatin   detTok = -7  // an ASCII letter outside the alphabet
	detTokDigit   detTok = -8  // an ASCII digit
	detTokApos    detTok = -9  // an apostrophe, which may stand inside a word
	detTokSign    detTok = -10 // a common symbol, which stands apart from words

	detFlagUpper detTok = 1 << 24
	detFlagASCII detTok = 1 << 25
	detIndexMask detTok = 1<<24 - 1
)

func (t detTok) letter() bool { return t >= 0 }
func (t detTok) ascii() bool {
	return t >= 0 && t&detFlagASCII != 0 || t == detTokOther || t == detTokLatin || t == detTokDigit
}
func (t detTok) index() int  { return int(t & detIndexMask) }
func (t detTok) upper() bool { return t >= 0 && t&detFlagUpper != 0 }
func (t detTok) wordish() bool {
	return t >= 0 || t == detTokForeign || t == detTokMark || t == detTokLatin
}

// detModel is one language's character model.
type detModel struct {
	lang  string
	index map[rune]int32
	uni   []float32 // by alphabet position
	bi    []uint8   // n×n conditional costs in quarter nats; detNoPair if absent
	n     int
	latin bool // the alphabet has the ASCII letters

	// Large (CJK) alphabets also index their runes densely, from denseLo:
	// position+1, or 0 for a rune outside the alphabet.
	denseLo rune
	dense   []uint16
}

const detNoPair = 255

// detNewModel builds a model from its generated tables. Bigrams are kept as
// a dense matrix, which alphabets of a few hundred letters afford.
func detNewModel(src detLangSource) *detModel {
	m := &detModel{lang: src.lang, index: map[rune]int32{}}
	for i, r := range []rune(src.runes) {
		m.index[r] = int32(i)
		m.uni = append(m.uni, float32(src.costs[i])/4)
	}
	_, m.latin = m.index['e']
	m.n = len(m.uni)
	if src.pairCosts == "" || m.n > 1024 {
		return m
	}
	m.bi = bytes.Repeat([]byte{detNoPair}, m.n*m.n)
	pairs := []rune(src.pairs)
	for k := range len(src.pairCosts) {
		a, oka := m.index[pairs[2*k]]
		b, okb := m.index[pairs[2*k+1]]
		if oka && okb {
			m.bi[int(a)*m.n+int(b)] = src.pairCosts[k]
		}
	}
	return m
}

// with returns a copy of m, named lang, with a tier of runes added.
func (m *detModel) with(lang string, runes []rune, cost float32) *detModel {
	c := &detModel{lang: lang, index: make(map[rune]int32, len(m.index)), uni: append([]float32(nil), m.uni...), bi: m.bi, n: m.n, latin: m.latin}
	for r, i := range m.index {
		c.index[r] = i
	}
	c.addTier(runes, cost)
	return c
}

// addTier gives runes missing from a CJK model (the other Chinese script, or
// rarer ideographs) a cost of their own, lower than a foreign letter's.
func (m *detModel) addTier(runes []rune, cost float32) {
	for _, r := range runes {
		if _, ok := m.index[r]; !ok {
			m.index[r] = int32(len(m.uni))
			m.uni = append(m.uni, cost)
		}
	}
	m.n = len(m.uni)
	m.densify()
}

// densify indexes the ideographs and syllables of a large alphabet densely,
// which spares a map lookup per character of CJK text.
func (m *detModel) densify() {
	const from = 0x2e80 // CJK radicals onward: no case
	lo, hi := rune(math.MaxInt32), rune(0)
	for r := range m.index {
		if r >= from {
			lo, hi = min(lo, r), max(hi, r)
		}
	}
	if hi < lo || m.n >= math.MaxUint16 {
		return
	}
	m.denseLo, m.dense = lo, make([]uint16, hi-lo+1)
	for r, i := range m.index {
		if r >= from {
			m.dense[r-lo] = uint16(i + 1)
		}
	}
}

// tok classifies r for this language.
func (m *detModel) tok(r rune) detTok {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			lower := r | 0x20
			if i, ok := m.index[lower]; ok {
				t := detTok(i) | detFlagASCII
				if r != lower {
					t |= detFlagUpper
				}
				return t
			}
			return detTokLatin
		}
		if '0' <= r && r <= '9' {
			return detTokDigit
		}
		return detTokOther
	}
	c := detClassOf(r)
	if c&detClassLetter == 0 {
		return detTok(-int32(c & detClassFallback))
	}
	if d := r - m.denseLo; m.dense != nil && d >= 0 && int(d) < len(m.dense) {
		if i := m.dense[d]; i > 0 {
			return detTok(i - 1)
		}
	} else {
		lower := r
		if c&detClassCased != 0 {
			lower = unicode.ToLower(r)
		}
		if i, ok := m.index[lower]; ok {
			t := detTok(i)
			if lower != r {
				t |= detFlagUpper
			}
			return t
		}
	}
	return detTok(-int32(c & detClassFallback))
}

// A detClass is what a rune is in any language: a letter (or mark) that a
// model may know, whether it has case, and the token it becomes otherwise.
type detClass uint8

const (
	detClassFallback detClass = 0x0f // minus the fallback token
	detClassLetter   detClass = 0x10
	detClassCased    detClass = 0x20
)

// detClassOf looks BMP runes up in a table built on first use.
func detClassOf(r rune) detClass {
	if r < 0x10000 {
		return detClassTable()[r]
	}
	return detClassify(r)
}

var detClassTable = sync.OnceValue(func() *[0x10000]detClass {
	var t [0x10000]detClass
	for r := range rune(len(t)) {
		t[r] = detClassify(r)
	}
	return &t
})

func detClassify(r rune) detClass {
	if !unicode.IsLetter(r) && !unicode.In(r, unicode.Mn, unicode.Mc) {
		return detClass(-detClassNonLetter(r))
	}
	c := detClassLetter
	if unicode.ToLower(r) != r {
		c |= detClassCased
	}
	switch {
	case detIsPunct(r): // full-width Latin and the like
		c |= detClass(-detTokPunct)
	case unicode.In(r, unicode.Mn, unicode.Mc):
		c |= detClass(-detTokMark)
	default:
		c |= detClass(-detTokForeign)
	}
	return c
}

// detClassNonLetter classifies a non-ASCII rune that is not a letter.
func detClassNonLetter(r rune) detTok {
	switch {
	case r == utf8.RuneError, r < 0xa0, unicode.Is(unicode.Co, r), unicode.Is(unicode.Cs, r),
		!unicode.Is(unicode.L, r) && !unicode.IsGraphic(r) && r != 0xad:
		return detTokBad
	case r == '’' || r == 'ʼ':
		return detTokApos
	case detIsPunct(r):
		return detTokPunct
	case detIsSign(r):
		return detTokSign
	}
	return detTokSymbol
}

// detIsPunct reports the punctuation and spaces that running text uses.
func detIsPunct(r rune) bool {
	switch {
	case r == '¶', r == '§': // punctuation to Unicode, rare in prose
		return false
	case unicode.IsPunct(r), unicode.IsSpace(r),
		r >= 0xff01 && r <= 0xff65, // full-width ASCII, half-width CJK punctuation
		r >= 0x3000 && r <= 0x303f: // CJK punctuation
		return true
	}
	return strings.ContainsRune("®°™", r) // they follow words closely
}

// detIsSign reports the symbols common in running text that stand apart
// from words: "± 3", "€ 5", "© 2024", but not "pozwol±".
func detIsSign(r rune) bool {
	return strings.ContainsRune("©±×÷€£¥¢•·‰", r)
}

// score prices a token sequence. scored counts the non-ASCII tokens.
func (m *detModel) score(toks []detTok) (cost float64, scored int) {
	var c float32
	prev := detTokOther
	// The script of the last word, for models whose alphabet lacks the
	// ASCII letters: a word in it next to an ASCII word is a switch.
	const none, latin, native = 0, 1, 2
	lastWord := none
	for i, t := range toks {
		if t.ascii() {
			// An ASCII letter after a non-ASCII one is priced in context;
			// elsewhere ASCII costs every reading alike.
			switch {
			case prev.ascii():
			case prev.letter():
				switch {
				case t.letter():
					c += m.letterCost(prev, t)
				case t == detTokLatin:
					c += detCostMixed
				case t == detTokDigit:
					c += detCostDigit
				}
			case prev == detTokMark && t == detTokLatin:
				c += detCostMixed
			}
			if t == detTokLatin {
				if lastWord == native && !prev.wordish() {
					c += detCostSwitch
				}
				lastWord = latin
			}
			prev = t
			continue
		}
		scored++
		switch t {
		case detTokForeign:
			c += detCostForeign
		case detTokMark:
			c += detCostMark
			if prev == detTokLatin {
				c += detCostMixed
			}
		case detTokApos:
			c += detCostPunct
		case detTokSign:
			c += detCostPunct
			if prev.wordish() || i+1 < len(toks) && toks[i+1].wordish() {
				c += detCostInWord
			}
		case detTokPunct, detTokSymbol:
			k := float32(detCostPunct)
			if t == detTokSymbol {
				k = detCostSymbol
			}
			if prev.wordish() && i+1 < len(toks) && toks[i+1].wordish() {
				k += detCostInWord
			}
			c += k
		case detTokBad:
			c += detCostBad
		default:
			c += m.letterCost(prev, t)
			switch prev {
			case detTokLatin:
				c += detCostMixed
			case detTokDigit:
				c += detCostDigit
			}
			if !m.latin {
				if lastWord == latin && !prev.wordish() {
					c += detCostSwitch
				}
				lastWord = native
			}
		}
		prev = t
	}
	return float64(c), scored
}

// letterCost prices letter t after prev: the bigram if there is one, else
// what a pair too rare for the table can cost, plus a penalty for a case
// change mid-word.
func (m *detModel) letterCost(prev, t detTok) float32 {
	c := m.uni[t.index()]
	if !prev.letter() {
		return c
	}
	if m.bi != nil {
		if p := m.bi[prev.index()*m.n+t.index()]; p != detNoPair {
			c = float32(p) / 4
		} else {
			// The pair is rarer than any kept: P(t|prev) < P(floor)/P(prev).
			c = max(c+detCostBackoff, detPairFloor-m.uni[prev.index()])
		}
	}
	if t.upper() && !prev.upper() {
		c += detCostCase
	}
	return c
}

// detModels builds the language models on first use.
var detModels = sync.OnceValue(func() map[string]*detModel {
	ms := map[string]*detModel{}
	for _, src := range detLangData {
		ms[src.lang] = detNewModel(src)
	}
	// lingua's Chinese model is of traditional text; the common tiers of
	// GB2312 (level 1) and Big5 (level 1) cover the rest of each script.
	zh := ms["zh"]
	ms["zh-hans"] = zh.with("zh-hans", detRange(simplifiedchinese.GBK, 0xb0, 0xd7, 0xa1, 0xfe), detCostTier)
	ms["zh-hant"] = zh.with("zh-hant", detRange(traditionalchinese.Big5, 0xa4, 0xc6, 0x40, 0xfe), detCostTier)
	ms["ja"].addTier(detRange(japanese.EUCJP, 0xb0, 0xcf, 0xa1, 0xfe), detCostTier)
	ms["ko"].addTier(detRange(korean.EUCKR, 0xb0, 0xc8, 0xa1, 0xfe), detCostTier)
	for _, c := range detCandidates() {
		if mix := c.mixName(); mix != "" && ms[mix] == nil {
			var parts []*detModel
			for _, lang := range c.langs {
				parts = append(parts, ms[lang])
			}
			ms[mix] = detMix(mix, parts)
		}
	}
	return ms
})

// detMix builds a unigram model of a candidate's languages in equal parts,
// for text that mixes them, such as names from several countries, which no
// single model prices fairly. A letter costs -ln of its mean probability, so
// a letter of one language out of K costs about ln K more than in it.
func detMix(name string, parts []*detModel) *detModel {
	m := &detModel{lang: name, index: map[rune]int32{}}
	var prob []float64
	for _, p := range parts {
		m.latin = m.latin || p.latin
		for r := range p.index {
			if _, ok := m.index[r]; !ok {
				m.index[r] = int32(len(prob))
				prob = append(prob, 0)
			}
		}
	}
	for r, i := range m.index {
		for _, p := range parts {
			c := float32(detCostForeign)
			if j, ok := p.index[r]; ok {
				c = p.uni[j]
			}
			prob[i] += math.Exp(-float64(c)) / float64(len(parts))
		}
	}
	for _, p := range prob {
		m.uni = append(m.uni, float32(-math.Log(p)))
	}
	m.n = len(m.uni)
	// Letter pairs mix the same way; a pair a language lacks adds nothing.
	pairs := map[[2]int32]float64{}
	for _, p := range parts {
		if p.bi == nil {
			continue
		}
		for r1, i1 := range p.index {
			for r2, i2 := range p.index {
				if c := p.bi[int(i1)*p.n+int(i2)]; c != detNoPair {
					pairs[[2]int32{m.index[r1], m.index[r2]}] += math.Exp(-float64(c)/4) / float64(len(parts))
				}
			}
		}
	}
	if len(pairs) > 0 {
		m.bi = bytes.Repeat([]byte{detNoPair}, m.n*m.n)
		for k, p := range pairs {
			m.bi[int(k[0])*m.n+int(k[1])] = byte(min(math.Round(-math.Log(p)*4), detNoPair-1))
		}
	}
	return m
}

// detRange decodes every two-byte code in the given lead and trail ranges.
func detRange(e encoding.Encoding, lead0, lead1, trail0, trail1 byte) []rune {
	var buf []byte
	for l := int(lead0); l <= int(lead1); l++ {
		for t := int(trail0); t <= int(trail1); t++ {
			buf = append(buf, byte(l), byte(t))
		}
	}
	out, _ := e.NewDecoder().Bytes(buf)
	var rs []rune
	for _, r := range string(out) {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) {
			rs = append(rs, r)
		}
	}
	return rs
}
