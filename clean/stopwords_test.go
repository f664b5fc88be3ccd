package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestStopTable(t *testing.T) {
	if len(stopwords) < 100 {
		t.Fatalf("only %d stopwords", len(stopwords))
	}
	for w, mask := range stopwords {
		if got := stopIndex.lookup([]byte(w)); got != mask {
			t.Errorf("lookup(%q) = %b, want %b", w, got, mask)
		}
		if !isASCIIWord(w) {
			continue
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			// In place, at the end of the text and before more of it.
			for _, s := range []string{v, "x " + v, v + " and more text"} {
				from := strings.Index(s, v)
				if got := stopIndex.lookupASCII(s, from, from+len(v)); got != mask {
					t.Errorf("lookupASCII(%q in %q) = %b, want %b", v, s, got, mask)
				}
			}
		}
	}
	for _, w := range []string{"council", "harbour", "xyzzy", "thee", "th", "internationalization", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} {
		if _, ok := stopwords[w]; ok {
			continue
		}
		if got := stopIndex.lookup([]byte(w)); got != 0 {
			t.Errorf("lookup(%q) = %b, want 0", w, got)
		}
		if got := stopIndex.lookupASCII(w, 0, len(w)); got != 0 {
			t.Errorf("lookupASCII(%q) = %b, want 0", w, got)
		}
	}
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if wordByte[w[i]] == 0 {
			return false
		}
	}
	return w != ""
}

// addTextSlow is addText written plainly, rune by rune, with the words
// looked up in the stopwords map: the definition the fast paths must
// agree with.
func addTextSlow(f *lineFeat, s string) {
	latin, cjk, parts := 0, 0, 0
	var word []rune
	upper := false
	flush := func() {
		if len(word) == 0 {
			return
		}
		w := string(word)
		if len(w) >= 4 {
			if upper {
				f.caps++
			} else {
				f.lowers++
			}
		}
		f.words++
		for k := range f.stops {
			if stopwords[w]&(1<<k) != 0 {
				f.stops[k]++
			}
		}
		word = word[:0]
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''):
			latin++
			if len(word) == 0 {
				upper = unicode.IsUpper(r)
			}
			word = append(word, unicode.ToLower(r))
		case r < utf8.RuneSelf:
			latin++
			flush()
		case isCJK(r):
			flush()
			cjk++
			if isParticle(r) {
				parts++
			}
		case isWordRune(r):
			latin++
			if len(word) == 0 {
				upper = unicode.IsUpper(r)
			}
			word = append(word, unicode.ToLower(r))
		default:
			latin++
			flush()
		}
	}
	flush()
	f.size += latin + cjkWeight*cjk
	if cjk > latin {
		f.words += cjk
		f.parts += 2 * parts
		f.cjk = true
	}
}

func TestAddText(t *testing.T) {
	tests := []struct {
		in                  string
		words, caps, lowers int
		size                int
	}{
		{"The council of Port Selwyn voted.", 6, 2, 2, 33},
		{"It’s the DON'T and l'État", 5, 2, 1, 25},
		{"  12 people, 3D-printed  ", 4, 0, 2, 25},
		{"政府今天宣布了新的计划。", 11, 0, 0, 34},
	}
	for _, tt := range tests {
		f := lineFeat{stops: make([]uint16, len(languages))}
		f.addText(tt.in, nil)
		if f.words != tt.words || f.caps != tt.caps || f.lowers != tt.lowers || f.size != tt.size {
			t.Errorf("addText(%q): words %d caps %d lowers %d size %d, want %d %d %d %d",
				tt.in, f.words, f.caps, f.lowers, f.size, tt.words, tt.caps, tt.lowers, tt.size)
		}
	}
}

// FuzzAddText checks addText against addTextSlow.
func FuzzAddText(f *testing.F) {
	for _, s := range []string{"The council of Port Selwyn voted.", "It’s l'État, DON'T", "政府今天宣布了新的计划。",
		"Die Regierung hat über die Straße entschieden", "αυτό είναι ΕΝΑ τεστ", "internationalization of the AND", "\xffa\x80B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := lineFeat{stops: make([]uint16, len(languages))}
		got.addText(s, nil)
		want := lineFeat{stops: make([]uint16, len(languages))}
		addTextSlow(&want, s)
		if got.words != want.words || got.caps != want.caps || got.lowers != want.lowers || got.size != want.size ||
			got.parts != want.parts || got.cjk != want.cjk || string(u16s(got.stops)) != string(u16s(want.stops)) {
			t.Fatalf("addText(%q) = %+v, want %+v", s, got, want)
		}
	})
}

func u16s(s []uint16) []rune {
	r := make([]rune, len(s))
	for i, v := range s {
		r[i] = rune(v)
	}
	return r
}
