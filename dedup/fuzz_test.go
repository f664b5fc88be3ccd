package dedup

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func FuzzSign(f *testing.F) {
	for _, s := range []string{"", "Kerry met Lavrov.", "cafÃ© â€™", "東京\u00a0ＡＢＣ", "\xff\xfe\x00a", "Â", "voilÃ\u00a0 le mot"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sig := Sign(text)
		if sig.Simhash != Fingerprint(text) {
			t.Fatalf("Sign and Fingerprint disagree")
		}
		if Sign(text).Simhash != sig.Simhash {
			t.Fatalf("fingerprint not stable")
		}
		if sig.Simhash != referenceFingerprint(text) {
			t.Fatalf("fingerprint differs from github.com/mfonda/simhash")
		}
		if len(sig.Sketch) > SketchSize {
			t.Fatalf("sketch of %d values", len(sig.Sketch))
		}
		for i, a := range sig.Anchors {
			if int(a.Word)+PassageWords > sig.Words || (i > 0 && a.Word <= sig.Anchors[i-1].Word) {
				t.Fatalf("anchor %d at word %d of %d", i, a.Word, sig.Words)
			}
		}
		// Re-spacing the text keeps the signature, and so does changing the
		// case of ASCII text. (Upper-casing can turn mojibake into other
		// mojibake, as testdata/fuzz shows, so it is not tried on the rest.)
		respaced := respace(text)
		if isASCII(text) {
			respaced = strings.ToUpper(respaced)
		}
		if Sign(respaced).Simhash != sig.Simhash {
			t.Fatalf("case or spacing changed the fingerprint")
		}
		if sig.Words > 0 {
			start, stop := WordSpan(text, 0, sig.Words)
			if start > stop || stop > len(text) {
				t.Fatalf("WordSpan out of range: %d..%d of %d", start, stop, len(text))
			}
		}
		// A document and its copy are near-duplicates.
		if sig.Words >= 1 {
			f := NewFinder(Options{})
			f.Add("a", zeroTime, sig)
			if res := f.Add("b", zeroTime, Sign(text)); len(res.Duplicates) != 1 {
				t.Fatalf("a copy is not a duplicate")
			}
		}
	})
}

// respace puts a newline for every run of spaces in s, except a space that
// may be a later byte of mojibake ("Ã" and a no-break space are UTF-8's "à"
// read as Windows-1252; "â" and two of them, U+2820), which belongs to the
// word before it.
func respace(s string) string {
	var b strings.Builder
	pending, gap := 0, false // pending: continuation characters a mojibake lead still wants
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		char := s[i : i+size] // the bytes as they are, even when not UTF-8
		i += size
		inSequence := pending > 0 && (r >= 0x80 && r <= 0xBF || strings.ContainsRune(cp1252High, r))
		if unicode.IsSpace(r) && !inSequence {
			gap, pending = true, 0
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('\n')
		}
		gap = false
		b.WriteString(char)
		switch {
		case inSequence:
			pending--
		case r >= 0xC2 && r <= 0xDF:
			pending = 1
		case r >= 0xE0 && r <= 0xEF:
			pending = 2
		case r >= 0xF0 && r <= 0xF4:
			pending = 3
		default:
			pending = 0
		}
	}
	return b.String()
}

// cp1252High are the characters Windows-1252 reads bytes 0x80-0x9F as,
// where Latin-1 has control characters.
const cp1252High = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func FuzzGroup(f *testing.F) {
	var buf bytes.Buffer
	SignLines(&buf, 0, "a", zeroTime, Sign("the same words in a row"))
	f.Add(buf.String())
	f.Add("d\t0000000000\tzz\t1\t1\t-\t-\t\"a\"\n")
	f.Add("k\tffffffff\t0000000009\n")
	f.Fuzz(func(t *testing.T, lines string) {
		r, err := Group(strings.NewReader(lines), Options{})
		if err == nil && r == nil {
			t.Fatal("nil report without an error")
		}
	})
}

func FuzzOpen(f *testing.F) {
	f.Add([]byte(storeMagic + "\x01\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &Store{Finder: NewFinder(Options{}), path: "fuzz.idx"}
		if err := s.decode(data); err == nil {
			if !bytes.Equal(s.encode(), data) {
				t.Fatalf("an accepted index does not encode back to itself")
			}
		}
	})
}
