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
	latin, cjk, parts, hangul := 0, 0, 0, 0
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
			if isHangul(r) {
				hangul++
			}
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
	f.size += latin + cjkWeight*cjk + (hangulWeight-1)*hangul
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
		// Devanagari writes most vowels as spacing marks, inside the word.
		{"भारत का मौसम", 3, 0, 3, 12},
		// A Hangul syllable holds two or three letters.
		{"시의회는 통과시켰다.", 2, 0, 2, 20},
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

// TestStopwordLanguages checks that a plain sentence of each language
// meets the most stopwords in that language's list, so that its
// density is measured there.
func TestStopwordLanguages(t *testing.T) {
	tests := []struct{ lang, in string }{
		{"en", "The council said that it would not change the plan before the end of the year."},
		{"ru", "Правительство заявило, что не будет менять план до конца года, и это было ожидаемо."},
		{"bg", "Правителството заяви, че няма да променя плана до края на годината, което се очакваше."},
		{"sr", "Влада је саопштила да неће мењати план до краја године, што је и било очекивано."},
		{"hr", "Vlada je priopćila da neće mijenjati plan do kraja godine, što se i očekivalo."},
		{"cs", "Vláda oznámila, že plán do konce roku nezmění, což se dalo očekávat."},
		{"cs", "Vláda oznámila, že plán do konca roka nezmení, čo sa dalo očakávať, a bolo to tak aj pre ostatných."},
		{"el", "Η κυβέρνηση ανακοίνωσε ότι δεν θα αλλάξει το σχέδιο μέχρι το τέλος του έτους, όπως ήταν αναμενόμενο."},
		{"vi", "Chính phủ cho biết sẽ không thay đổi kế hoạch cho đến cuối năm, như đã được dự đoán."},
		{"hi", "सरकार ने कहा कि वह साल के अंत तक योजना में कोई बदलाव नहीं करेगी, जैसा कि अपेक्षित था।"},
		{"ur", "حکومت نے کہا کہ وہ سال کے آخر تک منصوبے میں کوئی تبدیلی نہیں کرے گی، جیسا کہ توقع تھی۔"},
		{"fa", "دولت اعلام کرد که این برنامه را تا پایان سال تغییر نمی دهد و این موضوع از قبل پیش بینی شده بود."},
		{"ar", "قالت الحكومة إنها لن تغير الخطة حتى نهاية العام، وهو ما كان متوقعا منذ البداية."},
		{"bn", "সরকার জানিয়েছে যে বছরের শেষ পর্যন্ত এই পরিকল্পনায় কোনো পরিবর্তন করা হবে না, যা প্রত্যাশিত ছিল।"},
	}
	for _, tt := range tests {
		f := lineFeat{stops: make([]uint16, len(languages))}
		f.addText(tt.in, nil)
		best := 0
		for k, n := range f.stops {
			if n > f.stops[best] {
				best = k
			}
		}
		if languages[best] != tt.lang || f.stops[best] < 2 {
			t.Errorf("%s: most stopwords (%d of %d words) in %s", tt.lang, f.stops[best], f.words, languages[best])
		}
	}
}

func TestStopwordLanguageBits(t *testing.T) {
	// A word's languages are bits of a uint32.
	if len(languages) > 32 {
		t.Fatalf("%d stopword languages, at most 32 fit", len(languages))
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
