package clean

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// foldSlow is fold written plainly, rune by rune: the definition the fast
// paths must agree with.
func foldSlow(s string, keepEnd bool) string {
	start := strings.IndexFunc(s, isCore)
	if start < 0 {
		return ""
	}
	s = s[start:]
	if !keepEnd {
		s = trimEnd(s)
	}
	if isPlainLower(s) {
		return s // already folded, trailing space and all
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == zwnj:
			space = true
			continue
		case r == '’' || r == 'ʼ' || r == '‘':
			r = '\''
		case isArabicMark(r):
			continue
		case r == 'ي' || r == 'ى':
			r = 'ی'
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ك':
			r = 'ک'
		default:
			r = greekFold(unicode.ToLower(r))
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestFold(t *testing.T) {
	tests := []struct{ in, open, closed string }{
		{"» Read more (12)", "read more (12)", "read more"},
		{"READ MORE:", "read more:", "read more"},
		{"  Share\tthis  story ", "share this story", "share this story"},
		{"123", "", ""},
		{"اقرأ أيضاً:", "اقرا ایضا:", "اقرا ایضا"},
		// Arabic: with the hamza on its alef or without, a word is one.
		{"إقرأ أيضاً", "اقرا ایضا", "اقرا ایضا"},
		{"على مسئوليتى", "علی مسئولیتی", "علی مسئولیتی"},
		{"Dauerhaft ÜBER", "dauerhaft über", "dauerhaft über"},
		{"It’s here…", "it's here…", "it's here"},
		{"© 2024 Agence", "© 2024 agence", "© 2024 agence"},
		{"ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:", "διαβαστε επισησ:", "διαβαστε επισησ"},
		{"Διαβάστε επίσης", "διαβαστε επισησ", "διαβαστε επισησ"},
		// Persian: a zero-width non-joiner parts a word as a space would,
		// and Arabic-keyboard letters read as the Persian ones.
		{"برچسب\u200cها:", "برچسب ها:", "برچسب ها"},
		{"بليط هواپيما", "بلیط هواپیما", "بلیط هواپیما"},
		{"كد خبر", "کد خبر", "کد خبر"},
	}
	for _, tt := range tests {
		if got := fold(tt.in, true); got != tt.open {
			t.Errorf("fold(%q, true) = %q, want %q", tt.in, got, tt.open)
		}
		if got := fold(tt.in, false); got != tt.closed {
			t.Errorf("fold(%q, false) = %q, want %q", tt.in, got, tt.closed)
		}
	}
}

// FuzzFold checks the one-pass foldLine against fold, and fold against
// the plain definition.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"» Read more (12)", "ABC def  GHI.", "Ünïcode ʼ’ x", "a\u00a0b\u2028C", "\xff\xfeA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		open, closed, _ := foldLine(s, nil)
		if string(open) != fold(s, true) || string(closed) != fold(s, false) {
			t.Fatalf("foldLine(%q) = %q, %q; fold: %q, %q", s, open, closed, fold(s, true), fold(s, false))
		}
		for _, keepEnd := range []bool{true, false} {
			if got, want := fold(s, keepEnd), foldSlow(s, keepEnd); got != want {
				t.Fatalf("fold(%q, %v) = %q, want %q", s, keepEnd, got, want)
			}
		}
	})
}

func asciiLowered(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCII(c)
	}
	return string(b)
}

