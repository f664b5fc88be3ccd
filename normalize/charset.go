package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
)

// ErrBinary reports input that is not text (an image, an archive, an
// executable): it is never decoded.
var ErrBinary = errors.New("normalize: binary input, not text")

// ErrUnknownEncoding is wrapped by Lookup and DecodeTo for a name they do not know.
var ErrUnknownEncoding = errors.New("normalize: unknown encoding")

// csExtra holds the encodings, and the names for them, that the WHATWG index
// lacks: detection reports some of them, and users name them in --from.
var csExtra = map[string]encoding.Encoding{
	"ascii":        charmap.Windows1252, // what browsers decode "ascii" as
	"us-ascii":     charmap.Windows1252,
	"utf-16":       unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
	"utf-32":       utf32.UTF32(utf32.LittleEndian, utf32.UseBOM),
	"utf-32le":     utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM),
	"utf-32be":     utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM),
	"ibm855":       charmap.CodePage855,
	"cp855":        charmap.CodePage855,
	"ibm852":       charmap.CodePage852,
	"cp852":        charmap.CodePage852,
	"ibm437":       charmap.CodePage437,
	"cp437":        charmap.CodePage437,
	"ibm850":       charmap.CodePage850,
	"cp850":        charmap.CodePage850,
	"cp866":        charmap.CodePage866,
	"iso-8859-1":   charmap.ISO8859_1, // exact, where WHATWG substitutes windows-1252
	"latin1":       charmap.ISO8859_1,
	"iso-8859-9":   charmap.ISO8859_9,
	"tis-620":      charmap.Windows874,
	"cp932":        japanese.ShiftJIS, // which is CP932, as in browsers
	"cp949":        korean.EUCKR,
	"uhc":          korean.EUCKR,
	"hz-gb-2312":   simplifiedchinese.HZGB2312, // WHATWG maps it to "replacement"
	"hz":           simplifiedchinese.HZGB2312,
	"iso-2022-kr":  iso2022KR{},
	"csiso2022kr":  iso2022KR{},
	"johab":        johab{},
	"cp1361":       johab{},
	"mac-roman":    charmap.Macintosh,
	"macroman":     charmap.Macintosh,
	"maccyrillic":  charmap.MacintoshCyrillic,
	"mac-cyrillic": charmap.MacintoshCyrillic,
}

// Lookup returns the encoding for a name or alias, case-insensitively: WHATWG
// labels ("latin1", "sjis", "x-cp1251"), IANA names and aliases, and the names
// Detect reports, including "utf-32le", "ibm855", "iso-2022-kr" and "johab".
func Lookup(name string) (encoding.Encoding, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if e, ok := csExtra[key]; ok {
		return e, nil
	}
	if e, err := htmlindex.Get(key); err == nil {
		if e == encoding.Replacement { // ISO-2022-CN and the like: unsupported
			return nil, fmt.Errorf("%w %q: not supported", ErrUnknownEncoding, name)
		}
		return e, nil
	}
	if e, err := ianaindex.IANA.Encoding(key); err == nil && e != nil {
		return e, nil
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownEncoding, name)
}

// DecodeTo transcodes b from the named encoding to UTF-8 and drops a leading
// byte order mark. Bytes that are invalid in the encoding become U+FFFD.
func DecodeTo(b []byte, enc string) ([]byte, error) {
	if strings.EqualFold(enc, detBinary) {
		return nil, ErrBinary
	}
	e, err := Lookup(enc)
	if err != nil {
		return nil, err
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("normalize: decoding %s: %w", enc, err)
	}
	return bytes.TrimPrefix(out, []byte("\uFEFF")), nil
}

// iso2022KR decodes ISO-2022-KR (RFC 1557): 7-bit text that shifts into
// KS X 1001 with SO and back with SI. x/text has no codec for it.
type iso2022KR struct{}

func (iso2022KR) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: transform.Chain(&iso2022KRToEUC{}, korean.EUCKR.NewDecoder())}
}

func (iso2022KR) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: csNoEncoder{}}
}

// iso2022KRToEUC rewrites ISO-2022-KR as EUC-KR: it drops the designator and
// the shifts and sets the high bit on shifted bytes.
type iso2022KRToEUC struct{ shifted bool }

var iso2022KRDesignator = []byte("\x1b$)C")

func (t *iso2022KRToEUC) Reset() { t.shifted = false }

