package clean

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold prepares a line for phrase rules: lower case, one space between
// words, typographic apostrophes made plain, Arabic and Persian spellings
// of a letter made one, and leading and trailing punctuation, symbols,
// digits and bullets dropped, so "» Read more (12)" and "READ MORE:" both
// fold to "read more". With keepEnd the trailing punctuation stays, for
// prefix patterns such as "share:".
func fold(s string, keepEnd bool) string {
	if !keepEnd {
		s = trimEnd(s)
	}
	start := strings.IndexFunc(s, isCore)
	if start < 0 {
		return ""
	}
	if s = s[start:]; isPlainLower(s) {
		return s
	}
	b, _ := foldAppend(nil, s)
	return string(b)
}

// foldLine folds a line both ways at once into buf, which it returns for
// reuse: open is fold(s, true) and closed is fold(s, false), a prefix of
// open. Both alias buf.
func foldLine(s string, buf []byte) (open, closed, _ []byte) {
	start := strings.IndexFunc(s, isCore)
	if start < 0 {
		return nil, nil, buf
	}
	s = s[start:]
	if isPlainLower(s) {
		buf = append(buf[:0], s...)
		return buf, buf[:len(trimEnd(s))], buf
	}
	buf, n := foldAppend(buf[:0], s)
	return buf, buf[:n], buf
}

// trimEnd cuts s after its last core rune.
func trimEnd(s string) string {
	end := strings.LastIndexFunc(s, isCore)
	if end < 0 {
		return ""
	}
	_, n := utf8.DecodeRuneInString(s[end:])
	return s[:end+n]
}

// foldAppend appends the folded form of s, which starts with a core rune,
// and returns the length b had after the last core rune of s: b[:closed]
// is the fold of s trimmed after that rune.
func foldAppend(b []byte, s string) (_ []byte, closed int) {
	// Write into room made up front: a byte of s yields at most three, an
	// invalid byte becoming U+FFFD, and a blank only the one space
	// before the next byte; eight bytes are stored at a time.
	n := len(b)
	buf := slices.Grow(b, 3*len(s)+8)[:n+3*len(s)+8]
	space := false
	runeEnd := n // where the ASCII after the last non-ASCII rune starts
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// Most text is plain ASCII with single spaces: eight bytes are
			// lowered at once, a space at the end left pending.
			if i+8 <= len(s) {
				if w, trailing, ok := plain8(load8(s, i)); ok {
					if space {
						buf[n] = ' '
						n++
					}
					binary.LittleEndian.PutUint64(buf[n:], w)
					n, i, space = n+8, i+8, trailing
					if trailing {
						n--
					}
					continue
				}
			}
			if asciiFold[c]&foldStop != 0 { // a blank
				space = true
				i++
				continue
			}
			if space {
				buf[n] = ' '
				n++
				space = false
			}
			// Copy the run up to the next blank or non-ASCII byte, lowered.
			for ; i < len(s); i++ {
				f := asciiFold[s[i]]
				if f&foldStop != 0 {
					break
				}
				buf[n] = byte(f)
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		core := isCore(r)
		switch {
		case unicode.IsSpace(r) || r == zwnj:
			space = true
			continue
		case r == '’' || r == 'ʼ' || r == '‘':
			r = '\''
		case isArabicMark(r):
			continue
		case r == 'ي' || r == 'ك' || r == 'ى':
			r = persianLetter(r)
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا' // writers set the hamza on an alef or leave it: "إقرأ", "اقرا"
		default:
			r = unicode.ToLower(r)
			if r >= 'ΐ' && r <= 'ώ' {
				r = greekFold(r)
			}
		}
		if space {
			buf[n] = ' '
			n++
			space = false
		}
		// Core is a property of the rune read, not of the one written
		// ('ʼ' is a letter, its plain apostrophe is not), so the ASCII
		// written since the last such rune is settled first.
		closed = lastCoreASCII(buf[:n], runeEnd, closed)
		n += utf8.EncodeRune(buf[n:], r)
		if core {
			closed = n
		}
		runeEnd = n
	}
	return buf[:n], lastCoreASCII(buf[:n], runeEnd, closed)
}

// zwnj, the zero-width non-joiner, parts the pieces of a Persian word
// ("برچسب‌ها") where other writers leave a space: it folds as one.
const zwnj = '\u200c'

// persianLetter writes the Arabic yeh and kaf as the Persian letters they
// stand for on pages typed with an Arabic keyboard: "بليط" and "بلیط" are
// one word to a Persian reader. A final yeh without dots, as Egyptian
// pages write it ("مسئوليتى"), is the same letter too.
func persianLetter(r rune) rune {
	if r == 'ك' {
		return 'ک'
	}
	return 'ی'
}

// isArabicMark reports whether r is an Arabic vowel sign or the tatweel
// that stretches a word: writers add or leave them at will, so "أيضاً" and
// "أيضا" must fold alike.
func isArabicMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640
}

// greekFold drops the accent of a lower-case Greek vowel and writes final
// sigma as sigma: Greek capitals go without accents, so "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"
// and "Διαβάστε επίσης" must fold alike.
func greekFold(r rune) rune {
	switch r {
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ϊ', 'ΐ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ϋ', 'ΰ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	}
	return r
}

