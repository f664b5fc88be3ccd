package normalize

//go:generate go run ../internal/gen/langmodels -o langdata.go

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/unicode/norm"
)

// Detection is the result of Detect.
type Detection struct {
	// Encoding is a canonical lower-case WHATWG or IANA name ("utf-8",
	// "windows-1251", "shift_jis", ...), "ascii" for pure 7-bit text, or
	// "binary" for input that is not text.
	Encoding string
	// Confidence is between 0 and 1.
	Confidence float64
}

const (
	detBinary = "binary"
	detASCII  = "ascii"
	detUTF8   = "utf-8"
)

// Detect guesses the character encoding of b, in this order:
//
//   - a byte order mark: UTF-8, UTF-16 or UTF-32 in either byte order;
//   - file signatures (PNG, ZIP, ELF, PDF, ...) and NUL bytes mean binary,
//     unless the NULs fall like those of UTF-16 or UTF-32 without a BOM, or
//     merely pad text;
//   - 7-bit escape encodings: ISO-2022-JP, ISO-2022-KR, HZ;
//   - text that is only ASCII is "ascii": that says more than "utf-8" (no
//     decision was needed) and decodes alike as either;
//   - UTF-8 if all of b is valid UTF-8, allowing a sequence cut off by the
//     end of the input, or if valid multi-byte sequences outnumber stray
//     bytes two to one;
//   - statistics for the rest: each legacy candidate (the Windows, ISO-8859,
//     KOI8, DOS and Mac code pages for Latin, Cyrillic, Greek, Turkish,
//     Hebrew, Arabic, Baltic, Thai and Vietnamese text; Shift_JIS, EUC-JP,
//     GB18030, Big5, EUC-KR and Johab) decodes the first 256 KiB, and
//     character unigram and bigram models of the languages written in it
//     price the decoded text. The likeliest reading wins; where readings tie,
//     the commoner encoding (windows-1252 over ISO-8859-15) does. Input that
//     no candidate reads as text is "binary".
//
// Names are canonical and lower-case, as Lookup accepts them. ISO-8859-1 and
// ISO-8859-9 text is reported as its superset windows-1252 or windows-1254,
// GB2312 and GBK as gb18030, CP949 as euc-kr, CP932 as shift_jis.
// Confidence is near 1 for a BOM or long UTF-8, and for statistics grows
// with the margin over the runner-up.
func Detect(b []byte) Detection {
	if d, ok := detStructural(b); ok {
		return d
	}
	return detStatistical(b).best
}

// DetectHTML is Detect for an HTML document: it also reads a <meta charset>,
// <meta http-equiv="Content-Type"> or XML declaration from the start of b.
// A byte order mark overrides the declaration, and so do the bytes when they
// contradict it (a declared charset in which they are invalid, or far less
// likely than another one).
func DetectHTML(b []byte) Detection {
	declared := detDeclared(b)
	if declared == "" {
		return Detect(b)
	}
	if d, ok := detStructural(b); ok {
		switch {
		case d.Encoding == detASCII && declared != detUTF8:
			// ASCII bytes decode alike in every declared superset.
			if e, err := Lookup(declared); err == nil && detASCIICompatible(e) {
				return Detection{declared, d.Confidence}
			}
		}
		return d
	}
	if declared == detUTF8 {
		// Invalid UTF-8: believe the declaration if valid sequences still
		// outnumber stray bytes, else it is wrong.
		if valid, invalid := detUTF8Counts(detHead(b, detSampleSize)); valid > 0 && invalid <= valid {
			return Detection{detUTF8, 0.6}
		}
		return detStatistical(b).best
	}
	r := detStatistical(b)
	if r.best.Encoding == detBinary {
		return r.best
	}
	if !detIsCandidate(declared) {
		// The statistics cannot weigh it: trust it if it decodes cleanly.
		if e, err := Lookup(declared); err == nil && detDecodesCleanly(e, b) {
			return Detection{declared, 0.6}
		}
		return r.best
	}
	if r.cost(declared) <= r.cost(r.best.Encoding)+detDeclSlack(r) {
		return Detection{declared, max(r.best.Confidence, 0.9)}
	}
	return r.best
}

