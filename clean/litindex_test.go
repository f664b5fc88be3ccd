package clean

import (
	"strings"
	"testing"
)

// firstAt is the plain definition find must agree with: where each
// literal first occurs in s, compared exactly or in ASCII lower case.
func firstAt(lits []string, s string, lower bool) []int {
	if lower {
		b := []byte(s)
		for i, c := range b {
			b[i] = lowerASCII(c)
		}
		s = string(b)
	}
	at := make([]int, len(lits))
	for i, l := range lits {
		at[i] = strings.Index(s, l)
	}
	return at
}

// checkFind runs find on s and fails unless it reports each literal's
// first occurrence and only places where the literal occurs.
func checkFind(t *testing.T, lits []string, s string, lower bool) {
	t.Helper()
	vals := make([]int, len(lits))
	for i := range vals {
		vals[i] = i
	}
	x := newLitIndex(lits, vals)
	want := firstAt(lits, s, lower)
	got := make([]int, len(lits))
	for i := range got {
		got[i] = -1
	}
	find(x, s, lower, func(at int, e *litEntry[int]) {
		if !prefixAt(s, at, e.lit, lower) {
			t.Fatalf("find(%q, %q) reports %q at %d, where it is not", lits, s, e.lit, at)
		}
		if got[e.v] < 0 || at < got[e.v] {
			got[e.v] = at
		}
	})
	for i := range lits {
		if got[i] != want[i] {
			t.Fatalf("find(%q in %q, lower=%v): %q first at %d, want %d", lits, s, lower, lits[i], got[i], want[i])
		}
	}
}

func TestLitIndex(t *testing.T) {
	tests := []struct {
		lits  []string
		text  string
		lower bool
	}{
		{[]string{"follow us on", "subscribe to our newsletter"}, "Please follow us on Twitter", false},
		{[]string{"follow us on", "subscribe to our newsletter"}, "Please Follow Us On Twitter", false},
		{[]string{"follow us on", "subscribe to our newsletter"}, "Please Follow Us On Twitter", true},
		{[]string{"©", "afp)", "扫码", "reuters)", "all rights reserved"}, "(AFP) © 2024 扫码 ALL RIGHTS RESERVED", true},
		{[]string{"©", "afp)", "扫码", "reuters)", "all rights reserved"}, "x (afp) y (reuters) z", false},
		{[]string{"ab", "abc", "abcdefgh", "bcdefghij"}, "zzabcdefghijzz", false},
		{[]string{"werbung", "(foto", "(bild", "anzeige"}, "Text (FOTO: dpa) und Anzeige", true},
		{[]string{"needle"}, "", false},
		{[]string{"needle"}, "nee", false},
		{nil, "anything", false},
	}
	for _, tt := range tests {
		checkFind(t, tt.lits, tt.text, tt.lower)
	}
}

func TestLitIndexStride(t *testing.T) {
	tests := []struct {
		lits   []string
		stride int
	}{
		{[]string{"abcdefghijk", "bcdefghijklmn"}, maxStride},
		{[]string{"abcdefg", "bcdefghijkl"}, 4},
		// Four short literals are searched alone to probe every sixth byte.
		{[]string{"ab", "abc", "abcd", "abcdefgh", "abcdefghi", "abcdefghij"}, 6},
		{[]string{"ab", "abc", "abcd", "abcde", "abcdef"}, 3},
	}
	for _, tt := range tests {
		x := newLitIndex(tt.lits, make([]int, len(tt.lits)))
		if x.stride != tt.stride {
			t.Errorf("stride for %q = %d, want %d", tt.lits, x.stride, tt.stride)
		}
	}
}

// FuzzLitIndex checks find against strings.Index, for literals of every
// length, exact and in lower case.
func FuzzLitIndex(f *testing.F) {
	f.Add("follow us on|our newsletter|ab|©", "Follow us on X and read our newsletter ©", false)
	f.Add("(foto|werbung|x", "(FOTO) WERBUNG", true)
	f.Add("abcdefghijkl|bcd", "xxabcdefghijklxx", false)
	f.Fuzz(func(t *testing.T, lits, s string, lower bool) {
		var ls []string
		for _, l := range strings.Split(lits, "|") {
			if l != "" && (!lower || l == strings.ToLower(l)) {
				ls = append(ls, l)
			}
		}
		checkFind(t, ls, s, lower)
	})
}

// FuzzContain checks the matcher's contains rules against the plain
// definition: of the built-in patterns found in a folded line, the one
// found first, and of those at the same place, the first rule.
func FuzzContain(f *testing.F) {
	m := c0(f).m
	rules := builtinRulesOf(f, ContainsRule)
	for _, s := range []string{"Download the app now", "Photo: AFP) Read more", "扫码关注我们", "© Reuters"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		open, _, _ := foldLine(s, nil)
		var want *Rule
		first := -1
		for _, r := range rules {
			if at := strings.Index(string(open), r.folded); at >= 0 && (first < 0 || at < first) {
				want, first = r, at
			}
		}
		if got := m.contain(open); got != nil && want == nil || got == nil && want != nil ||
			got != nil && got.folded != want.folded {
			t.Fatalf("contain(%q) = %v, want %v", open, got, want)
		}
	})
}

// builtinRulesOf returns the built-in rules of one kind, in file order.
// builtinSet returns the built-in rules, failing tb if they do not parse.
func builtinSet(tb testing.TB) []Rule {
	rules, err := builtinOnce()
	if err != nil {
		tb.Fatal(err)
	}
	return rules
}

func builtinRulesOf(tb testing.TB, k Kind) []*Rule {
	rules := builtinSet(tb)
	var out []*Rule
	for i := range rules {
		if rules[i].Kind == k {
			out = append(out, &rules[i])
		}
	}
	return out
}

func TestRarestQuad(t *testing.T) {
	for _, tc := range []struct {
		lit  string
		want int
	}{
		{"abcd", 0},
		{"the article", 5},         // "rtic": no space, few common letters
		{"read more »", 5},         // "more": no space
		{"(ap photo", 0},           // "(ap ": a bracket
		{"all rights reserved", 4}, // "righ": the first of the cheapest
	} {
		if got := rarestQuad(tc.lit); got != tc.want {
			t.Errorf("rarestQuad(%q) = %d (%q), want %d (%q)", tc.lit, got, tc.lit[got:got+4], tc.want, tc.lit[tc.want:tc.want+4])
		}
	}
}

func TestRareByte(t *testing.T) {
	for _, tc := range []struct {
		lit  string
		want int
	}{
		{"ap)", 2},
		{"©", 1},    // C2 A9: the second byte, not the first that all of Latin-1 shares
		{"摄", 1},    // E6 91 84
		{"the", -1}, // letters have case
		{"! (", 0},
	} {
		if got := rareByte(tc.lit); got != tc.want {
			t.Errorf("rareByte(%q) = %d, want %d", tc.lit, got, tc.want)
		}
	}
}