func (t *iso2022KRToEUC) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		switch {
		case c == 0x1b && bytes.HasPrefix(src[nSrc:], iso2022KRDesignator):
			nSrc += len(iso2022KRDesignator)
			continue
		case c == 0x1b && !atEOF && len(src)-nSrc < len(iso2022KRDesignator) &&
			bytes.HasPrefix(iso2022KRDesignator, src[nSrc:]):
			return nDst, nSrc, transform.ErrShortSrc
		case c == 0x0e:
			t.shifted = true
			nSrc++
			continue
		case c == 0x0f:
			t.shifted = false
			nSrc++
			continue
		case c == '\n' || c == '\r':
			t.shifted = false // a shift never outlives its line
		case t.shifted && c > 0x20 && c < 0x7f:
			c |= 0x80
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = c
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

// johab decodes Johab (KS C 5601-1992 annex 3, Windows code page 1361), in
// which Hangul syllables are composed arithmetically from jamo indexes.
type johab struct{}

func (johab) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: &johabDecoder{}}
}

func (johab) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: csNoEncoder{}}
}

type johabDecoder struct{ transform.NopResetter }

// Johab 5-bit jamo codes to Unicode jamo indexes; -1 is invalid, fill is the
// "no jamo" code.
var (
	johabInitial = [32]int8{-1, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}
	johabMedial  = [32]int8{-1, -1, -1, 0, 1, 2, 3, 4, -1, -1, 5, 6, 7, 8, 9, 10, -1, -1, 11, 12, 13, 14, 15, 16, -1, -1, 17, 18, 19, 20, -1, -1}
	johabFinal   = [32]int8{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, -1, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, -1, -1}
	// Compatibility jamo for a lone initial consonant, indexed by initial.
	johabLoneInitial = []rune("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
	// Compatibility jamo for a lone final consonant, indexed by final - 1.
	johabLoneFinal = []rune("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
)

const (
	johabFillInitial = 1
	johabFillMedial  = 2
	johabFillFinal   = 1
)

func (d *johabDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		r, size := rune(c), 1
		if c >= 0x80 {
			if nSrc+1 >= len(src) {
				if !atEOF {
					return nDst, nSrc, transform.ErrShortSrc
				}
				r = utf8.RuneError
			} else {
				r, size = johabRune(c, src[nSrc+1])
			}
		}
		if nDst+utf8.UTFMax > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// johabRune decodes the two-byte sequence c1 c2, returning U+FFFD and 1 for
// an invalid one so that decoding resynchronises on the next byte.
func johabRune(c1, c2 byte) (rune, int) {
	switch {
	case c1 >= 0x84 && c1 <= 0xd3:
		code := int(c1)<<8 | int(c2)
		i, m, f := johabInitial[code>>10&31], johabMedial[code>>5&31], johabFinal[code&31]
		ci, cm, cf := code>>10&31, code>>5&31, code&31
		switch {
		case i >= 0 && m >= 0 && f >= 0:
			return 0xac00 + (rune(i)*21+rune(m))*28 + rune(f), 2
		case ci == johabFillInitial && m >= 0 && cf == johabFillFinal:
			return 0x314f + rune(m), 2
		case i >= 0 && cm == johabFillMedial && cf == johabFillFinal:
			return johabLoneInitial[i], 2
		case ci == johabFillInitial && cm == johabFillMedial && f > 0:
			return johabLoneFinal[f-1], 2
		}
	case (c1 >= 0xd9 && c1 <= 0xde || c1 >= 0xe0 && c1 <= 0xf9) &&
		(c2 >= 0x31 && c2 <= 0x7e || c2 >= 0x91 && c2 <= 0xfe):
		// Symbols and hanja map onto KS X 1001 rows, which EUC-KR encodes.
		var t1, t2 int
		if c1 < 0xe0 {
			t1 = 2 * (int(c1) - 0xd9)
		} else {
			t1 = 2*int(c1) - 0x197
		}
		if c2 < 0x91 {
			t2 = int(c2) - 0x31
		} else {
			t2 = int(c2) - 0x43
		}
		row, col := t1+0x21, t2+0x21
		if t2 >= 0x5e {
			row, col = row+1, t2-0x5e+0x21
		}
		if r := ksx1001()[(row-0x21)*94+col-0x21]; r != utf8.RuneError {
			return r, 2
		}
	}
	return utf8.RuneError, 1
}

// ksx1001 is the KS X 1001 character set by row and column, decoded once
// from x/text's EUC-KR.
var ksx1001 = sync.OnceValue(func() *[94 * 94]rune {
	var t [94 * 94]rune
	dec := korean.EUCKR.NewDecoder()
	for i := range t {
		out, err := dec.Bytes([]byte{byte(0xa1 + i/94), byte(0xa1 + i%94)})
		t[i] = utf8.RuneError
		if r, size := utf8.DecodeRune(out); err == nil && size == len(out) {
			t[i] = r
		}
	}
	return &t
})

// csNoEncoder refuses to encode: winnow only ever decodes to UTF-8.
type csNoEncoder struct{ transform.NopResetter }

func (csNoEncoder) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	if len(src) == 0 {
		return 0, 0, nil
	}
	return 0, 0, errors.New("normalize: encoding to this charset is not supported")
}