func detIsCandidate(name string) bool {
	for _, c := range detCandidates() {
		if c.name == name {
			return true
		}
	}
	return false
}

// detDeclSlack is how much less likely than the best guess (in nats) a
// declared encoding may be and still be believed.
func detDeclSlack(r detResult) float64 {
	return 10 + 2*float64(r.scored)
}

func detASCIICompatible(e encoding.Encoding) bool {
	out, err := e.NewDecoder().Bytes([]byte("azAZ09 <>\n"))
	return err == nil && string(out) == "azAZ09 <>\n"
}

func detDecodesCleanly(e encoding.Encoding, b []byte) bool {
	out, err := e.NewDecoder().Bytes(detHead(b, detSampleSize))
	return err == nil && !bytes.ContainsRune(out, utf8.RuneError)
}

// detDeclared returns the canonical name of the charset that an HTML or XML
// document declares in its first few kilobytes, or "".
func detDeclared(b []byte) string {
	head := detHead(b, 4096)
	if bytes.HasPrefix(head, []byte("<?xml")) {
		if end := bytes.Index(head, []byte("?>")); end > 0 {
			decl := string(head[:end])
			if i := strings.Index(decl, "encoding="); i >= 0 {
				v := strings.TrimLeft(decl[i+len("encoding="):], `"'`)
				if j := strings.IndexAny(v, `"' `); j >= 0 {
					return detCanonical(v[:j])
				}
			}
		}
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, content string
			var httpEquiv bool
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					charset = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				}
			}
			if charset == "" && httpEquiv {
				charset = detCharsetParam(content)
			}
			if charset != "" {
				return detCanonical(charset)
			}
		}
	}
}

// detCharsetParam extracts the charset from a Content-Type value such as
// "text/html; charset=koi8-r".
func detCharsetParam(content string) string {
	i := strings.Index(strings.ToLower(content), "charset")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(content[i+len("charset"):], " \t")
	if !strings.HasPrefix(v, "=") {
		return ""
	}
	v = strings.Trim(strings.TrimLeft(v[1:], " \t"), `"'`)
	if j := strings.IndexAny(v, `;"' `); j >= 0 {
		v = v[:j]
	}
	return v
}

// detCanonical maps a declared label to the name Detect would report, so that
// the two can be compared; HTML declarations of UTF-16 mean UTF-8.
func detCanonical(label string) string {
	label = strings.ToLower(strings.TrimSpace(label))
	// Browsers read a declaration through the WHATWG table: "iso-8859-1"
	// means windows-1252, "gb2312" means GBK.
	if e, err := htmlindex.Get(label); err == nil {
		name, _ := htmlindex.Name(e)
		switch name {
		case "gbk":
			return "gb18030"
		case "utf-16le", "utf-16be":
			return detUTF8 // a byte-oriented declaration cannot be UTF-16
		case "":
			return label
		}
		return name
	}
	if _, err := Lookup(label); err != nil {
		return ""
	}
	return label
}

// detSampleSize bounds the bytes the statistics look at: a few hundred
// kilobytes decide any encoding, and a huge file should not cost more.
const detSampleSize = 256 << 10