// TestTriggers checks that a regexp rule is run on every line it matches:
// the trigger may only skip lines the expression cannot match.
func TestTriggers(t *testing.T) {
	tests := []struct {
		pattern string
		lines   []string // all match
		anchor  bool
		always  bool
	}{
		{`^(?i)\W*(advertisement|anzeige)\W*$`, []string{"ADVERTISEMENT", "-- Anzeige --"}, false, false},
		{`^(?i)(©|\(c\)|copyright)\s*\d{4}`, []string{"© 2024", "(C) 1999", "COPYRIGHT 2020"}, true, false},
		{`^(?i:by|von)\s+\p{Lu}\p{L}+$`, []string{"By Anna", "VON Karl", "by Kelvin"}, true, false},
		{`(?i)\(photo\s*:[^)]*\)$`, []string{"x (PHOTO: AP)", "(Photo:Reuters)"}, false, false},
		{`^\d+\s*$`, []string{"12", "7 "}, true, false},
		{`(?i)straße`, []string{"Hauptstraße", "HAUPTSTRAẞE"}, false, false},
		{`^.*$`, []string{"anything"}, false, true},
		{`(?i)k`, []string{"\u212a"}, false, false},
		// A one-byte trigger anywhere in the line, in either case.
		{`(?i)x\d`, []string{"a x2 b", "a X2 b", "X9"}, false, false},
		// Optional brackets around many words make too many strings to
		// join; the words alone still trigger.
		{`^(?:[【\[]?(?:打印|关闭|列印|關閉|印刷|收藏|纠错|糾錯|返回顶部|返回頂部)[】\]]?\s*){1,6}$`, []string{"【打印】【关闭】", "打印 关闭"}, false, false},
		// Anchored at the end too: the words must end the line.
		{`(?i)^\d+\s*min\.?\s*(?:read|lesezeit)$`, []string{"5 min read", "3 MIN. LESEZEIT"}, true, false},
		{`\s*[:：]$`, []string{"Posted by:", "作者："}, false, false},
	}
	for _, tt := range tests {
		tr := triggerOf(tt.pattern)
		if (tr.lits == nil) != tt.always || tr.anchored != tt.anchor {
			t.Errorf("%s: trigger %+v, want anchored=%v always=%v", tt.pattern, tr, tt.anchor, tt.always)
		}
		re := regexp.MustCompile(tt.pattern)
		x := newTriggerIndex([]string{tt.pattern})
		set := make([]uint64, 1)
		for _, ln := range tt.lines {
			if !re.MatchString(ln) {
				t.Fatalf("%s does not match %q: bad test", tt.pattern, ln)
			}
			canon := canonAppend(nil, ln)
			x.candidates(canon, set)
			if set[0]&1 == 0 || !worthRunning(x, 0, canon, false) {
				t.Errorf("%s: trigger %q skips matching line %q", tt.pattern, tr.lits, ln)
			}
			if canonIsLower(ln) {
				// The line read as lowered, without a copy.
				x.candidatesLower(ln, set)
				if set[0]&1 == 0 || !worthRunning(x, 0, ln, true) {
					t.Errorf("%s: trigger %q skips matching line %q read as lowered", tt.pattern, tr.lits, ln)
				}
			}
		}
	}
}

// TestBuiltinTriggers checks that no built-in regexp rule runs on every
// line: each costs as much as all the other rules of a line together. Nor
// may one bring many short triggers ("AP", "PA"), which the index searches
// for one by one in every line.
func TestBuiltinTriggers(t *testing.T) {
	const maxShort = 3
	for _, k := range []Kind{RegexpRule, LongRule} {
		for _, r := range builtinRulesOf(t, k) {
			tr := triggerOf(r.Pattern)
			if tr.lits == nil {
				t.Errorf("%s: %s rule %s has no trigger literal; give it one every match must contain", r.Source, k, r.Pattern)
			}
			short := 0
			for _, l := range tr.lits {
				if len(l) < 4 && !tr.anchored {
					short++
				}
			}
			if short > maxShort {
				t.Errorf("%s: %s rule %s has %d trigger literals shorter than four bytes; give it longer ones", r.Source, k, r.Pattern, short)
			}
		}
	}
}

