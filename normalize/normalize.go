package normalize

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"html"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Form is the Unicode normalization form applied to the text.
type Form string

// The forms. The zero value means NFC.
const (
	NFC    Form = "nfc"
	NFKC   Form = "nfkc"
	NoForm Form = "none"
)

// ParseForm reads a form name as the command line spells it: "nfc",
// "nfkc" or "none" (any case); "" means NFC.
func ParseForm(s string) (Form, error) {
	switch f := Form(strings.ToLower(s)); f {
	case "", NFC:
		return NFC, nil
	case NFKC, NoForm:
		return f, nil
	}
	return "", fmt.Errorf("normalize: unknown form %q (want nfc, nfkc or none)", s)
}

// Options selects the steps. The zero value is the recommended default:
// every repair on, the opt-ins off. Each Keep field turns one step off.
type Options struct {
	Form           Form // "nfc" (default), "nfkc" or "none"
	KeepMojibake   bool // do not repair mojibake
	KeepSpaces     bool // do not map odd spaces, trim trailing space or squeeze blank lines
	KeepInvisible  bool // do not drop zero-width, bidi and C0/C1 control characters or soft hyphens
	KeepNewlines   bool // do not turn CRLF, CR, U+2028 and U+2029 into "\n"
	DecodeEntities bool // decode HTML entities such as "&amp;" and "&#233;"
	ASCIIPunct     bool // opt-in: curly quotes, dashes and the ellipsis become ASCII
	FoldWidth      bool // opt-in: full-width and half-width forms are folded
}

// Stats counts what normalization changed.
type Stats struct {
	Lines            int // lines read
	MojibakeFixed    int // characters restored from mojibake
	InvalidBytes     int // invalid UTF-8 bytes read as Windows-1252 or replaced by U+FFFD
	EntitiesDecoded  int // HTML entities decoded
	InvisibleRemoved int // invisible and control characters removed
	SpacesFixed      int // odd spaces mapped to " " and trailing spaces trimmed
	NewlinesFixed    int // CRLF, CR, U+2028 and U+2029 turned into "\n"
	BlankSqueezed    int // blank lines dropped from runs of blank lines
}

// MaxLine bounds the bytes held for one line. A longer line is normalized
// in pieces cut at rune boundaries; trailing space is trimmed only from its
// last piece.
const MaxLine = 1 << 20

// Normalizer is the streaming normalizer; New returns one as a
// transform.Transformer. It holds at most one line.
type Normalizer struct {
	o         Options
	stats     Stats
	pending   []byte // an unfinished line
	out       []byte // normalized bytes not yet written
	outPos    int
	afterCR   bool // the last terminator was "\r"; a following "\n" belongs to it
	prevBlank bool // the last line written was blank
	midLine   bool // a piece of a long line was written
	scratch   [2][]byte
	runes     []rune
	mj        mjScratch
}

// New returns a transformer that normalizes UTF-8 text as o describes.
// Invalid UTF-8 that reaches it is repaired: a byte that starts a sequence
// it does not complete becomes U+FFFD, any other stray byte is read as
// Windows-1252 (a lone "\xe9" is "é"), since that is what stray bytes in
// scraped text almost always are.
func New(o Options) transform.Transformer { return NewNormalizer(o) }

// NewNormalizer is New with access to Stats.
func NewNormalizer(o Options) *Normalizer { return &Normalizer{o: o} }

// Stats returns the counts since the last Reset.
func (n *Normalizer) Stats() Stats { return n.stats }

// Reset implements transform.Transformer.
func (n *Normalizer) Reset() {
	*n = Normalizer{o: n.o, pending: n.pending[:0], out: n.out[:0], scratch: n.scratch, runes: n.runes, mj: n.mj}
}

// String normalizes s.
func String(s string, o Options) string {
	return string(Bytes([]byte(s), o))
}

// Bytes normalizes b into a new slice.
func Bytes(b []byte, o Options) []byte {
	n := Normalizer{o: o}
	return n.Bytes(b)
}

// Bytes normalizes a whole input held in memory into a new slice, adding
// what it changed to the Stats.
func (n *Normalizer) Bytes(b []byte) []byte {
	return n.appendAll(make([]byte, 0, len(b)+len(b)/16), b)
}