func detHead(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// detStructural decides whatever needs no statistics: BOMs, binary
// signatures, UTF-16/32 without BOM, escape encodings, ASCII and UTF-8.
func detStructural(b []byte) (Detection, bool) {
	if name, ok := detBOM(b); ok {
		return Detection{name, 1}, true
	}
	if detIsBinarySignature(b) {
		return Detection{detBinary, 1}, true
	}
	head := detHead(b, detSampleSize)
	if bytes.IndexByte(head, 0) >= 0 {
		if name, conf := detWideUnicode(head); name != "" {
			return Detection{name, conf}, true
		}
		if text, ok := detStripPadding(b); ok {
			return detPadded(text)
		}
		return Detection{detBinary, 0.95}, true
	}
	ascii := detIsASCII(b)
	if ascii && bytes.IndexByte(head, 0x1b) >= 0 {
		if name := detEscapeEncoding(head); name != "" {
			return Detection{name, 0.99}, true
		}
	}
	if ascii && bytes.Contains(head, []byte("~{")) && detIsHZ(head) {
		return Detection{"hz-gb-2312", 0.9}, true
	}
	if detControlRatio(head) > 0.02 {
		if name, conf := detWideUnicode(head); name != "" {
			return Detection{name, conf}, true
		}
		return Detection{detBinary, 0.9}, true
	}
	if ascii {
		return Detection{detASCII, 1}, true
	}
	if detValidUTF8(b) {
		return Detection{detUTF8, detUTF8Confidence(head)}, true
	}
	if detMostlyUTF8(head) {
		return Detection{detUTF8, 0.7}, true
	}
	return Detection{}, false
}

// detStripPadding removes NUL bytes from text that merely has NUL padding:
// a few long runs of them, and no other controls.
func detStripPadding(b []byte) ([]byte, bool) {
	b = detHead(b, detSampleSize)
	runs, nuls := 0, 0
	for i, c := range b {
		if c == 0 {
			nuls++
			if i == 0 || b[i-1] != 0 {
				runs++
			}
		}
	}
	if runs > 4 && runs*64 > nuls {
		return nil, false
	}
	text := bytes.ReplaceAll(b, []byte{0}, nil)
	return text, len(text) > 0 && detControlRatio(text) == 0
}

// detPadded detects the encoding of text with its NUL padding removed.
func detPadded(text []byte) (Detection, bool) {
	if d, ok := detStructural(text); ok {
		return d, true
	}
	return detStatistical(text).best, true
}

func detBOM(b []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe, 0, 0}):
		return "utf-32le", true
	case bytes.HasPrefix(b, []byte{0, 0, 0xfe, 0xff}):
		return "utf-32be", true
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		return detUTF8, true
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return "utf-16le", true
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return "utf-16be", true
	}
	return "", false
}

// detSignatures are the leading bytes of common binary formats.
var detSignatures = [][]byte{
	[]byte("\x89PNG\r\n\x1a\n"), []byte("GIF87a"), []byte("GIF89a"), {0xff, 0xd8, 0xff},
	[]byte("PK\x03\x04"), []byte("PK\x05\x06"), {0x1f, 0x8b}, []byte("BZh"), []byte("\xfd7zXZ\x00"),
	[]byte("7z\xbc\xaf\x27\x1c"), []byte("Rar!\x1a\x07"), []byte("\x28\xb5\x2f\xfd"),
	[]byte("\x7fELF"), []byte("MZ"), {0xcf, 0xfa, 0xed, 0xfe}, {0xca, 0xfe, 0xba, 0xbe},
	[]byte("\x00asm"), []byte("%PDF-"), []byte("SQLite format 3\x00"), []byte("OggS"),
	[]byte("RIFF"), []byte("ID3"), []byte("fLaC"), []byte("II*\x00"), []byte("MM\x00*"),
	[]byte("wOFF"), []byte("wOF2"), {0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1},
}

func detIsBinarySignature(b []byte) bool {
	for _, sig := range detSignatures {
		if bytes.HasPrefix(b, sig) {
			// "MZ" and "ID3" also start words; demand a control byte soon after.
			if len(sig) < 4 && detControlRatio(detHead(b, 64)) == 0 {
				continue
			}
			return true
		}
	}
	return false
}

