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

// respace puts a newline for every run of spaces in s, except spaces
// inside mojibake ("Ã" and a no-break space are UTF-8's "à" read as
// Windows-1252; "â" and two of them, U+2820): the word splitter reads such
// a sequence as one character, with unmojibake, and so does respace.
func respace(s string) string {
	var b strings.Builder
	gap := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, n := unmojibake(s[i:]); n > 0 {
			r, size = utf8.RuneError, n // one character, spaces inside it and all
		}
		char := s[i : i+size] // the bytes as they are, even when not UTF-8
		i += size
		if unicode.IsSpace(r) {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('\n')
		}
		gap = false
		b.WriteString(char)
	}
	return b.String()
}

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