// appendAll normalizes a whole input held in memory, cutting lines exactly
// as Transform does.
func (n *Normalizer) appendAll(dst, b []byte) []byte {
	for len(b) > 0 {
		i := n.terminator(b)
		line := b
		if i >= 0 {
			line = b[:i]
		}
		for len(line) > MaxLine {
			cut := runeCut(line, MaxLine)
			dst = n.appendPiece(dst, line[:cut])
			line = line[cut:]
		}
		if i < 0 {
			return n.appendLine(dst, line, false)
		}
		dst = n.appendLine(dst, line, true)
		b = n.skipTerminator(b, i)
	}
	return dst
}

// terminator returns the index of the first line terminator in b, or -1.
func (n *Normalizer) terminator(b []byte) int {
	i := bytes.IndexByte(b, '\n')
	if n.o.KeepNewlines {
		return i
	}
	seg := b
	if i >= 0 {
		seg = b[:i]
	}
	if j := bytes.IndexByte(seg, '\r'); j >= 0 {
		return j
	}
	return i
}

// skipTerminator returns b after the terminator at i, counting the newline
// fix when the terminator was "\r" or "\r\n".
func (n *Normalizer) skipTerminator(b []byte, i int) []byte {
	if b[i] == '\r' {
		n.stats.NewlinesFixed++
		if i+1 < len(b) && b[i+1] == '\n' {
			i++
		}
	}
	return b[i+1:]
}

// runeCut returns a cut point at or below max that does not split a UTF-8
// sequence.
func runeCut(b []byte, max int) int {
	for k := 1; k <= utf8.UTFMax-1 && max-k > 0; k++ {
		c := b[max-k]
		if c < utf8.RuneSelf {
			break
		}
		if c >= 0xC0 {
			if seqLen(c) > k {
				return max - k
			}
			break
		}
	}
	return max
}

func seqLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	case c >= 0xC0:
		return 2
	}
	return 1
}

// Transform implements transform.Transformer. It consumes its input line by
// line, holding at most MaxLine bytes of an unfinished line.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if n.outPos < len(n.out) {
			k := copy(dst[nDst:], n.out[n.outPos:])
			nDst += k
			n.outPos += k
			if n.outPos < len(n.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		n.out, n.outPos = n.out[:0], 0
		rest := src[nSrc:]
		if len(rest) == 0 {
			if atEOF && len(n.pending) > 0 {
				n.out = n.appendLine(n.out, n.pending, false)
				n.pending = n.pending[:0]
				continue
			}
			return nDst, nSrc, nil
		}
		if n.afterCR {
			n.afterCR = false
			if rest[0] == '\n' {
				nSrc++
				continue
			}
		}
		room := MaxLine - len(n.pending)
		i := n.terminator(rest)
		switch {
		case i >= 0 && i <= room:
			line := rest[:i]
			if len(n.pending) > 0 {
				n.pending = append(n.pending, line...)
				line = n.pending
			}
			n.out = n.appendLine(n.out, line, true)
			n.pending = n.pending[:0]
			if rest[i] == '\r' {
				n.stats.NewlinesFixed++
				n.afterCR = true
			}
			nSrc += i + 1
		case i < 0 && len(rest) <= room:
			n.pending = append(n.pending, rest...)
			nSrc += len(rest)
		default:
			n.pending = append(n.pending, rest[:room]...)
			nSrc += room
			cut := runeCut(n.pending, len(n.pending))
			n.out = n.appendPiece(n.out, n.pending[:cut])
			n.pending = n.pending[:copy(n.pending, n.pending[cut:])]
		}
	}
}

// appendPiece normalizes a piece of a line too long to hold.
func (n *Normalizer) appendPiece(dst, piece []byte) []byte {
	out := n.normLine(n.scratch[0][:0], piece, false)
	n.scratch[0] = out
	if len(out) > 0 {
		n.midLine = true
		n.prevBlank = false
	}
	return append(dst, out...)
}