// detControlRatio is the share of bytes that are C0 controls no text uses.
// ESC, SO and SI belong to ISO-2022; SUB ends old DOS files.
func detControlRatio(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if c < 0x20 && detTextControl[c] == 0 || c == 0x7f {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

var detTextControl = [32]byte{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, 0x0e: 1, 0x0f: 1, 0x1a: 1, 0x1b: 1}

func detIsASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// detValidUTF8 reports whether b is UTF-8, allowing the input to end in the
// middle of a multi-byte sequence.
func detValidUTF8(b []byte) bool {
	i := len(b) - 1
	for i >= 0 && i > len(b)-utf8.UTFMax && !utf8.RuneStart(b[i]) {
		i--
	}
	if i >= 0 && !utf8.FullRune(b[i:]) {
		return utf8.Valid(b[:i]) && detValidPrefix(b[i:])
	}
	return utf8.Valid(b)
}

// detValidPrefix reports whether p, shorter than its lead byte announces,
// could begin a valid UTF-8 sequence. The second byte of E0, ED, F0 and F4
// sequences has a narrower range, hence the several fillers.
func detValidPrefix(p []byte) bool {
	for _, fill := range [...]byte{0x80, 0x90, 0xa0} {
		buf := append(append([]byte(nil), p...), fill, 0x80, 0x80)
		if r, size := utf8.DecodeRune(buf); r != utf8.RuneError && size > len(p) {
			return true
		}
	}
	return false
}

// detMostlyUTF8 reports UTF-8 with a few stray bytes (a damaged file, or
// pieces glued together): valid multi-byte sequences far outnumber invalid
// bytes, which legacy text makes the other way round.
func detMostlyUTF8(b []byte) bool {
	valid, invalid := detUTF8Counts(b)
	return valid >= 2 && invalid*2 <= valid
}

// detUTF8Counts counts valid multi-byte sequences and invalid bytes.
func detUTF8Counts(b []byte) (valid, invalid int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += size
	}
	return valid, invalid
}

// detUTF8Confidence grows with the number of multi-byte sequences, each of
// which would be a coincidence in a legacy encoding.
func detUTF8Confidence(b []byte) float64 {
	n := 0
	for _, c := range b {
		if c >= 0xc0 {
			n++
			if n >= 8 {
				return 1
			}
		}
	}
	return 0.8 + 0.025*float64(n) // at most 0.975
}

// detEscapeEncoding recognises 7-bit ISO-2022 text by its designators.
func detEscapeEncoding(b []byte) string {
	switch {
	case bytes.Contains(b, []byte("\x1b$)C")):
		return "iso-2022-kr"
	case bytes.Contains(b, []byte("\x1b$B")), bytes.Contains(b, []byte("\x1b$@")),
		bytes.Contains(b, []byte("\x1b$(D")), bytes.Contains(b, []byte("\x1b(J")),
		bytes.Contains(b, []byte("\x1b(I")):
		return "iso-2022-jp"
	}
	return ""
}

// detIsHZ reports 7-bit text that decodes cleanly as HZ into several
// Chinese characters.
func detIsHZ(b []byte) bool {
	out, err := simplifiedchinese.HZGB2312.NewDecoder().Bytes(b)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return false
	}
	han := 0
	for _, r := range string(out) {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	return han >= 4
}

// detWideUnicode recognises UTF-32 and UTF-16 without a BOM. UTF-32 text
// has zero bytes in fixed places of every code unit. UTF-16 text must
// decode to text, without controls or broken surrogates; its byte order
// shows in the zero high bytes of spaces, digits and Latin letters, or else
// in how few blocks the characters come from: in the wrong order they
// spread out.
func detWideUnicode(b []byte) (string, float64) {
	var zeros [4]int
	for i, c := range b {
		if c == 0 {
			zeros[i&3]++
		}
	}
	units4 := max(len(b)/4, 1)
	high := func(n int) bool { return float64(n) >= 0.9*float64(units4) }
	low := func(n int) bool { return float64(n) <= 0.1*float64(units4) }
	switch {
	case len(b)%4 == 0 && high(zeros[2]) && high(zeros[3]) && low(zeros[0]):
		return "utf-32le", 0.95
	case len(b)%4 == 0 && high(zeros[0]) && high(zeros[1]) && low(zeros[3]):
		return "utf-32be", 0.95
	}
	if len(b) < 4 {
		return "", 0
	}
	le, leLatin := detUTF16Concentration(b, false)
	be, beLatin := detUTF16Concentration(b, true)
	switch {
	// Text with any Latin letters, digits or spaces says its byte order by
	// where the zero high bytes are.
	case le > 0 && leLatin >= 0.05 && beLatin*5 <= leLatin:
		return "utf-16le", 0.9
	case be > 0 && beLatin >= 0.05 && leLatin*5 <= beLatin:
		return "utf-16be", 0.9
	case le >= 0.2 && le >= 1.5*be:
		return "utf-16le", min(0.5+le/2, 0.95)
	case be >= 0.2 && be >= 1.5*le:
		return "utf-16be", min(0.5+be/2, 0.95)
	}
	return "", 0
}

// detUTF16Concentration is the share of code units in the three commonest
// blocks (256-character blocks, but the CJK ideographs and the Hangul
// syllables count as one block each), and the share in the first block
// (Latin-1); both 0 if more than one unit in fifty is not text: a control,
// an unpaired surrogate, private use or unassigned. Binary data and the
// wrong byte order of most scripts fail that.
func detUTF16Concentration(b []byte, bigEndian bool) (conc, latin float64) {
	var blocks [258]int
	bad, n := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		hi, lo := b[i+1], b[i]
		if bigEndian {
			hi, lo = b[i], b[i+1]
		}
		u := rune(hi)<<8 | rune(lo)
		n++
		switch {
		case u >= 0x4e00 && u <= 0x9fff:
			blocks[256]++
		case u >= 0xac00 && u <= 0xd7a3:
			blocks[257]++
		default:
			blocks[hi]++
		}
		switch {
		case u >= 0xd800 && u < 0xdc00 && i+3 < len(b):
			lo2 := rune(b[i+3])<<8 | rune(b[i+2])
			if bigEndian {
				lo2 = rune(b[i+2])<<8 | rune(b[i+3])
			}
			if lo2 < 0xdc00 || lo2 >= 0xe000 {
				bad++
			}
			i += 2 // the pair is one character
		case u < 0x20:
			if detTextControl[u] == 0 {
				bad++
			}
		case !unicode.IsGraphic(u):
			bad++
		}
	}
	if n == 0 || bad*50 > n {
		return 0, 0
	}
	latin = float64(blocks[0]) / float64(n)
	slices.Sort(blocks[:])
	k := len(blocks)
	return float64(blocks[k-1]+blocks[k-2]+blocks[k-3]) / float64(n), latin
}

