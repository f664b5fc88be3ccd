package dedup

import (
	"unicode"
	"unicode/utf8"
)

// maxWordBytes bounds a word so that base64 blobs and other junk cannot make
// a feature arbitrarily long; longer runs are cut at a rune boundary.
const maxWordBytes = 64

// asciiWord maps an ASCII byte to its lower-case form when it belongs to a
// word, and to 0 when it separates words.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	return t
}()

// words splits a text into normalized words: maximal runs of letters, marks
// and digits, lower-cased. Everything else (punctuation, quotes of any style,
// every kind of space) separates words, which is what makes fingerprints
// insensitive to curly quotes, no-break spaces and re-flowed lines. Scripts
// written without spaces (Han, kana, Thai, ...) yield one word per character.
// UTF-8 text mis-decoded as Windows-1252 or Latin-1 ("â€™", "Ã©") is read
// back as the characters it came from.
type words struct {
	s     string
	i     int
	start int // byte offset of the current word in s
	end   int // byte offset just past the current word
	buf   [maxWordBytes + utf8.UTFMax]byte
}

func (w *words) reset(s string) {
	w.s, w.i, w.start, w.end = s, 0, 0, 0
}

// next returns the next word, valid until the following call, or false at
// the end of the text.
func (w *words) next() ([]byte, bool) {
	s, i, n := w.s, w.i, 0
	w.start = -1
	// Fast path for ASCII, most of most texts: skip separators, then copy
	// the word's bytes lower-cased. Anything else goes the general way.
	for i < len(s) && s[i] < utf8.RuneSelf && asciiWord[s[i]] == 0 {
		i++
	}
	if i < len(s) && s[i] < utf8.RuneSelf {
		w.start = i
		for end := min(len(s), i+maxWordBytes); i < end; i++ {
			c := s[i]
			if c >= utf8.RuneSelf || asciiWord[c] == 0 {
				break
			}
			w.buf[n] = asciiWord[c]
			n++
		}
		if i == len(s) || (s[i] < utf8.RuneSelf && asciiWord[s[i]] == 0) {
			w.i, w.end = i, i
			return w.buf[:n], true
		}
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			lc := asciiWord[c]
			if lc == 0 {
				if n > 0 {
					break
				}
				i++
				continue
			}
			if n == 0 {
				w.start = i
			}
			if n < maxWordBytes {
				w.buf[n] = lc
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0xC2 && r <= 0xF4 { // a possible UTF-8 lead byte read as Windows-1252
			if fixed, fsize := unmojibake(s[i:]); fsize > 0 {
				r, size = fixed, fsize
			}
		}
		switch {
		case isSpacelessScript(r):
			if n > 0 {
				break // end the current word; the character is the next one
			}
			w.start = i
			n = utf8.EncodeRune(w.buf[:], unicode.ToLower(r))
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if n == 0 {
				w.start = i
			}
			if n < maxWordBytes {
				n += utf8.EncodeRune(w.buf[n:], unicode.ToLower(r))
			}
			i += size
			continue
		default:
			if n > 0 {
				break
			}
			i += size
			continue
		}
		break
	}
	w.i = i
	if n == 0 {
		return nil, false
	}
	if n > maxWordBytes {
		n = trimRunes(w.buf[:n], maxWordBytes)
	}
	w.end = i
	return w.buf[:n], true
}

// trimRunes returns the length of the longest prefix of b, at most max bytes,
// that ends on a rune boundary.
func trimRunes(b []byte, max int) int {
	n := max
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return n
}

// isSpacelessScript reports whether r belongs to a script written without
// spaces between words, where single characters make better features.
func isSpacelessScript(r rune) bool {
	switch {
	case r < 0x0E00, r > 0x109F && r < 0x1780, r > 0x17FF && r < 0x2E80:
		// Most text, and punctuation such as curly quotes, stops here.
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
}

// win1252High holds the characters Windows-1252 assigns to bytes 0x80-0x9F.
// Bytes it leaves undefined decode, as browsers do, to the C1 control.
var win1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// win1252Byte returns the byte Windows-1252 (or Latin-1) decodes to r.
func win1252Byte(r rune) (byte, bool) {
	switch {
	case r < 0x80:
		return byte(r), true
	case r <= 0xFF:
		return byte(r), true
	}
	for i, h := range win1252High {
		if h == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// unmojibake reads s, which starts with a non-ASCII character, as UTF-8 that
// was mis-decoded as Windows-1252: if the characters re-encode to one valid
// multi-byte UTF-8 sequence, it returns that rune and how many bytes of s it
// spans; otherwise size 0.
func unmojibake(s string) (r rune, size int) {
	var b [utf8.UTFMax]byte
	lead, lsize := utf8.DecodeRuneInString(s)
	b0, ok := win1252Byte(lead)
	if !ok || b0 < 0xC2 || b0 > 0xF4 {
		return 0, 0
	}
	need := 2
	if b0 >= 0xE0 {
		need = 3
	}
	if b0 >= 0xF0 {
		need = 4
	}
	b[0], size = b0, lsize
	for k := 1; k < need; k++ {
		if size >= len(s) {
			return 0, 0
		}
		c, csize := utf8.DecodeRuneInString(s[size:])
		cb, ok := win1252Byte(c)
		if !ok || cb < 0x80 || cb > 0xBF {
			return 0, 0
		}
		b[k], size = cb, size+csize
	}
	r, n := utf8.DecodeRune(b[:need])
	if r == utf8.RuneError || n != need {
		return 0, 0
	}
	return r, size
}