// appendLine normalizes one line (without its terminator) and appends it,
// with "\n" when terminated, squeezing runs of blank lines.
func (n *Normalizer) appendLine(dst, line []byte, terminated bool) []byte {
	if !n.o.KeepNewlines && !isASCII(line) {
		// U+2028 and U+2029 end lines too.
		for {
			i, size := lineSeparator(line)
			if i < 0 {
				break
			}
			n.stats.NewlinesFixed++
			dst = n.appendOne(dst, line[:i], true)
			line = line[i+size:]
		}
	}
	return n.appendOne(dst, line, terminated)
}

func (n *Normalizer) appendOne(dst, line []byte, terminated bool) []byte {
	n.stats.Lines++
	out := n.normLine(n.scratch[0][:0], line, true)
	n.scratch[0] = out
	mid := n.midLine
	n.midLine = false
	if !terminated {
		if len(out) > 0 {
			n.prevBlank = false
		}
		return append(dst, out...)
	}
	if len(out) == 0 && !mid && !n.o.KeepSpaces {
		if n.prevBlank {
			n.stats.BlankSqueezed++
			return dst
		}
		n.prevBlank = true
	} else {
		n.prevBlank = false
	}
	dst = append(dst, out...)
	return append(dst, '\n')
}

// lineSeparator finds U+2028 or U+2029 in b.
func lineSeparator(b []byte) (int, int) {
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("\u2028"[:2]))
		if i < 0 || off+i+2 >= len(b) {
			return -1, 0
		}
		i += off
		if c := b[i+2]; c == 0xA8 || c == 0xA9 {
			return i, 3
		}
		off = i + 2
	}
}

// isASCII reports whether b is printable ASCII with no control characters:
// such a line needs at most trimming and entity decoding.
func isASCII(b []byte) bool {
	const hi, lo, del = 0x8080808080808080, 0x2020202020202020, 0x7F7F7F7F7F7F7F7F
	const ones = 0x0101010101010101
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		x := w ^ del
		if (w|(w-lo)|(x-ones)&^x)&hi != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c < 0x20 || c >= 0x7F {
			return false
		}
	}
	return true
}

// normLine normalizes one line, or a piece of one when whole is false,
// appending to dst.
func (n *Normalizer) normLine(dst, line []byte, whole bool) []byte {
	if isASCII(line) && (!n.o.DecodeEntities || bytes.IndexByte(line, '&') < 0) {
		if whole {
			return n.appendTrimmed(dst, line)
		}
		return append(dst, line...)
	}
	// The steps are applied until nothing changes, so that one step
	// exposing work for an earlier one (a removed zero-width space joining
	// the halves of a mojibake pair, a decoded "&amp;" forming an entity)
	// cannot make a second run differ: normalization is idempotent.
	cur, settled := n.steps(n.scratch[1][:0], line, whole)
	for round := 0; round < 4 && !settled && !bytes.Equal(cur, line); round++ {
		line = cur
		cur, settled = n.steps(nil, cur, whole)
	}
	n.scratch[1] = cur[:0]
	return append(dst, cur...)
}

// steps applies every step once, trimming whole lines. It reports settled
// when only mojibake repair (which runs to its own fixed point) changed the
// line: then a second run would change nothing.
func (n *Normalizer) steps(dst, line []byte, whole bool) ([]byte, bool) {
	s := n.validate(line)
	if n.o.DecodeEntities && bytes.IndexByte(s, '&') >= 0 {
		s = n.decodeEntities(s)
	}
	settled := len(s) == len(line) // nothing done yet could expose more work
	if !n.o.KeepMojibake && mjSuspect(s) {
		rs := n.runes[:0]
		for _, r := range string(s) {
			rs = append(rs, r)
		}
		rs, k, changed := mjFixRunes(rs, &n.mj)
		n.runes = rs[:0]
		if changed {
			n.stats.MojibakeFixed += k
			out := make([]byte, 0, len(s))
			for _, r := range rs {
				out = utf8.AppendRune(out, r)
			}
			s = out
		}
	}
	s, mapped := n.mapRunes(s)
	settled = settled && !mapped
	form, apply := norm.NFC, n.o.Form != NoForm
	if n.o.Form == NFKC {
		form = norm.NFKC
	}
	if apply && !nfcInert(s) && form.QuickSpan(s) != len(s) {
		s = form.Bytes(s)
		settled = false
	}
	if !whole {
		return append(dst, s...), settled
	}
	// Trimming changes a line's end, which mojibake repair looks at.
	out := n.appendTrimmed(dst, s)
	return out, settled && len(out)-len(dst) == len(s)
}