// Statistical detection: every candidate encoding decodes a compacted
// sample of the input, and the language models of langdata_model.go price
// each decoding; the cheapest wins.

// detCandidate is an encoding the statistics consider.
type detCandidate struct {
	name  string
	prior float64 // nats added to its cost: how much rarer than the most common
	langs []string
	enc   encoding.Encoding
	cmap  *charmap.Charmap // set for single-byte encodings, scored from byte tables
	nfc   bool             // compose before scoring (Vietnamese tone marks)
}

var (
	detLatinWest    = []string{"en", "fr", "de", "es", "pt", "it", "nl", "da", "sv", "nb", "fi", "is", "ca", "eu", "ga", "cy", "af", "sq", "id", "ms", "tl", "sw", "la", "et"}
	detLatinCentral = []string{"cs", "sk", "pl", "hu", "sl", "hr", "ro", "bs", "sq", "de"}
	detLatinBaltic  = []string{"lt", "lv", "et"}
	detCyrillic     = []string{"ru", "uk", "bg", "be", "mk", "sr"}
)

var detCandidates = sync.OnceValue(func() []detCandidate {
	sb := func(name string, prior float64, cm *charmap.Charmap, langs []string) detCandidate {
		return detCandidate{name: name, prior: prior, langs: langs, enc: cm, cmap: cm}
	}
	mb := func(name string, prior float64, e encoding.Encoding, langs ...string) detCandidate {
		return detCandidate{name: name, prior: prior, langs: langs, enc: e}
	}
	return []detCandidate{
		sb("windows-1252", 0, charmap.Windows1252, detLatinWest),
		sb("iso-8859-15", 2.5, charmap.ISO8859_15, detLatinWest),
		sb("macintosh", 4, charmap.Macintosh, detLatinWest),
		sb("windows-1250", 1.5, charmap.Windows1250, detLatinCentral),
		sb("iso-8859-2", 2, charmap.ISO8859_2, detLatinCentral),
		sb("iso-8859-16", 3, charmap.ISO8859_16, []string{"ro"}),
		sb("iso-8859-3", 3, charmap.ISO8859_3, []string{"eo"}),
		sb("iso-8859-14", 3, charmap.ISO8859_14, []string{"cy", "ga"}),
		sb("windows-1257", 2, charmap.Windows1257, []string{"lt", "lv", "et", "pl"}),
		sb("iso-8859-13", 2.5, charmap.ISO8859_13, []string{"lt", "lv", "et", "pl"}),
		sb("iso-8859-4", 3.5, charmap.ISO8859_4, detLatinBaltic),
		sb("windows-1254", 1.5, charmap.Windows1254, []string{"tr", "az"}),
		sb("windows-1251", 1, charmap.Windows1251, detCyrillic),
		sb("koi8-r", 1.5, charmap.KOI8R, detCyrillic),
		sb("koi8-u", 2.5, charmap.KOI8U, detCyrillic),
		sb("iso-8859-5", 2, charmap.ISO8859_5, detCyrillic),
		sb("ibm866", 2, charmap.CodePage866, detCyrillic),
		sb("x-mac-cyrillic", 2.5, charmap.MacintoshCyrillic, detCyrillic),
		sb("ibm855", 3, charmap.CodePage855, detCyrillic),
		sb("windows-1253", 1, charmap.Windows1253, []string{"el"}),
		sb("iso-8859-7", 1.5, charmap.ISO8859_7, []string{"el"}),
		sb("windows-1255", 1, charmap.Windows1255, []string{"he"}),
		sb("windows-1256", 1, charmap.Windows1256, []string{"ar", "fa", "ur"}),
		sb("iso-8859-6", 1.5, charmap.ISO8859_6, []string{"ar", "fa"}),
		sb("windows-874", 1, charmap.Windows874, []string{"th"}),
		{name: "windows-1258", prior: 1.5, langs: []string{"vi"}, enc: charmap.Windows1258, nfc: true},
		mb("gb18030", 1, simplifiedchinese.GB18030, "zh-hans"),
		mb("big5", 1.5, traditionalchinese.Big5, "zh-hant"),
		mb("shift_jis", 1, japanese.ShiftJIS, "ja"),
		mb("euc-jp", 1, japanese.EUCJP, "ja"),
		mb("euc-kr", 1, korean.EUCKR, "ko"),
		mb("johab", 3, johab{}, "ko"),
	}
})