// plain8 lowers eight bytes, read little-endian into w, when they are
// printable ASCII with no space first and no two spaces together, as in
// most prose; it reports whether they were, and whether the last is a space.
func plain8(w uint64) (_ uint64, trailing, ok bool) {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	if (w|(w-0x20*ones))&highs != 0 {
		return 0, false, false // not ASCII, or a control byte
	}
	y := w ^ 0x20*ones // zero where a space is
	spaces := ^((y&lows + lows) | y) & highs
	if spaces&0x80 != 0 || spaces&(spaces>>8) != 0 {
		return 0, false, false
	}
	// A byte from 'A' to 'Z' gets 0x20 added: its high bit flips on
	// adding 0x3f but not on adding 0x25.
	upper := (w + 0x3f*ones) &^ (w + 0x25*ones) & highs
	return w | upper>>2, spaces>>63 != 0, true
}

// lastCoreASCII returns the end of the last core byte of b[from:], which
// is ASCII, or closed when it has none.
func lastCoreASCII(b []byte, from, closed int) int {
	for k := len(b); k > from; k-- {
		if asciiFold[b[k-1]]&foldCore != 0 {
			return k
		}
	}
	return closed
}

// asciiFold is how foldAppend treats each byte: the byte lowered, and
// whether it stops a run of ASCII (a blank, or not ASCII) or is core.
var asciiFold = func() (t [256]uint16) {
	for c := range t {
		switch k := asciiKind[c]; {
		case k == asciiSpace || k == asciiOther:
			t[c] = foldStop
		case k == asciiCore || k == asciiUpper:
			t[c] = uint16(lowerASCII(byte(c))) | foldCore
		default:
			t[c] = uint16(c)
		}
	}
	return t
}()

const (
	foldStop = 1 << 8
	foldCore = 1 << 9
)

// asciiKind sorts ASCII bytes for folding.
var asciiKind = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = asciiOther
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = asciiSpace
		case 'A' <= c && c <= 'Z':
			t[c] = asciiUpper
		case 'a' <= c && c <= 'z' || c == '@':
			t[c] = asciiCore
		default:
			t[c] = asciiPlain
		}
	}
	return t
}()

const (
	asciiPlain = iota // kept as is, not core
	asciiCore         // kept as is, core
	asciiUpper        // lowered, core
	asciiSpace
	asciiOther // not ASCII
)

// isCore reports whether r can begin or end a folded phrase.
func isCore(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '@'
	}
	return unicode.IsLetter(r) && r != 0x0640 || r == '©' // not the tatweel, which folding drops
}

// isPlainLower reports whether s is already folded: lower-case ASCII
// with single spaces.
func isPlainLower(s string) bool {
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || (c != ' ' && c < '!') || (c == ' ' && prev == ' ') {
			return false
		}
		prev = c
	}
	return true
}

// canonAppend appends s with every rune replaced by one representative of
// its case-folding orbit, so that a text matching a literal under (?i)
// contains the literal's canonical form. Regexp triggers are tested on it.
func canonAppend(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, canonRune(r))
		i += n
	}
	return b
}

// canonRune maps r to the lower case of the least rune of its case-folding
// orbit: 'K', 'k' and the Kelvin sign all become 'k'.
func canonRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return unicode.ToLower(least)
}

func canonString(s string) string { return string(canonAppend(nil, s)) }

// canonIsLower reports whether canonAppend would only lower the ASCII
// letters of s, as for most lines: other runes are their own canonical
// form, like punctuation and lower-case letters.
func canonIsLower(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && (load4(s, i)|load4(s, i+4))&0x80808080 == 0 {
			i += 8 // eight ASCII bytes
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if 0x2000 <= r && r < 0x2070 {
			continue // general punctuation, the commonest, has no case
		}
		if r == utf8.RuneError && n == 1 || canonRune(r) != r {
			return false
		}
	}
	return true
}

// isSentenceEnd reports whether r closes a sentence in some script.
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '؟', '۔', '।', '"', '”', '»', '’', ')', ':', ';':
		return true
	}
	return false
}

// endsSentence reports whether s ends with a full stop, a question or an
// exclamation mark, quotes after it aside.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(closingQuotes, r) }))
	return stopsSentence(r)
}

// stopsSentence reports whether r ends a sentence: a full stop, a question
// or an exclamation mark.
func stopsSentence(r rune) bool { return isFullStop(r) || r == '!' || r == '！' || isQuestionMark(r) }

// isQuestionMark reports whether r ends a question, in Latin, CJK or
// Arabic script.
func isQuestionMark(r rune) bool { return r == '?' || r == '？' || r == '؟' }

// closingQuotes close a quotation after the sentence inside it has ended:
// "…it flew off.”", "…ab.“", "…partit.»".
const closingQuotes = "\"'”’“»«」』"

// isFullStop reports whether r ends a sentence as a full stop does, in
// Latin, CJK, Devanagari, Urdu, Armenian, Ethiopic or Burmese script.
func isFullStop(r rune) bool {
	switch r {
	case '.', '。', '｡', '।', '۔', '։', '።', '။':
		return true
	}
	return false
}

// isCJK reports whether r belongs to a script written without spaces.
func isCJK(r rune) bool {
	if r < 0x0E00 {
		return false // below Thai, the first of these scripts
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)
}

// isHangul reports whether r is a Hangul syllable, a block of two or three
// letters that Korean writes as one character.
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