// nfcInert reports whether every rune of s is unchanged by NFC and NFKC and
// combines with nothing before it. Composition needs a rune that combines
// backwards, so such an s is normalized in both forms: a cheap check that
// spares most text the full one.
func nfcInert(s []byte) bool {
	var set *[0x10000 / 64]uint64
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if set == nil {
			set = inertRunes()
		}
		r, size := utf8.DecodeRune(s[i:])
		if r >= 0x10000 || set[r>>6]&(1<<(r&63)) == 0 {
			return false
		}
		i += size
	}
	return true
}

// inertRunes marks the runes of the Basic Multilingual Plane that NFC and
// NFKC leave alone and that never combine with a preceding rune.
var inertRunes = sync.OnceValue(func() *[0x10000 / 64]uint64 {
	var set [0x10000 / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(0x80); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		b := buf[:utf8.EncodeRune(buf[:], r)]
		p := norm.NFKC.Properties(b)
		if p.BoundaryBefore() && norm.NFKC.IsNormal(b) && norm.NFC.IsNormal(b) {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return &set
})

// appendTrimmed appends b without its trailing spaces and tabs. When CRs
// are kept, those among the trailing white space stay, at the very end.
func (n *Normalizer) appendTrimmed(dst, b []byte) []byte {
	if n.o.KeepSpaces {
		return append(dst, b...)
	}
	end, crs := len(b), 0
	for end > 0 {
		c := b[end-1]
		if c == '\r' && n.o.KeepNewlines {
			crs++
		} else if c != ' ' && c != '\t' {
			break
		}
		end--
	}
	if end+crs < len(b) {
		n.stats.SpacesFixed++
	}
	dst = append(dst, b[:end]...)
	for ; crs > 0; crs-- {
		dst = append(dst, '\r')
	}
	return dst
}

// validate returns b with invalid UTF-8 repaired: a lead byte whose
// sequence is cut short becomes U+FFFD with its continuation bytes; any
// other invalid byte is read as Windows-1252.
func (n *Normalizer) validate(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			out = append(out, b[i:i+size]...)
			i += size
			continue
		}
		n.stats.InvalidBytes++
		j := i + 1
		if c >= 0xC2 && c <= 0xF4 {
			for j < len(b) && j < i+seqLen(c) && b[j] >= 0x80 && b[j] <= 0xBF {
				j++
			}
		}
		if j > i+1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else if d := mj1252.dec[c]; d >= 0xA0 {
			out = utf8.AppendRune(out, d)
		} else {
			out = utf8.AppendRune(out, utf8.RuneError)
		}
		i = j
	}
	return out
}

// decodeEntities decodes HTML character references that end in ";",
// repeatedly, so that "&amp;lt;" becomes "<" and the result holds no
// decodable reference. Decoded line breaks become spaces, so a line stays
// one line.
func (n *Normalizer) decodeEntities(b []byte) []byte {
	for round := 0; round < 8; round++ {
		var out []byte
		last := 0
		for i := 0; i < len(b); i++ {
			if b[i] != '&' {
				continue
			}
			end := refEnd(b[i:])
			if end < 0 {
				continue
			}
			ref := string(b[i : i+end+1])
			dec := html.UnescapeString(ref)
			if dec == ref {
				continue
			}
			n.stats.EntitiesDecoded++
			out = append(out, b[last:i]...)
			for _, r := range dec {
				switch r {
				case '\n', '\r', '\u2028', '\u2029', '\u0085':
					r = ' '
				}
				out = utf8.AppendRune(out, r)
			}
			last = i + end + 1
			i = last - 1
		}
		if out == nil {
			return b
		}
		b = append(out, b[last:]...)
	}
	return b
}