// mixName names the mixture of a candidate's languages, or is "" for a
// candidate of one language.
func (c *detCandidate) mixName() string {
	if len(c.langs) < 2 {
		return ""
	}
	return "mix:" + strings.Join(c.langs, ",")
}

// models lists the models a candidate is scored with: each of its
// languages, and their mixture.
func (c *detCandidate) models() []string {
	if mix := c.mixName(); mix != "" {
		return append(slices.Clip(c.langs), mix)
	}
	return c.langs
}

// detByteTables maps each byte of a single-byte candidate to its token for
// each of its languages, built once.
var detByteTables = sync.OnceValue(func() map[[2]string]*[256]detTok {
	tables := map[[2]string]*[256]detTok{}
	ms := detModels()
	for _, c := range detCandidates() {
		if c.cmap == nil {
			continue
		}
		for _, lang := range c.models() {
			var t [256]detTok
			for b := range 256 {
				t[b] = ms[lang].tok(c.cmap.DecodeByte(byte(b)))
			}
			tables[[2]string{c.name, lang}] = &t
		}
	}
	return tables
})

// detResult is the outcome of the statistics.
type detResult struct {
	best   Detection
	costs  map[string]float64 // per candidate, prior included
	scored int                // non-ASCII tokens in the winner's decoding
}