// TestBuiltinTwins checks that no two built-in rules match the same lines
// by the same words: only the first of them would ever be named, so the
// other is dead weight, or worse, a category that silently never applies.
func TestBuiltinTwins(t *testing.T) {
	rules := builtinSet(t)
	seen := map[string]string{}
	for _, r := range rules {
		key := string(r.Kind) + " " + r.folded
		switch r.Kind {
		case LineRule, HeadingRule:
			if r.re != nil {
				continue
			}
			key = "line " + r.folded // one line, one rule
		case LabelRule, PrefixRule, ContainsRule:
			// A label alone on its line is a heading's twin, but it
			// also reads "Label: headline", which a heading does not.
		default:
			continue
		}
		if first, ok := seen[key]; ok {
			t.Errorf("%s: %s %q matches the lines of %s", r.Source, r.Kind, r.Pattern, first)
			continue
		}
		seen[key] = r.Source
	}
}

// FuzzTriggers checks every built-in regexp and long rule: whenever it
// matches a line, its trigger lets it run, in the index of phrase-sized
// lines and in the long rules' own filters.
func FuzzTriggers(f *testing.F) {
	rules := builtinSet(f)
	var pats []string
	var res []*regexp.Regexp
	for _, r := range rules {
		if r.Kind == RegexpRule || r.Kind == LongRule {
			pats = append(pats, r.Pattern)
			res = append(res, r.re)
		}
	}
	x := newTriggerIndex(pats)
	for _, s := range []string{"ADVERTISEMENT", "12 Comments", "By Anna Smith", "© 2024 AFP", "Updated 3 hours ago", "Page 2 of 5"} {
		f.Add(s)
	}
	set := make([]uint64, (len(pats)+63)/64)
	m := newMatcher(append([]Rule(nil), rules...))
	f.Add("FILE — In this Monday, Dec. 5, 2016 file photo, smoke rises.")
	f.Add("Smoke rises over the city. (AP Photo/Hassan Ammar, File)")
	lowered := make([]uint64, len(set))
	f.Add("“Updated” 3 hours ago — ADVERTISEMENT")
	// Long rules' literals anywhere in the line, found by their first
	// four bytes: shorter ones, shared heads, Cyrillic.
	f.Add("The storm, as seen from the pier. toggle caption Jane Doe/for the paper")
	f.Add("Photographs and Photos: The Herald")
	f.Add("Сетевое издание. Свидетельство о регистрации СМИ Эл № ФС77-12345")
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(s) // as rules see every line
		canon := canonAppend(nil, s)
		x.candidates(canon, set)
		lower := canonIsLower(s)
		if lower {
			// The line is read in place, as the canonical form it is.
			if string(canon) != asciiLowered(s) {
				t.Fatalf("canonIsLower(%q), but its canonical form is %q", s, canon)
			}
			x.candidatesLower(s, lowered)
		}
		for i, re := range res {
			if re.MatchString(s) && (set[i>>6]&(1<<(i&63)) == 0 || !worthRunning(x, i, canon, false)) {
				t.Fatalf("%s matches %q but its trigger skipped it", pats[i], s)
			}
			if lower && re.MatchString(s) && (lowered[i>>6]&(1<<(i&63)) == 0 || !worthRunning(x, i, s, true)) {
				t.Fatalf("%s matches %q but its trigger skipped it, read in place", pats[i], s)
			}
		}
		// The first long rule that matches is the one the matcher finds.
		var want *Rule
		for _, r := range m.longs {
			if r.re.MatchString(s) {
				want = r
				break
			}
		}
		if got := m.long(s, &scratch{}); got != want {
			t.Fatalf("long(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestTriggerChecks checks that a pattern anchored at its end is run only
// on lines that end as its matches must, and one of two parts only on
// lines that hold a literal of each.
func TestTriggerChecks(t *testing.T) {
	tests := []struct {
		pattern string
		ends    []string
		also    []string
		skip    []string // lines that hold a trigger but cannot match
	}{
		{`(?i)^\d+\s*min\.?\s*(?:read|lesezeit)$`, []string{"read", "lesezeit"}, nil, []string{"5 min read on", "Read 5 min"}},
		{`^(?i)(?:posted by|author)\s*[:：]$`, []string{":", "："}, nil, []string{"Author: Jane Smith"}},
		{`(?i)\bcomments?$`, []string{"comments", "comment"}, nil, []string{"Comments are closed."}},
		{`^\d+\s*(?:views)?$`, nil, nil, nil}, // an optional ending leaves no literal
		{`(?i)(?:read|more)`, nil, nil, nil},  // not anchored
		{`(?i)(partner|consent).{0,250}(cookies?|kukis?)`, nil, []string{"cookies", "cookie", "kukis", "kuki"}, []string{"Our partners agree.", "Consent to the terms"}},
		{`(?i)^(?:partner|consent).{0,250}(cookies?)`, nil, nil, nil}, // anchored: its start is check enough
		// Rules see lines trimmed: space before the end is no ending.
		{`(?i)\(photo\s*/[^)]*\)\s*$`, []string{")"}, nil, []string{"(Photo/AP) and later"}},
		{`(?i)\bcomments?[ \t]*$`, []string{"comments", "comment"}, nil, []string{"Comments are closed."}},
		{`(?i)\bcomments?[\s.]*$`, nil, nil, nil}, // a class wider than white space
	}
	for _, tt := range tests {
		tr := triggerOf(tt.pattern)
		if !slices.Equal(tr.ends, tt.ends) {
			t.Errorf("%s: ends %q, want %q", tt.pattern, tr.ends, tt.ends)
		}
		if !slices.Equal(tr.also, tt.also) {
			t.Errorf("%s: also %q, want %q", tt.pattern, tr.also, tt.also)
		}
		x := newTriggerIndex([]string{tt.pattern})
		for _, ln := range tt.skip {
			if worthRunning(x, 0, canonAppend(nil, ln), false) || worthRunning(x, 0, ln, true) {
				t.Errorf("%s: would run on %q", tt.pattern, ln)
			}
		}
	}
}

// TestLongEnds checks that the literals of a long rule whose matches end
// the line are looked for only in lines ending so, and that literals of
// one head serve rules with and without an ending.
func TestLongEnds(t *testing.T) {
	pats := []string{
		`\s(?:hide|toggle) caption$`,
		`\((?:AP )?Photos?\s*/[^()]{1,80}\)\s*$`,
		`Photographs by`, // shares the head "Phot" and ends anywhere
	}
	var f litFilter
	for i, p := range pats {
		f.add(i, rawTriggerOf(p))
	}
	tests := []struct {
		line string
		want uint64 // the rules marked
	}{
		{"The storm over the pier. toggle caption", 1},
		{"toggle caption Jane Doe/for the paper", 0},
		{"Smoke rises. (AP Photo/Hassan Ammar)", 2},
		{"Photo/AP: smoke rises over the city", 0},
		{"Photographs by Jane Doe (Photo/AP)", 6},
		{"Photographs by Jane Doe", 4},
	}
	for _, tt := range tests {
		set := make([]uint64, 1)
		f.mark(tt.line, set)
		if set[0] != tt.want {
			t.Errorf("mark(%q) = %b, want %b", tt.line, set[0], tt.want)
		}
	}
}

func TestSetBits(t *testing.T) {
	for _, tc := range []struct {
		set  []uint64
		want []int
	}{
		{nil, nil},
		{[]uint64{0, 0}, nil},
		{[]uint64{1}, []int{0}},
		{[]uint64{1<<63 | 1<<5, 1}, []int{5, 63, 64}},
		{[]uint64{0, 1 << 2, 0, 1<<63 | 1}, []int{66, 192, 255}},
	} {
		if got := slices.Collect(setBits(tc.set)); !slices.Equal(got, tc.want) {
			t.Errorf("setBits(%b) = %v, want %v", tc.set, got, tc.want)
		}
	}
}