// refEnd returns the index of the ";" ending the character reference that
// b starts with ("&name;", "&#123;" or "&#x1F600;"), or -1.
func refEnd(b []byte) int {
	i := 1
	digits := func(ok func(c byte) bool) {
		for i < len(b) && i < 40 && ok(b[i]) {
			i++
		}
	}
	start := 1
	if i < len(b) && b[i] == '#' {
		i++
		if i < len(b) && (b[i] == 'x' || b[i] == 'X') {
			i++
			start = i
			digits(func(c byte) bool { return c <= '9' && c >= '0' || c|0x20 >= 'a' && c|0x20 <= 'f' })
		} else {
			start = i
			digits(func(c byte) bool { return c >= '0' && c <= '9' })
		}
	} else {
		digits(func(c byte) bool { return c <= '9' && c >= '0' || c|0x20 >= 'a' && c|0x20 <= 'z' })
	}
	if i == start || i >= len(b) || b[i] != ';' {
		return -1
	}
	return i
}

// mapRunes removes invisible characters and maps spaces, punctuation and
// widths as the options say. It returns s itself, and false, when nothing
// changes.
func (n *Normalizer) mapRunes(s []byte) ([]byte, bool) {
	var out []byte
	last := 0 // s[last:i] is pending, unchanged
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		rep, ok := n.mapRune(r, s[:i], s[i+size:])
		if ok {
			i += size
			continue
		}
		out = append(out, s[last:i]...)
		out = append(out, rep...)
		i += size
		last = i
	}
	if last == 0 {
		return s, false
	}
	return append(out, s[last:]...), true
}

// mapRune returns what r becomes and false, or true when r stays.
// before and after are the bytes around r.
func (n *Normalizer) mapRune(r rune, before, after []byte) (string, bool) {
	o := &n.o
	switch {
	case r >= 0xA1 && r < 0x2000 && r != 0xAD && r != 0x61C && r != 0x1680 && r != 0x180E:
		return "", true // the bulk of letters in every script
	case r == '\t':
		return "", true
	case r < 0x20 || (r >= 0x7F && r < 0xA0):
		if r == '\r' && o.KeepNewlines || o.KeepInvisible {
			return "", true
		}
		n.stats.InvisibleRemoved++
		return "", false
	case r == '\u2028' || r == '\u2029':
		// Produced by a repair inside a line; raw ones ended lines.
		if o.KeepNewlines {
			return "", true
		}
		return " ", false
	case isOddSpace(r):
		if o.KeepSpaces {
			return "", true
		}
		n.stats.SpacesFixed++
		return " ", false
	case r == '\u200C' || r == '\u200D':
		prev, _ := utf8.DecodeLastRune(before)
		next, _ := utf8.DecodeRune(after)
		if o.KeepInvisible || joins(r, prev, next) {
			return "", true
		}
		n.stats.InvisibleRemoved++
		return "", false
	case Invisible(r):
		if o.KeepInvisible {
			return "", true
		}
		n.stats.InvisibleRemoved++
		return "", false
	}
	if o.ASCIIPunct {
		if a := asciiPunct(r); a != "" {
			return a, false
		}
	}
	if o.FoldWidth && r >= 0x3000 {
		if f := width.LookupRune(r).Folded(); f != 0 {
			return string(f), false
		}
	}
	return "", true
}

func isOddSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}

// Invisible reports zero-width characters, bidi controls and soft hyphens:
// marks for a renderer, not text. Normalize drops them, and so does clean
// when it renders an HTML page.
func Invisible(r rune) bool {
	switch r {
	case '\u00AD', '\u061C', '\u180E', '\u200B', '\u200E', '\u200F', '\uFEFF':
		return true
	}
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2060' && r <= '\u2064') || (r >= '\u2066' && r <= '\u2069')
}

// joins reports whether a zero-width (non-)joiner between prev and next
// does real work: shaping Arabic or Indic letters, or building an emoji
// sequence. Elsewhere it is noise.
func joins(zw, prev, next rune) bool {
	letter := func(r rune) bool {
		return r >= 0x80 && (unicode.IsLetter(r) || unicode.IsMark(r))
	}
	if letter(prev) && letter(next) {
		return true
	}
	emoji := func(r rune) bool {
		return r >= 0x2000 && (unicode.Is(unicode.So, r) || r == '\uFE0F' || (r >= 0x1F3FB && r <= 0x1F3FF))
	}
	return zw == '\u200D' && emoji(prev) && emoji(next)
}

func asciiPunct(r rune) string {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return "'"
	case '“', '”', '„', '‟', '″':
		return `"`
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return "-"
	case '…':
		return "..."
	}
	return ""
}