func (r detResult) cost(name string) float64 {
	if c, ok := r.costs[name]; ok {
		return c
	}
	return math.Inf(1)
}

// detStages score the sample in growing steps: every (candidate,
// language) pair scores the first size bytes (of the compacted sample), and
// only pairs within margin of the best, at most langs per candidate, go on.
var detStages = []struct {
	size   int
	margin float64
	langs  int
}{
	{128, 0.5, 100},
	{512, 0.5, 100},
	{4 << 10, 0.1, 2},
	{32 << 10, 0.05, 1},
}

// detSplit returns where a chunk of about n bytes of a compacted sample
// ends: after a space or line end, which no double-byte encoding uses as a
// trail byte, so never inside a character.
func detSplit(sample []byte, n int) int {
	if n >= len(sample) {
		return len(sample)
	}
	if i := bytes.IndexAny(sample[n:], " \n"); i >= 0 {
		return n + i + 1
	}
	return len(sample)
}

// detPair is a candidate encoding read as one of its languages.
type detPair struct {
	cand   *detCandidate
	model  *detModel
	table  *[256]detTok // single-byte candidates only
	cost   float64
	scored int
}

func detStatistical(b []byte) detResult {
	sample := detCompact(detCut(detHead(b, detSampleSize), len(b)))
	latinText := detCostLatinText * float64(detCountASCIILetters(detHead(b, detSampleSize)))
	eff := func(p *detPair) float64 {
		if p.model.latin {
			return p.cost
		}
		return p.cost + min(latinText, detCostLatinCap*float64(p.scored))
	}
	pairs := detPairs()
	var s detScratch
	done := 0
	for _, stage := range detStages {
		end := detSplit(sample, stage.size)
		s.run(pairs, sample[done:end])
		done = end
		if done == len(sample) {
			break
		}
		// Wrong readings fall behind by nats on every token; the margin
		// keeps anything that could still catch up.
		best := math.Inf(1)
		for _, p := range pairs {
			best = min(best, eff(p))
		}
		limit := best + 30 + stage.margin*best
		slices.SortStableFunc(pairs, func(a, b *detPair) int { return cmp.Compare(eff(a), eff(b)) })
		perCand := map[*detCandidate]int{}
		kept := pairs[:0]
		for _, p := range pairs {
			if eff(p) <= limit && perCand[p.cand] < stage.langs {
				perCand[p.cand]++
				kept = append(kept, p)
			}
		}
		pairs = kept
	}
	s.run(pairs, sample[done:])
	res := detResult{costs: map[string]float64{}}
	for _, p := range pairs {
		c := eff(p) + p.cand.prior
		if old, ok := res.costs[p.cand.name]; !ok || c < old {
			res.costs[p.cand.name] = c
		}
	}
	bestCost, secondCost := math.Inf(1), math.Inf(1)
	scored := map[string]int{}
	for _, p := range pairs {
		if eff(p)+p.cand.prior == res.costs[p.cand.name] {
			scored[p.cand.name] = p.scored
		}
	}
	for _, c := range detCandidates() { // in order, so that ties go to the commoner
		cost, ok := res.costs[c.name]
		switch {
		case !ok:
		case cost < bestCost:
			secondCost, bestCost = bestCost, cost
			res.best.Encoding, res.scored = c.name, scored[c.name]
		case cost < secondCost:
			secondCost = cost
		}
	}
	res.best.Confidence = detConfidence(bestCost, secondCost, res.scored)
	if res.scored > 0 && detGarbage((bestCost-detPrior(res.best.Encoding))/float64(res.scored), b) {
		if name, conf := detWideUnicode(detHead(b, detSampleSize)); name != "" {
			res.best = Detection{name, conf}
		} else {
			res.best = Detection{detBinary, 0.6}
		}
	}
	return res
}

// detGarbage reports input that no candidate decodes into text: the best
// reading costs perToken nats per non-ASCII character, about what a foreign
// letter costs, and non-ASCII bytes are a third of the input or more. Text
// that is mostly ASCII is text, however odd its other bytes.
func detGarbage(perToken float64, b []byte) bool {
	b = detHead(b, detSampleSize)
	high := 0
	for _, c := range b {
		if c >= utf8.RuneSelf {
			high++
		}
	}
	return high*3 > len(b) && perToken > detCostForeign-1
}

func detPrior(name string) float64 {
	for _, c := range detCandidates() {
		if c.name == name {
			return c.prior
		}
	}
	return 0
}

// detCut shortens a sample taken from a longer input to its last line end,
// so that no multi-byte character is split.
func detCut(sample []byte, total int) []byte {
	if len(sample) < total {
		if i := bytes.LastIndexByte(sample, '\n'); i > len(sample)/2 {
			return sample[:i+1]
		}
	}
	return sample
}

// detPairs lists every (candidate, language) pair, ready to score.
func detPairs() []*detPair {
	ms := detModels()
	tables := detByteTables()
	cands := detCandidates()
	var pairs []*detPair
	for i := range cands {
		c := &cands[i]
		for _, lang := range c.models() {
			pairs = append(pairs, &detPair{cand: c, model: ms[lang], table: tables[[2]string{c.name, lang}]})
		}
	}
	return pairs
}

func detCountASCIILetters(b []byte) int {
	n := 0
	for _, c := range b {
		if detASCIILetter(c) {
			n++
		}
	}
	return n
}

func detASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// detScratch holds buffers reused across pairs.
type detScratch struct {
	toks  []detTok
	runes []rune
}

// run adds the cost of chunk, compacted by detCompact, to each pair.
func (s *detScratch) run(pairs []*detPair, compact []byte) {
	var decoded *detCandidate
	for _, p := range pairs {
		s.toks = s.toks[:0]
		if p.table != nil {
			for _, x := range compact {
				s.toks = append(s.toks, p.table[x])
			}
		} else {
			if decoded != p.cand {
				s.runes = detDecodeRunes(s.runes[:0], p.cand, compact)
				decoded = p.cand
			}
			for _, r := range s.runes {
				s.toks = append(s.toks, p.model.tok(r))
			}
		}
		cost, scored := p.model.score(s.toks)
		p.cost += cost
		p.scored += scored
	}
}

// detConfidence turns the margin between the two cheapest candidates, and
// how plausible the winner's text is, into a number between 0 and 1.
func detConfidence(best, second float64, scored int) float64 {
	margin := 0.5 * (1 + math.Tanh((second-best)/6))
	perToken := 6.0
	if scored > 0 {
		perToken = best / float64(scored)
	}
	quality := 1 / (1 + math.Exp(perToken-9))
	return math.Round(100*margin*quality) / 100
}

// detCompact keeps the bytes that scoring looks at: each run of non-ASCII
// bytes with detContext bytes either side (enough for the neighbouring
// words, and for the ASCII trail byte of a double-byte character), windows
// separated by a space. Pure-ASCII stretches cost every reading alike.
func detCompact(b []byte) []byte {
	out := make([]byte, 0, 1024)
	end := 0 // end of the last window copied
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		from, last, j := max(i-detContext, end), i, i+1
		for j < len(b) && j <= last+detContext {
			if b[j] >= utf8.RuneSelf {
				last = j
			}
			j++
		}
		if from > end && len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, b[from:j]...)
		end, i = j, j
	}
	return out
}

const detContext = 12

// detDecodeRunes decodes a multi-byte candidate's sample into runes; invalid
// sequences become U+FFFD and are priced as such. An incomplete sequence at
// the very end is dropped.
func detDecodeRunes(dst []rune, c *detCandidate, b []byte) []rune {
	out, err := c.enc.NewDecoder().Bytes(b)
	if err != nil {
		return append(dst, utf8.RuneError)
	}
	if c.nfc {
		out = norm.NFC.Bytes(out)
	}
	for _, r := range string(out) {
		dst = append(dst, r)
	}
	return dst
}
